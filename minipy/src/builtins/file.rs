//! Text files: `open(path, mode)` for reading (`r`), writing (`w`, `x`) and appending (`a`), and
//! `sys.stdin`/`sys.stdout`/`sys.stderr`; `print(file=...)` writes through them.
//!
//! A file opened for reading is read whole at `open` (minipy's scripts read small files) and
//! served from memory; writes go straight to the OS, unbuffered, so nothing is lost if a script
//! never closes its file. Newlines are not translated (`\n` on the platforms minipy runs on).

use std::io::{BufRead, Read, Write};
use std::rc::Rc;

use crate::builtins::Builtin;
use crate::runtime::exceptions::{Exc, PyResult};
use crate::runtime::interp::Interp;
use crate::runtime::object::{ObjKind, Value};

pub use crate::runtime::file::{FileObj, Stream};

pub use crate::runtime::file::FILE_METHODS;

impl Interp {
    /// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None)`.
    pub(super) fn builtin_open(&mut self, args: &[Value]) -> PyResult<Value> {
        self.check_arity("open", args, 1, 6)?;
        let file = self.unwrap_value(args[0]);
        let fd = self
            .as_int(file)
            .filter(|_| !matches!(self.obj(file), ObjKind::Bool(_)));
        let is_instance = matches!(self.obj(file), ObjKind::Instance(_));
        let path: Rc<str> = match fd {
            Some(fd) => Rc::from(fd.to_string()),
            None if is_instance && self.getattr_opt(file, "__fspath__")?.is_some() => {
                let f = self.getattr(file, "__fspath__")?;
                let p = self.call(f, Vec::new(), Vec::new())?;
                self.expect_str(p, "open() argument 'file'")?.to_rc()
            }
            _ => self.expect_str(args[0], "open() argument 'file'")?.to_rc(),
        };
        let mode: Rc<str> = match args.get(1) {
            Some(m) if !matches!(self.obj(*m), ObjKind::None) => {
                self.expect_str(*m, "open() argument 'mode'")?.to_rc()
            }
            _ => Rc::from("r"),
        };
        let plain: String = mode.chars().filter(|c| !matches!(c, 't' | 'b')).collect();
        let newline: Option<Rc<str>> = match args.get(5) {
            Some(n) if !matches!(self.obj(*n), ObjKind::None) => {
                let n = self.expect_str(*n, "open() argument 'newline'")?;
                if mode.contains('b') {
                    return Err(self.value_error("binary mode doesn't take a newline argument"));
                }
                if !matches!(&*n, "" | "\n" | "\r" | "\r\n") {
                    return Err(self.value_error(format!(
                        "illegal newline value: {}",
                        crate::builtins::repr::quote_str(&n)
                    )));
                }
                Some(n.to_rc())
            }
            _ => None,
        };
        if matches!(newline.as_deref(), Some("\r" | "\r\n")) {
            return Err(self.err(
                Exc::NotImplementedError,
                format!(
                    "minipy's open() has no newline={}",
                    crate::builtins::repr::quote_str(newline.as_deref().unwrap_or(""))
                ),
            ));
        }
        // `open(fd)`: the file `os.open` made.
        let from_fd = match fd {
            Some(fd) => match crate::runtime::file::take_fd(fd) {
                Some(f) => Some(f),
                None => return Err(self.err(Exc::OSError, "[Errno 9] Bad file descriptor")),
            },
            None => None,
        };
        let read_all = |f: Option<std::fs::File>| -> std::io::Result<Vec<u8>> {
            match f {
                Some(mut f) => {
                    let mut b = Vec::new();
                    f.read_to_end(&mut b).map(|_| b)
                }
                None => std::fs::read(&*path),
            }
        };
        let result = match plain.as_str() {
            // A binary file's bytes are kept as the chars of the same codes (Latin-1), so
            // reading lines and sizes works as for text; reads turn them back into bytes.
            "r" if mode.contains('b') => read_all(from_fd)
                .map(|b| Stream::Read(b.iter().map(|&c| char::from(c)).collect(), 0)),
            "r" => read_all(from_fd).and_then(|b| {
                let t = String::from_utf8(b).map_err(|_| {
                    std::io::Error::new(std::io::ErrorKind::InvalidData, "invalid utf-8")
                })?;
                Ok(Stream::Read(universal_newlines(t, newline.as_deref()), 0))
            }),
            _ if from_fd.is_some() => Ok(Stream::Write(from_fd.expect("checked"))),
            "w" => std::fs::File::create(&*path).map(Stream::Write),
            "a" => std::fs::OpenOptions::new()
                .append(true)
                .create(true)
                .open(&*path)
                .map(Stream::Write),
            "x" => std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&*path)
                .map(Stream::Write),
            // Read-write: the OS file, read and written where its position is.
            "r+" | "w+" | "a+" | "x+" | "+r" | "+w" | "+a" | "+x" => {
                let mut o = std::fs::OpenOptions::new();
                o.read(true).write(true);
                if plain.contains('w') {
                    o.create(true).truncate(true);
                } else if plain.contains('a') {
                    o.append(true).create(true);
                } else if plain.contains('x') {
                    o.create_new(true);
                }
                o.open(&*path).map(Stream::Write)
            }
            _ => return Err(self.value_error(format!("invalid mode: '{mode}'"))),
        };
        let stream = match result {
            Ok(s) => s,
            Err(e) => return Err(self.os_error(&e, &path)),
        };
        self.alloc(ObjKind::File(Box::new(FileObj {
            name: path,
            mode,
            stream,
            closed: false,
        })))
    }

    /// CPython's `OSError` subclass and message for an I/O error on `path`.
    pub(crate) fn os_error(
        &mut self,
        e: &std::io::Error,
        path: &str,
    ) -> crate::runtime::exceptions::PyErr {
        self.os_error_pair(e, path, None)
    }

    /// [`Interp::os_error`] for a call on two paths (`rename`), which CPython shows as
    /// `'a' -> 'b'`.
    pub(crate) fn os_error_pair(
        &mut self,
        e: &std::io::Error,
        path: &str,
        path2: Option<&str>,
    ) -> crate::runtime::exceptions::PyErr {
        use std::io::ErrorKind as K;
        let (class, errno, text) = match (e.raw_os_error(), e.kind()) {
            (Some(1), _) => (Exc::PermissionError, 1, "Operation not permitted"),
            (Some(20), _) => (Exc::NotADirectoryError, 20, "Not a directory"),
            (Some(39), _) => (Exc::OSError, 39, "Directory not empty"),
            (Some(18), _) => (Exc::OSError, 18, "Invalid cross-device link"),
            (Some(22), _) => (Exc::OSError, 22, "Invalid argument"),
            (Some(36), _) => (Exc::OSError, 36, "File name too long"),
            (Some(40), _) => (Exc::OSError, 40, "Too many levels of symbolic links"),
            (Some(30), _) => (Exc::OSError, 30, "Read-only file system"),
            (_, K::NotFound) => (Exc::FileNotFoundError, 2, "No such file or directory"),
            (_, K::PermissionDenied) => (Exc::PermissionError, 13, "Permission denied"),
            (_, K::AlreadyExists) => (Exc::FileExistsError, 17, "File exists"),
            (_, K::IsADirectory) => (Exc::IsADirectoryError, 21, "Is a directory"),
            _ => (Exc::OSError, e.raw_os_error().unwrap_or(0), "I/O error"),
        };
        // As CPython's: `args` is `(errno, strerror)`, the paths are `filename` and `filename2`.
        let made = (|| -> PyResult<Value> {
            let mut args = vec![self.int_value(errno.into())?];
            self.push_temp(args[0]);
            args.push(self.str_value(text)?);
            self.push_temp(args[1]);
            args.push(self.str_value(path)?);
            self.push_temp(args[2]);
            if let Some(p2) = path2 {
                let none = self.none();
                args.push(none);
                args.push(self.str_value(p2)?);
            }
            let exc = self.new_exception(self.exc_class(class), args.clone())?;
            self.push_temp(exc);
            self.os_error_init(exc, &args)?;
            Ok(exc)
        })();
        match made {
            Ok(exc) => crate::runtime::exceptions::PyErr::new(exc),
            Err(e) => e,
        }
    }

    /// Writes `text` to file `f` (a file object, or anything with a `write` method).
    pub fn write_to(&mut self, f: Value, text: &str) -> PyResult<()> {
        if !matches!(self.obj(f), ObjKind::File(_)) {
            let w = self.getattr(f, "write")?;
            let s = self.str_value(text)?;
            self.call(w, vec![s], Vec::new())?;
            return Ok(());
        }
        let ObjKind::File(file) = self.obj_mut(f) else {
            return Ok(());
        };
        if file.closed {
            return Err(self.value_error("I/O operation on closed file."));
        }
        let r = match &mut file.stream {
            Stream::Stdout => {
                self.out.write_out(text);
                Ok(())
            }
            Stream::Stderr => {
                self.out.write_err(text);
                Ok(())
            }
            Stream::Write(w) => w.write_all(text.as_bytes()),
            Stream::Read(..) | Stream::Stdin => {
                return Err(self.err(Exc::OSError, "not writable"));
            }
        };
        r.map_err(|e| self.err(Exc::OSError, e.to_string()))
    }

    /// For a file opened read-write (`'r+'`, `'w+'`...), reads from its OS file at its position
    /// a line, `n` chars, or (`None`) the rest; `Some(Err)` on an I/O error, `None` for other
    /// files. Text reads translate `\r\n` and `\r` to `\n`; a binary file's bytes come back as
    /// the chars of the same codes (see `builtin_open`).
    fn read_plus(&mut self, f: Value, line: bool, n: Option<usize>) -> Option<PyResult<String>> {
        use std::io::{Seek, SeekFrom};
        let ObjKind::File(file) = self.obj_mut(f) else {
            return None;
        };
        let binary = file.mode.contains('b');
        if !file.mode.contains('+') || file.closed {
            return None;
        }
        let Stream::Write(w) = &mut file.stream else {
            return None;
        };
        let r = (|| -> std::io::Result<String> {
            let next = |w: &mut std::fs::File| -> std::io::Result<Option<u8>> {
                let mut b = [0u8; 1];
                Ok(if w.read(&mut b)? == 0 {
                    None
                } else {
                    Some(b[0])
                })
            };
            let mut out: Vec<u8> = Vec::new();
            let mut chars = 0usize;
            if !line && n.is_none() {
                w.read_to_end(&mut out)?;
            } else {
                while n.is_none_or(|n| chars < n) {
                    let Some(b) = next(w)? else { break };
                    if !binary && b == b'\r' {
                        match next(w)? {
                            Some(b'\n') | None => {}
                            Some(_) => {
                                w.seek(SeekFrom::Current(-1))?;
                            }
                        }
                        out.push(b'\n');
                    } else {
                        out.push(b);
                    }
                    // A char is counted at its first byte (not a UTF-8 continuation byte).
                    if binary || b & 0xC0 != 0x80 {
                        chars += 1;
                    }
                    if line && out.last() == Some(&b'\n') {
                        break;
                    }
                }
                // Finish a multi-byte char whose first byte was the last one counted.
                if !binary {
                    while let Some(b) = next(w)? {
                        if b & 0xC0 != 0x80 {
                            w.seek(SeekFrom::Current(-1))?;
                            break;
                        }
                        out.push(b);
                    }
                }
            }
            Ok(if binary {
                out.iter().map(|&c| char::from(c)).collect()
            } else {
                let t = String::from_utf8_lossy(&out).into_owned();
                universal_newlines(t, None)
            })
        })();
        Some(r.map_err(|e| self.err(Exc::OSError, e.to_string())))
    }

    /// The next line of a readable file (with its newline; empty at the end).
    fn read_line(&mut self, f: Value) -> PyResult<String> {
        if let Some(r) = self.read_plus(f, true, None) {
            return r;
        }
        let ObjKind::File(file) = self.obj_mut(f) else {
            return Ok(String::new());
        };
        if file.closed {
            return Err(self.value_error("I/O operation on closed file."));
        }
        match &mut file.stream {
            Stream::Read(text, pos) => {
                let rest = &text[*pos..];
                let end = rest.find('\n').map_or(rest.len(), |i| i + 1);
                let line = rest[..end].to_string();
                *pos += end;
                Ok(line)
            }
            Stream::Stdin => {
                self.out.flush();
                let mut line = String::new();
                match std::io::stdin().lock().read_line(&mut line) {
                    Ok(_) => Ok(line),
                    Err(e) => Err(self.err(Exc::OSError, e.to_string())),
                }
            }
            _ => Err(self.err(Exc::OSError, "not readable")),
        }
    }

    /// The rest of a readable file.
    fn read_rest(&mut self, f: Value) -> PyResult<String> {
        if let Some(r) = self.read_plus(f, false, None) {
            return r;
        }
        let ObjKind::File(file) = self.obj_mut(f) else {
            return Ok(String::new());
        };
        if file.closed {
            return Err(self.value_error("I/O operation on closed file."));
        }
        match &mut file.stream {
            Stream::Read(text, pos) => {
                let rest = text[*pos..].to_string();
                *pos = text.len();
                Ok(rest)
            }
            Stream::Stdin => {
                let mut all = String::new();
                match std::io::stdin().read_to_string(&mut all) {
                    Ok(_) => Ok(all),
                    Err(e) => Err(self.err(Exc::OSError, e.to_string())),
                }
            }
            _ => Err(self.err(Exc::OSError, "not readable")),
        }
    }

    /// Whether `f` is a file opened in binary mode (`'rb'`, `'wb'`...).
    fn is_binary_file(&self, f: Value) -> bool {
        matches!(self.obj(f), ObjKind::File(file) if file.mode.contains('b'))
    }

    /// What a read of `f` returns for `text`: the str, or for a binary file the bytes its
    /// chars stand for (see `builtin_open`).
    fn file_text_value(&mut self, f: Value, text: &str) -> PyResult<Value> {
        if self.is_binary_file(f) {
            let data = text.chars().map(|c| c as u32 as u8).collect();
            return self.bytes_value(data);
        }
        self.str_value(text)
    }

    /// The next line of a readable file (a str, or bytes in binary mode), `None` at the end.
    pub fn file_next_line(&mut self, f: Value) -> PyResult<Option<Value>> {
        let line = self.read_line(f)?;
        if line.is_empty() {
            return Ok(None);
        }
        self.file_text_value(f, &line).map(Some)
    }

    /// The remaining lines of a readable file (what iterating it yields).
    pub fn file_lines(&mut self, f: Value) -> PyResult<Vec<Value>> {
        let mut out = Vec::new();
        loop {
            let line = self.read_line(f)?;
            if line.is_empty() {
                return Ok(out);
            }
            out.push(self.file_text_value(f, &line)?);
        }
    }

    /// Calls a method of a file.
    pub(super) fn file_method(&mut self, id: Builtin, f: Value, args: &[Value]) -> PyResult<Value> {
        use Builtin as B;
        if !matches!(self.obj(f), ObjKind::File(_)) {
            let t = self.type_name(f);
            return Err(self.type_error(format!(
                "descriptor '{}' for '_io.TextIOWrapper' objects doesn't apply to a '{t}' object",
                id.name()
            )));
        }
        let name = id.name();
        match id {
            B::FileRead => {
                self.check_arity(name, args, 0, 1)?;
                let size = match args.first() {
                    Some(v) if !matches!(self.obj(*v), ObjKind::None) => {
                        self.expect_int(*v, "size")?
                    }
                    _ => -1,
                };
                let text = if size < 0 {
                    let text = self.read_rest(f)?;
                    return self.file_text_value(f, &text);
                } else if let Some(r) = self.read_plus(f, false, Some(size as usize)) {
                    r?
                } else {
                    let ObjKind::File(file) = self.obj_mut(f) else {
                        return Ok(self.none());
                    };
                    match &mut file.stream {
                        Stream::Read(text, pos) => {
                            let rest = &text[*pos..];
                            let end = rest
                                .char_indices()
                                .nth(size as usize)
                                .map_or(rest.len(), |(b, _)| b);
                            let out = rest[..end].to_string();
                            *pos += end;
                            out
                        }
                        _ => self.read_rest(f)?,
                    }
                };
                self.file_text_value(f, &text)
            }
            B::FileReadLine => {
                self.check_arity(name, args, 0, 1)?;
                let line = self.read_line(f)?;
                self.file_text_value(f, &line)
            }
            B::FileReadLines => {
                self.check_arity(name, args, 0, 1)?;
                let lines = self.file_lines(f)?;
                self.alloc(ObjKind::List(lines))
            }
            B::FileWrite if self.is_binary_file(f) => {
                self.check_arity(name, args, 1, 1)?;
                let ObjKind::Bytes(b) = self.obj(args[0]) else {
                    let t = self.type_name(args[0]);
                    return Err(
                        self.type_error(format!("a bytes-like object is required, not '{t}'"))
                    );
                };
                let b = b.clone();
                let r = match self.obj_mut(f) {
                    ObjKind::File(file) if file.closed => None,
                    ObjKind::File(file) => match &mut file.stream {
                        Stream::Write(w) => Some(w.write_all(&b)),
                        _ => Some(Err(std::io::Error::other("not writable"))),
                    },
                    _ => None,
                };
                match r {
                    None => Err(self.value_error("write to closed file")),
                    Some(Err(e)) if e.to_string() == "not writable" => {
                        Err(self.err(Exc::OSError, "not writable"))
                    }
                    Some(Err(e)) => Err(self.err(Exc::OSError, e.to_string())),
                    Some(Ok(())) => self.int_value(b.len() as i64),
                }
            }
            B::FileWrite => {
                self.check_arity(name, args, 1, 1)?;
                let ObjKind::Str(s) = self.obj(args[0]) else {
                    let t = self.type_name(args[0]);
                    return Err(self.type_error(format!("write() argument must be str, not {t}")));
                };
                let s = s.clone();
                self.write_to(f, &s)?;
                self.int_value(s.chars().count() as i64)
            }
            B::FileWriteLines => {
                self.check_arity(name, args, 1, 1)?;
                for line in self.collect_iter(args[0])? {
                    let s = self.expect_str(line, "write() argument")?;
                    self.write_to(f, &s)?;
                }
                Ok(self.none())
            }
            B::FileClose | B::FileExit => {
                if let ObjKind::File(file) = self.obj_mut(f) {
                    if !matches!(file.stream, Stream::Stdout | Stream::Stderr | Stream::Stdin) {
                        file.closed = true;
                        // Dropping the handle closes it now, not when the collector frees `f`.
                        file.stream = Stream::Read(String::new(), 0);
                    }
                }
                Ok(self.none())
            }
            B::FileSeek | B::FileTell => self.file_seek(id, f, args),
            B::FileFlush => {
                self.out.flush();
                Ok(self.none())
            }
            B::FileEnter | B::FileIter => {
                if let ObjKind::File(file) = self.obj(f) {
                    if file.closed {
                        return Err(self.value_error("I/O operation on closed file."));
                    }
                }
                Ok(f)
            }
            B::FileNext => {
                let line = self.read_line(f)?;
                if line.is_empty() {
                    let class = self.exc_class(Exc::StopIteration);
                    return Err(self.err_with(class, Vec::new()));
                }
                self.file_text_value(f, &line)
            }
            _ => unreachable!("file methods only"),
        }
    }

    /// `seek(offset, whence=0)` and `tell()`. A file read whole keeps its position as a byte
    /// offset in its text; a binary file's bytes are one char each there, so its position counts
    /// chars. A file open for writing seeks in the OS file.
    fn file_seek(&mut self, id: Builtin, f: Value, args: &[Value]) -> PyResult<Value> {
        use std::io::{Seek, SeekFrom};
        let name = id.name();
        if id == Builtin::FileSeek {
            self.check_arity(name, args, 1, 2)?;
        } else {
            self.check_arity(name, args, 0, 0)?;
        }
        let offset = match args.first() {
            Some(v) => self.expect_int(*v, "seek offset")?,
            None => 0,
        };
        let whence = match args.get(1) {
            Some(v) => self.expect_int(*v, "whence")?,
            None => 0,
        };
        let binary = self.is_binary_file(f);
        if id == Builtin::FileSeek {
            if !(0..=2).contains(&whence) {
                return Err(
                    self.value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)"))
                );
            }
            if !binary && whence != 0 && offset != 0 {
                let what = if whence == 1 { "cur" } else { "end" };
                return Err(self.unsupported(&format!("can't do nonzero {what}-relative seeks")));
            }
            if whence == 0 && offset < 0 {
                return Err(self.value_error(format!("negative seek position {offset}")));
            }
        }
        let ObjKind::File(file) = self.obj_mut(f) else {
            return Ok(self.none());
        };
        if file.closed {
            return Err(self.value_error("I/O operation on closed file."));
        }
        let r: Result<i64, &str> = match &mut file.stream {
            Stream::Read(text, pos) => {
                // Positions as the script sees them: chars for binary files, bytes for text.
                let to_user = |t: &str, p: usize| -> i64 {
                    if binary {
                        t[..p].chars().count() as i64
                    } else {
                        p as i64
                    }
                };
                if id == Builtin::FileTell {
                    Ok(to_user(text, *pos))
                } else {
                    let len = to_user(text, text.len());
                    let target = match whence {
                        0 => offset,
                        1 => to_user(text, *pos) + offset,
                        _ => len + offset,
                    }
                    .max(0);
                    let byte = if binary {
                        text.char_indices()
                            .nth(target as usize)
                            .map_or(text.len(), |(b, _)| b)
                    } else {
                        let mut b = (target as usize).min(text.len());
                        while !text.is_char_boundary(b) {
                            b -= 1;
                        }
                        b
                    };
                    *pos = byte;
                    Ok(target)
                }
            }
            Stream::Write(w) => {
                let to = match whence {
                    0 => SeekFrom::Start(offset as u64),
                    1 => SeekFrom::Current(offset),
                    _ => SeekFrom::End(offset),
                };
                let r = if id == Builtin::FileTell {
                    w.stream_position()
                } else {
                    w.seek(to)
                };
                r.map(|p| p as i64).map_err(|_| "I/O error")
            }
            _ => Err("underlying stream is not seekable"),
        };
        match r {
            Ok(p) => self.int_value(p),
            Err(msg) if msg.starts_with("underlying") => Err(self.unsupported(msg)),
            Err(msg) => Err(self.err(Exc::OSError, msg)),
        }
    }

    /// `io.UnsupportedOperation(msg)` (the class is `io.py`'s).
    fn unsupported(&mut self, msg: &str) -> crate::runtime::exceptions::PyErr {
        let class = self
            .import_module("io")
            .and_then(|io| self.getattr(io, "UnsupportedOperation"));
        match class {
            Ok(c) => match self.str_value(msg) {
                Ok(m) => self.err_with(c, vec![m]),
                Err(e) => e,
            },
            Err(e) => e,
        }
    }

    /// `repr` of a file.
    pub fn file_repr(&self, f: Value) -> String {
        match self.obj(f) {
            ObjKind::File(file) => {
                let enc = if matches!(file.stream, Stream::Read(..) | Stream::Write(_)) {
                    "UTF-8"
                } else {
                    "utf-8"
                };
                format!(
                    "<_io.TextIOWrapper name={} mode={} encoding='{enc}'>",
                    crate::builtins::repr::quote_str(&file.name),
                    crate::builtins::repr::quote_str(&file.mode)
                )
            }
            _ => String::new(),
        }
    }
}

/// The text a text-mode read returns for file contents `t`: with `newline=None`, `\r\n` and
/// `\r` read as `\n` (universal newlines); with `''` or `'\n'`, as they are.
fn universal_newlines(t: String, newline: Option<&str>) -> String {
    if newline.is_some() || !t.contains('\r') {
        return t;
    }
    t.replace("\r\n", "\n").replace('\r', "\n")
}

#[cfg(test)]
mod tests {
    use crate::{run_captured, Options};

    #[test]
    fn files_write_append_read_and_iterate_by_line() {
        let path =
            std::env::temp_dir().join(format!("minipy_file_test_{}.txt", std::process::id()));
        let p = path.display().to_string();
        let src = format!(
            "f = open({p:?}, 'w')\nprint(f.write('a\\nb'))\nprint('c', file=f)\nf.close()\n\
             f = open({p:?}, 'a')\nf.writelines(['d\\n'])\nf.close()\n\
             print([line for line in open({p:?})], open({p:?}).read().count('\\n'))\n\
             try:\n    open({p:?}, 'x')\nexcept FileExistsError as e:\n    print(type(e).__name__)\n"
        );
        let out = run_captured(&src, &Options::default()).1;
        let _ = std::fs::remove_file(&path);
        assert_eq!(out, "3\n['a\\n', 'bc\\n', 'd\\n'] 3\nFileExistsError\n");
    }
}
