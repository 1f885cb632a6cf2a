//! The small modules: `time` (clocks and `sleep`), `string` (constants and `capwords`), `os`
//! (`getcwd`, `listdir`, `getenv`, `environ`, `sep`, `name`, and the file-system calls `stat`,
//! `mkdir`, `rename`, `open`... that `modules/py/os.py`, `pathlib`, `shutil` and `tempfile`
//! build on) and `os.path` (POSIX paths, as CPython's `posixpath`), and `struct`'s float packing.

use std::rc::Rc;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use crate::builtins::Builtin;
use crate::runtime::exceptions::{Exc, PyResult};
use crate::runtime::interp::Interp;
use crate::runtime::object::{Attrs, ObjKind, Value};
use crate::syntax::ast::Name;

use super::stdlib::Kwargs;

thread_local! {
    /// The reference point of `perf_counter` and `monotonic`.
    static START: Instant = Instant::now();
}

use crate::runtime::file::{take_fd, FDS};

const WHITESPACE: &str = " \t\n\r\x0b\x0c";
const PUNCTUATION: &str = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

impl Interp {
    /// Fills the `time` module.
    pub(super) fn time_attrs(&mut self, attrs: &mut Attrs) -> PyResult<()> {
        START.with(|_| ());
        self.add_module_functions(
            attrs,
            &[
                Builtin::TimeTime,
                Builtin::TimeTimeNs,
                Builtin::TimePerfCounter,
                Builtin::TimePerfCounterNs,
                Builtin::TimeMonotonic,
                Builtin::TimeProcessTime,
                Builtin::TimeSleep,
            ],
        )
    }

    /// Fills the `string` module.
    pub(super) fn string_attrs(&mut self, attrs: &mut Attrs) -> PyResult<()> {
        let lower = "abcdefghijklmnopqrstuvwxyz";
        let upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        let digits = "0123456789";
        let printable = format!("{digits}{lower}{upper}{PUNCTUATION}{WHITESPACE}");
        for (name, text) in [
            ("ascii_lowercase", lower.to_string()),
            ("ascii_uppercase", upper.to_string()),
            ("ascii_letters", format!("{lower}{upper}")),
            ("digits", digits.to_string()),
            ("hexdigits", "0123456789abcdefABCDEF".to_string()),
            ("octdigits", "01234567".to_string()),
            ("punctuation", PUNCTUATION.to_string()),
            ("whitespace", WHITESPACE.to_string()),
            ("printable", printable),
        ] {
            let v = self.str_value(&text)?;
            attrs.set(Name::from(name), v);
        }
        self.add_module_functions(attrs, &[Builtin::StringCapWords])
    }

    /// Fills the `os` module (with `os.path` as its `path`).
    pub(super) fn os_attrs(&mut self, attrs: &mut Attrs) -> PyResult<()> {
        self.add_module_functions(
            attrs,
            &[
                Builtin::OsGetCwd,
                Builtin::OsListDir,
                Builtin::OsGetEnv,
                Builtin::OsRemove,
                Builtin::OsStat,
                Builtin::OsMkdir,
                Builtin::OsRmdir,
                Builtin::OsRename,
                Builtin::OsReplace,
                Builtin::OsChmod,
                Builtin::OsUtime,
                Builtin::OsGetPid,
                Builtin::OsUrandom,
                Builtin::OsCopyFile,
                Builtin::OsReadLink,
                Builtin::OsSymlink,
                Builtin::OsChdir,
                Builtin::OsOpen,
                Builtin::OsClose,
                Builtin::OsWrite,
                Builtin::OsRead,
            ],
        )?;
        for (name, text) in [
            ("sep", "/"),
            ("name", "posix"),
            ("linesep", "\n"),
            ("curdir", "."),
        ] {
            let v = self.str_value(text)?;
            attrs.set(Name::from(name), v);
        }
        let environ = self.alloc(ObjKind::Dict(crate::runtime::dict::Dict::new()))?;
        for (k, v) in std::env::vars() {
            let k = self.str_value(&k)?;
            let v = self.str_value(&v)?;
            self.dict_set(environ, k, v)?;
        }
        attrs.set(Name::from("environ"), environ);
        let path = self.import_module("os.path")?;
        attrs.set(Name::from("path"), path);
        Ok(())
    }

    /// Fills the `os.path` module.
    pub(super) fn os_path_attrs(&mut self, attrs: &mut Attrs) -> PyResult<()> {
        let sep = self.str_value("/")?;
        attrs.set(Name::from("sep"), sep);
        self.add_module_functions(
            attrs,
            &[
                Builtin::PathJoin,
                Builtin::PathExists,
                Builtin::PathBasename,
                Builtin::PathDirname,
                Builtin::PathSplitExt,
                Builtin::PathAbsPath,
                Builtin::PathIsFile,
                Builtin::PathIsDir,
                Builtin::PathSplit,
                Builtin::PathGetSize,
                Builtin::PathIsAbs,
                Builtin::OsStat,
                Builtin::OsRealPath,
                Builtin::OsGetCwd,
            ],
        )
    }

    fn str_arg(&mut self, func: &str, v: Value) -> PyResult<String> {
        let v = self.unwrap_value(v);
        if let ObjKind::Str(s) = self.obj(v) {
            return Ok(s.to_string());
        }
        let is_instance = matches!(self.obj(v), ObjKind::Instance(_));
        match self.obj(v) {
            _ if is_instance && self.getattr_opt(v, "__fspath__")?.is_some() => {
                // An `os.PathLike` (a `pathlib.Path`): its `__fspath__()`.
                let f = self.getattr(v, "__fspath__")?;
                let p = self.call(f, Vec::new(), Vec::new())?;
                match self.obj(p) {
                    ObjKind::Str(s) => Ok(s.to_string()),
                    _ => {
                        let t = self.type_name(v);
                        let pt = self.type_name(p);
                        Err(self.type_error(format!(
                            "expected {t}.__fspath__() to return str or bytes, not {pt}"
                        )))
                    }
                }
            }
            _ => {
                let t = self.type_name(v);
                Err(self.type_error(format!(
                    "{func}: path should be string, bytes or os.PathLike, not {t}"
                )))
            }
        }
    }

    fn str_pair(&mut self, a: &str, b: &str) -> PyResult<Value> {
        let a = self.str_value(a)?;
        let b = self.str_value(b)?;
        self.alloc(ObjKind::Tuple(vec![a, b]))
    }

    /// Calls a function of `time`, `string`, `os`, `os.path` or `functools`' helper.
    pub(super) fn misc_call(
        &mut self,
        id: Builtin,
        args: &[Value],
        kw: &mut Kwargs,
    ) -> PyResult<Value> {
        use Builtin as B;
        let name = id.name();
        let since_epoch = || {
            SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .unwrap_or_default()
        };
        let since_start = || START.with(|s| s.elapsed());
        match id {
            B::TimeTime => {
                self.check_arity(name, args, 0, 0)?;
                self.float_value(since_epoch().as_secs_f64())
            }
            B::TimeTimeNs => {
                self.check_arity(name, args, 0, 0)?;
                self.int_value(since_epoch().as_nanos() as i64)
            }
            B::TimePerfCounter | B::TimeMonotonic | B::TimeProcessTime => {
                self.check_arity(name, args, 0, 0)?;
                self.float_value(since_start().as_secs_f64())
            }
            B::TimePerfCounterNs => {
                self.check_arity(name, args, 0, 0)?;
                self.int_value(since_start().as_nanos() as i64)
            }
            B::TimeSleep => {
                self.check_arity(name, args, 1, 1)?;
                let secs = match self.obj(args[0]) {
                    ObjKind::Float(f) => *f,
                    _ => self.index_arg(args[0])? as f64,
                };
                if secs < 0.0 || secs.is_nan() {
                    return Err(self.value_error("sleep length must be non-negative"));
                }
                // Ctrl-C ends the sleep with `KeyboardInterrupt`, as in CPython.
                if crate::runtime::interrupt::sleep(std::time::Duration::from_secs_f64(
                    secs.min(1e9),
                )) {
                    let class = self.exc_class(Exc::KeyboardInterrupt);
                    return Err(self.err_with(class, Vec::new()));
                }
                Ok(self.none())
            }
            B::StringCapWords => {
                self.check_arity(name, args, 1, 2)?;
                let s = self.str_arg(name, args[0])?;
                let sep = match kw.take("sep").or(args.get(1).copied()) {
                    Some(v) if !self.is_none(v) => Some(self.str_arg(name, v)?),
                    _ => None,
                };
                let cap = |w: &str| {
                    let mut c = w.chars();
                    match c.next() {
                        Some(f) => f
                            .to_uppercase()
                            .chain(c.flat_map(char::to_lowercase))
                            .collect(),
                        None => String::new(),
                    }
                };
                let out: Vec<String> = match &sep {
                    Some(sep) => s.split(sep.as_str()).map(cap).collect(),
                    None => s.split_whitespace().map(cap).collect(),
                };
                let joined = out.join(sep.as_deref().unwrap_or(" "));
                self.str_value(&joined)
            }
            B::OsGetCwd => {
                self.check_arity(name, args, 0, 0)?;
                match std::env::current_dir() {
                    Ok(p) => self.str_value(&p.to_string_lossy()),
                    Err(e) => Err(self.os_error(&e, ".")),
                }
            }
            B::OsGetEnv => {
                self.check_arity(name, args, 1, 2)?;
                let key = self.str_arg(name, args[0])?;
                match std::env::var(&key) {
                    Ok(v) => self.str_value(&v),
                    Err(_) => Ok(args.get(1).copied().unwrap_or_else(|| self.none())),
                }
            }
            B::OsRemove => {
                self.check_arity(name, args, 1, 1)?;
                let path = self.str_arg(name, args[0])?;
                match std::fs::remove_file(&path) {
                    Ok(()) => Ok(self.none()),
                    Err(e) => Err(self.os_error(&e, &path)),
                }
            }
            B::OsListDir => {
                self.check_arity(name, args, 0, 1)?;
                let path = match args.first() {
                    Some(v) => self.str_arg(name, *v)?,
                    None => ".".to_string(),
                };
                let entries = match std::fs::read_dir(&path) {
                    Ok(rd) => rd,
                    Err(e) => return Err(self.os_error(&e, &path)),
                };
                let mut out = Vec::new();
                for e in entries.flatten() {
                    out.push(self.str_value(&e.file_name().to_string_lossy())?);
                }
                self.alloc(ObjKind::List(out))
            }
            _ if (B::OsStat as u16..=B::StructUnpackFloat as u16).contains(&(id as u16)) => {
                self.os_fs_call(id, args, kw)
            }
            _ => self.path_call(id, args),
        }
    }

    /// The file-system functions of `os` that `os.py`, `pathlib`, `shutil` and `tempfile` build
    /// on, and `struct`'s float packing.
    fn os_fs_call(&mut self, id: Builtin, args: &[Value], kw: &mut Kwargs) -> PyResult<Value> {
        use std::os::unix::fs::{DirBuilderExt, MetadataExt, PermissionsExt};
        use Builtin as B;
        let name = id.name();
        match id {
            B::OsStat => {
                self.check_arity(name, args, 2, 2)?;
                let path = self.str_arg("stat", args[0])?;
                let follow = self.truthy(args[1])?;
                let meta = if follow {
                    std::fs::metadata(&path)
                } else {
                    std::fs::symlink_metadata(&path)
                };
                let m = match meta {
                    Ok(m) => m,
                    Err(e) => return Err(self.os_error(&e, &path)),
                };
                let nums: [i64; 13] = [
                    i64::from(m.mode()),
                    m.ino() as i64,
                    m.dev() as i64,
                    m.nlink() as i64,
                    i64::from(m.uid()),
                    i64::from(m.gid()),
                    m.size() as i64,
                    m.atime(),
                    m.atime_nsec(),
                    m.mtime(),
                    m.mtime_nsec(),
                    m.ctime(),
                    m.ctime_nsec(),
                ];
                let mut out = Vec::with_capacity(nums.len());
                for n in nums {
                    let v = self.int_value(n)?;
                    self.push_temp(v);
                    out.push(v);
                }
                self.alloc(ObjKind::Tuple(out))
            }
            B::OsMkdir => {
                self.check_arity(name, args, 1, 2)?;
                let path = self.str_arg(name, args[0])?;
                let mode = match kw.take("mode").or(args.get(1).copied()) {
                    Some(v) => self.index_arg(v)? as u32,
                    None => 0o777,
                };
                let r = std::fs::DirBuilder::new().mode(mode).create(&path);
                self.fs_result(r, &path)
            }
            B::OsRmdir => {
                self.check_arity(name, args, 1, 1)?;
                let path = self.str_arg(name, args[0])?;
                let r = std::fs::remove_dir(&path);
                self.fs_result(r, &path)
            }
            B::OsRename | B::OsReplace | B::OsSymlink => {
                self.check_arity(name, args, 2, 2)?;
                let src = self.str_arg(name, args[0])?;
                let dst = self.str_arg(name, args[1])?;
                let r = if id == B::OsSymlink {
                    std::os::unix::fs::symlink(&src, &dst)
                } else if id == B::OsRename
                    // A symlink to a directory is renamed as the link it is (not followed).
                    && std::fs::symlink_metadata(&src).is_ok_and(|m| m.is_dir())
                    && std::fs::metadata(&dst).is_ok_and(|m| m.is_file())
                {
                    Err(std::io::Error::from_raw_os_error(20))
                } else {
                    std::fs::rename(&src, &dst)
                };
                match r {
                    Ok(()) => Ok(self.none()),
                    Err(e) => Err(self.os_error_pair(&e, &src, Some(&dst))),
                }
            }
            B::OsChmod => {
                self.check_arity(name, args, 2, 2)?;
                let path = self.str_arg(name, args[0])?;
                let mode = self.index_arg(args[1])? as u32;
                let r = std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode));
                self.fs_result(r, &path)
            }
            B::OsUtime => {
                self.check_arity(name, args, 3, 3)?;
                let path = self.str_arg("utime", args[0])?;
                let mut times = [UNIX_EPOCH; 2];
                for (t, v) in times.iter_mut().zip(&args[1..]) {
                    let ns = self.index_arg(*v)?;
                    *t = if ns >= 0 {
                        UNIX_EPOCH + std::time::Duration::from_nanos(ns as u64)
                    } else {
                        UNIX_EPOCH - std::time::Duration::from_nanos(ns.unsigned_abs())
                    };
                }
                let r = std::fs::File::open(&path).and_then(|f| {
                    f.set_times(
                        std::fs::FileTimes::new()
                            .set_accessed(times[0])
                            .set_modified(times[1]),
                    )
                });
                self.fs_result(r, &path)
            }
            B::OsGetPid => {
                self.check_arity(name, args, 0, 0)?;
                self.int_value(i64::from(std::process::id()))
            }
            B::OsUrandom => {
                use std::io::Read;
                self.check_arity(name, args, 1, 1)?;
                let n = self.index_arg(args[0])?;
                if n < 0 {
                    return Err(self.value_error("negative argument not allowed"));
                }
                let mut buf = vec![0u8; n as usize];
                let r =
                    std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut buf));
                if let Err(e) = r {
                    return Err(self.os_error(&e, "/dev/urandom"));
                }
                self.bytes_value(buf)
            }
            B::OsCopyFile => {
                self.check_arity(name, args, 2, 2)?;
                let src = self.str_arg(name, args[0])?;
                let dst = self.str_arg(name, args[1])?;
                let mut from = match std::fs::File::open(&src) {
                    Ok(f) => f,
                    Err(e) => return Err(self.os_error(&e, &src)),
                };
                if std::fs::metadata(&src).is_ok_and(|m| m.is_dir()) {
                    let e = std::io::Error::from_raw_os_error(21);
                    return Err(self.os_error(&e, &src));
                }
                let mut to = match std::fs::File::create(&dst) {
                    Ok(f) => f,
                    Err(e) => return Err(self.os_error(&e, &dst)),
                };
                match std::io::copy(&mut from, &mut to) {
                    Ok(_) => Ok(self.none()),
                    Err(e) => Err(self.os_error(&e, &dst)),
                }
            }
            B::OsRealPath => {
                self.check_arity(name, args, 1, 1)?;
                let path = self.str_arg("realpath", args[0])?;
                let abs = if path.starts_with('/') {
                    path
                } else {
                    let cwd = std::env::current_dir()
                        .map(|c| c.to_string_lossy().into_owned())
                        .unwrap_or_default();
                    format!("{cwd}/{path}")
                };
                self.str_value(&realpath(&abs))
            }
            B::OsReadLink => {
                self.check_arity(name, args, 1, 1)?;
                let path = self.str_arg(name, args[0])?;
                match std::fs::read_link(&path) {
                    Ok(p) => self.str_value(&p.to_string_lossy()),
                    Err(e) => Err(self.os_error(&e, &path)),
                }
            }
            B::OsChdir => {
                self.check_arity(name, args, 1, 1)?;
                let path = self.str_arg(name, args[0])?;
                let r = std::env::set_current_dir(&path);
                self.fs_result(r, &path)
            }
            B::OsOpen => {
                use std::os::fd::AsRawFd;
                use std::os::unix::fs::OpenOptionsExt;
                self.check_arity(name, args, 2, 3)?;
                let path = self.str_arg(name, args[0])?;
                let flags = self.index_arg(args[1])?;
                let mode = match kw.take("mode").or(args.get(2).copied()) {
                    Some(v) => self.index_arg(v)? as u32,
                    None => 0o777,
                };
                let acc = flags & 3;
                let mut o = std::fs::OpenOptions::new();
                o.read(acc == 0 || acc == 2)
                    .write(acc != 0)
                    .append(flags & 1024 != 0)
                    .truncate(flags & 512 != 0)
                    .mode(mode)
                    .custom_flags((flags & !(3 | 64 | 128 | 512 | 1024)) as i32);
                if flags & 64 != 0 && flags & 128 != 0 {
                    o.create_new(true);
                } else if flags & 64 != 0 {
                    o.create(true);
                }
                match o.open(&path) {
                    Ok(f) => {
                        let fd = i64::from(f.as_raw_fd());
                        FDS.with(|t| t.borrow_mut().insert(fd, f));
                        self.int_value(fd)
                    }
                    Err(e) => Err(self.os_error(&e, &path)),
                }
            }
            B::OsClose | B::OsWrite | B::OsRead => {
                use std::io::{Read, Write};
                let n = if id == B::OsClose { 1 } else { 2 };
                self.check_arity(name, args, n, n)?;
                let fd = self.index_arg(args[0])?;
                let bad = || std::io::Error::from_raw_os_error(9);
                let r: std::io::Result<Value> = match id {
                    B::OsClose => match take_fd(fd) {
                        Some(_) => Ok(self.none()),
                        None => Err(bad()),
                    },
                    B::OsWrite => {
                        let data = match self.obj(args[1]) {
                            ObjKind::Bytes(b) => b.to_vec(),
                            _ => {
                                let t = self.type_name(args[1]);
                                return Err(self.type_error(format!(
                                    "a bytes-like object is required, not '{t}'"
                                )));
                            }
                        };
                        let r = FDS.with(|t| match t.borrow_mut().get_mut(&fd) {
                            Some(f) => f.write_all(&data),
                            None => Err(bad()),
                        });
                        match r {
                            Ok(()) => Ok(self.int_value(data.len() as i64)?),
                            Err(e) => Err(e),
                        }
                    }
                    _ => {
                        let size = self.index_arg(args[1])?.max(0) as usize;
                        let mut buf = vec![0u8; size];
                        let r = FDS.with(|t| match t.borrow_mut().get_mut(&fd) {
                            Some(f) => f.read(&mut buf),
                            None => Err(bad()),
                        });
                        match r {
                            Ok(k) => {
                                buf.truncate(k);
                                Ok(self.bytes_value(buf)?)
                            }
                            Err(e) => Err(e),
                        }
                    }
                };
                match r {
                    Ok(v) => Ok(v),
                    Err(e) if e.raw_os_error() == Some(9) => {
                        Err(self.err(Exc::OSError, "[Errno 9] Bad file descriptor"))
                    }
                    Err(e) => Err(self.err(Exc::OSError, e.to_string())),
                }
            }
            B::StructPackFloat => {
                // (x, size, little): the IEEE 754 bytes of x in 2, 4 or 8 bytes.
                self.check_arity(name, args, 3, 3)?;
                let x = self.real_arg(args[0])?;
                let size = self.index_arg(args[1])?;
                let little = self.truthy(args[2])?;
                let mut b = match size {
                    2 => match f64_to_f16(x) {
                        Some(h) => h.to_be_bytes().to_vec(),
                        None => {
                            return Err(self
                                .err(Exc::OverflowError, "float too large to pack with e format"))
                        }
                    },
                    4 => {
                        let f = x as f32;
                        if f.is_infinite() && x.is_finite() {
                            return Err(self
                                .err(Exc::OverflowError, "float too large to pack with f format"));
                        }
                        f.to_be_bytes().to_vec()
                    }
                    _ => x.to_be_bytes().to_vec(),
                };
                if little {
                    b.reverse();
                }
                self.bytes_value(b)
            }
            B::StructUnpackFloat => {
                // (bytes, little): the float that 2, 4 or 8 IEEE 754 bytes stand for.
                self.check_arity(name, args, 2, 2)?;
                let ObjKind::Bytes(b) = self.obj(args[0]) else {
                    return Err(self.type_error("_unpack_float needs bytes"));
                };
                let mut b = b.to_vec();
                if self.truthy(args[1])? {
                    b.reverse();
                }
                let x = match b.len() {
                    2 => f16_to_f64(u16::from_be_bytes([b[0], b[1]])),
                    4 => f64::from(f32::from_be_bytes([b[0], b[1], b[2], b[3]])),
                    _ => {
                        let mut a = [0u8; 8];
                        a.copy_from_slice(&b[..8]);
                        f64::from_be_bytes(a)
                    }
                };
                self.float_value(x)
            }
            _ => Err(self.type_error(format!("{name} is not a function minipy knows"))),
        }
    }

    fn fs_result(&mut self, r: std::io::Result<()>, path: &str) -> PyResult<Value> {
        match r {
            Ok(()) => Ok(self.none()),
            Err(e) => Err(self.os_error(&e, path)),
        }
    }

    fn path_call(&mut self, id: Builtin, args: &[Value]) -> PyResult<Value> {
        use Builtin as B;
        let name = id.name();
        if id == B::FuncUpdateWrapper {
            return self.update_wrapper(args);
        }
        if id == B::PathJoin {
            if args.is_empty() {
                return Err(self.type_error("join() missing 1 required positional argument: 'a'"));
            }
            let mut out = String::new();
            for a in args {
                let part = self.str_arg(name, *a)?;
                if part.starts_with('/') {
                    out = part;
                } else if out.is_empty() || out.ends_with('/') {
                    out.push_str(&part);
                } else {
                    out.push('/');
                    out.push_str(&part);
                }
            }
            return self.str_value(&out);
        }
        self.check_arity(name, args, 1, 1)?;
        let p = self.str_arg(name, args[0])?;
        let (head, tail) = match p.rfind('/') {
            Some(i) => (&p[..=i], &p[i + 1..]),
            None => ("", p.as_str()),
        };
        // posixpath.split strips trailing slashes from the head unless it is all slashes.
        let trimmed_head = if head.chars().all(|c| c == '/') {
            head
        } else {
            head.trim_end_matches('/')
        };
        match id {
            B::PathBasename => self.str_value(tail),
            B::PathDirname => self.str_value(trimmed_head),
            B::PathSplit => self.str_pair(trimmed_head, tail),
            B::PathSplitExt => {
                let stem_start = p.len() - tail.len();
                let dots = tail.len() - tail.trim_start_matches('.').len();
                match tail.rfind('.') {
                    Some(i) if i >= dots => {
                        let cut = stem_start + i;
                        self.str_pair(&p[..cut], &p[cut..])
                    }
                    _ => self.str_pair(&p, ""),
                }
            }
            B::PathIsAbs => Ok(self.bool_value(p.starts_with('/'))),
            B::PathExists | B::PathIsFile | B::PathIsDir => {
                let meta = std::fs::metadata(&p);
                let r = match id {
                    B::PathExists => meta.is_ok(),
                    B::PathIsFile => meta.map(|m| m.is_file()).unwrap_or(false),
                    _ => meta.map(|m| m.is_dir()).unwrap_or(false),
                };
                Ok(self.bool_value(r))
            }
            B::PathGetSize => match std::fs::metadata(&p) {
                Ok(m) => self.int_value(m.len() as i64),
                Err(e) => Err(self.os_error(&e, &p)),
            },
            B::PathAbsPath => {
                let joined = if p.starts_with('/') {
                    p.clone()
                } else {
                    let cwd = std::env::current_dir()
                        .map(|c| c.to_string_lossy().into_owned())
                        .unwrap_or_default();
                    format!("{cwd}/{p}")
                };
                self.str_value(&normpath(&joined))
            }
            _ => Err(self.type_error(format!("{name} is not a function minipy knows"))),
        }
    }

    /// `functools.update_wrapper(wrapper, wrapped)` on user functions: the wrapped function's
    /// `__name__`, `__qualname__` and `__doc__`, its `__dict__` entries, and `__wrapped__`, as
    /// CPython's `WRAPPER_ASSIGNMENTS` and `WRAPPER_UPDATES` copy them.
    fn update_wrapper(&mut self, args: &[Value]) -> PyResult<Value> {
        self.check_arity("_update_wrapper", args, 2, 2)?;
        let (wrapper, wrapped) = (args[0], args[1]);
        if !matches!(self.obj(wrapper), ObjKind::Function(_)) {
            return Ok(wrapper);
        }
        for name in ["__name__", "__qualname__", "__doc__"] {
            if let Some(v) = self.getattr_opt(wrapped, name)? {
                self.push_temp(v);
                self.setattr(wrapper, &Rc::from(name), v)?;
            }
        }
        if let ObjKind::Function(f) = self.obj(wrapped) {
            if let Some(d) = f.dict {
                let pairs: Vec<(Value, Value)> = match self.obj(d) {
                    ObjKind::Dict(t) => t.iter().map(|e| (e.key, e.value)).collect(),
                    _ => Vec::new(),
                };
                let into = self.function_dict(wrapper)?;
                for (k, v) in pairs {
                    self.dict_set(into, k, v)?;
                }
            }
        }
        self.setattr(wrapper, &Rc::from("__wrapped__"), wrapped)?;
        Ok(wrapper)
    }
}

/// `os.path.realpath` of an absolute path, not strict: the longest prefix that exists with its
/// symbolic links resolved, and the rest normalised onto it.
fn realpath(abs: &str) -> String {
    let norm = normpath(abs);
    let parts: Vec<&str> = norm.split('/').filter(|p| !p.is_empty()).collect();
    for i in (0..=parts.len()).rev() {
        let prefix = format!("/{}", parts[..i].join("/"));
        if let Ok(real) = std::fs::canonicalize(&prefix) {
            let mut out = real.to_string_lossy().into_owned();
            for p in &parts[i..] {
                if !out.ends_with('/') {
                    out.push('/');
                }
                out.push_str(p);
            }
            return out;
        }
    }
    norm
}

/// The IEEE 754 half-precision bits of `x` rounded to nearest even, as CPython's
/// `PyFloat_Pack2`; `None` when `x` is finite and too large.
fn f64_to_f16(x: f64) -> Option<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    let a = x.abs();
    if a.is_infinite() {
        return Some(sign | 0x7c00);
    }
    // Scale to units of the smallest subnormal (2**-24) or of the exponent's ulp.
    let (mut e, mut m);
    if a < 2f64.powi(-14) {
        e = 0u32;
        m = round_even(a * 2f64.powi(24));
        if m >= 1024.0 {
            e = 1;
            m -= 1024.0;
        }
    } else {
        let mut exp = a.log2().floor() as i32;
        if 2f64.powi(exp) > a {
            exp -= 1;
        } else if 2f64.powi(exp + 1) <= a {
            exp += 1;
        }
        m = round_even(a / 2f64.powi(exp) * 1024.0) - 1024.0;
        if m >= 1024.0 {
            m -= 1024.0;
            exp += 1;
        }
        if exp > 15 {
            return None;
        }
        e = (exp + 15) as u32;
    }
    Some(sign | ((e as u16) << 10) | m as u16)
}

fn round_even(x: f64) -> f64 {
    let r = x.round();
    if (r - x).abs() == 0.5 && r % 2.0 != 0.0 {
        r - x.signum()
    } else {
        r
    }
}

fn f16_to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let e = i32::from((h >> 10) & 0x1f);
    let m = f64::from(h & 0x3ff);
    sign * match e {
        0 => m * 2f64.powi(-24),
        31 if m == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        _ => (1.0 + m / 1024.0) * 2f64.powi(e - 15),
    }
}

/// `posixpath.normpath` of an absolute path.
fn normpath(p: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for part in p.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            other => parts.push(other),
        }
    }
    format!("/{}", parts.join("/"))
}

#[cfg(test)]
mod tests {
    use super::normpath;

    #[test]
    fn normpath_resolves_dots_and_repeated_slashes() {
        assert_eq!(normpath("/a//b/./c/../d"), "/a/b/d");
        assert_eq!(normpath("/.."), "/");
    }
}
