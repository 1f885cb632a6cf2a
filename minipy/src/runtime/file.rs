//! An open file as an object holds it ([`FileObj`]); its methods are `crate::builtins::file`.

use std::rc::Rc;

use crate::runtime::builtin_id::Builtin;

thread_local! {
    /// The files `os.open` opened, by descriptor, until `os.close` or `open(fd)` takes them.
    pub static FDS: std::cell::RefCell<std::collections::HashMap<i64, std::fs::File>> =
        std::cell::RefCell::default();
}

/// The file `os.open` opened as descriptor `fd`, taken out of the table (for `open(fd)`).
pub fn take_fd(fd: i64) -> Option<std::fs::File> {
    FDS.with(|t| t.borrow_mut().remove(&fd))
}

/// Where a file's text comes from or goes.
pub enum Stream {
    /// The script's stdout (through `Interp::out`).
    Stdout,
    /// The script's stderr.
    Stderr,
    /// The process's stdin.
    Stdin,
    /// A file read whole at `open`, and the byte offset reached.
    Read(String, usize),
    /// A file open for writing or appending.
    Write(std::fs::File),
}

/// An open text file.
pub struct FileObj {
    /// `name`: the path, or `<stdout>`.
    pub name: Rc<str>,
    /// `mode`.
    pub mode: Rc<str>,
    /// Its stream.
    pub stream: Stream,
    /// Whether `close()` was called.
    pub closed: bool,
}

impl FileObj {
    /// `sys.stdout`, `sys.stderr` or `sys.stdin`.
    pub fn std(stream: Stream) -> FileObj {
        let (name, mode) = match stream {
            Stream::Stdin => ("<stdin>", "r"),
            Stream::Stderr => ("<stderr>", "w"),
            _ => ("<stdout>", "w"),
        };
        FileObj {
            name: Rc::from(name),
            mode: Rc::from(mode),
            stream,
            closed: false,
        }
    }
}

/// The methods of a file.
pub const FILE_METHODS: [Builtin; 13] = [
    Builtin::FileRead,
    Builtin::FileReadLine,
    Builtin::FileReadLines,
    Builtin::FileWrite,
    Builtin::FileWriteLines,
    Builtin::FileClose,
    Builtin::FileFlush,
    Builtin::FileEnter,
    Builtin::FileExit,
    Builtin::FileIter,
    Builtin::FileNext,
    Builtin::FileSeek,
    Builtin::FileTell,
];
