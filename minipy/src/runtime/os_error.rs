//! `OSError`'s constructor arguments as CPython reads them: `OSError(errno, strerror[,
//! filename[, winerror[, filename2]]])` sets those attributes, picks the subclass for the errno
//! (`OSError(2, 'x')` is a `FileNotFoundError`), and `str()` prints `[Errno 2] x: 'f.txt'`.

use crate::runtime::exceptions::{Exc, PyResult};
use crate::runtime::interp::Interp;
use crate::runtime::object::{ObjKind, Value};
use std::rc::Rc;

/// The attributes an `OSError` always has, `None` until its arguments set them.
pub const OS_ERROR_ATTRS: [&str; 4] = ["errno", "strerror", "filename", "filename2"];

/// The `OSError` subclass CPython makes for `errno` (Linux numbering), if any.
fn subclass_for_errno(errno: i64) -> Option<Exc> {
    Some(match errno {
        11 | 114 | 115 => Exc::BlockingIOError,
        10 => Exc::ChildProcessError,
        32 | 108 => Exc::BrokenPipeError,
        103 => Exc::ConnectionAbortedError,
        111 => Exc::ConnectionRefusedError,
        104 => Exc::ConnectionResetError,
        17 => Exc::FileExistsError,
        2 => Exc::FileNotFoundError,
        21 => Exc::IsADirectoryError,
        20 => Exc::NotADirectoryError,
        4 => Exc::InterruptedError,
        1 | 13 => Exc::PermissionError,
        3 => Exc::ProcessLookupError,
        110 => Exc::TimeoutError,
        _ => return None,
    })
}

/// Whether CPython reads `args` as `(errno, strerror, ...)`: two to five of them.
fn has_errno_args(args: &[Value]) -> bool {
    (2..=5).contains(&args.len())
}

impl Interp {
    /// The class `OSError(*args)` makes: the errno's subclass when `class` is `OSError` itself
    /// (a user's subclass keeps its class), else `class`.
    pub fn os_error_class(&self, class: Value, args: &[Value]) -> Value {
        if class != self.exc_class(Exc::OSError) || !has_errno_args(args) {
            return class;
        }
        match self.as_int(args[0]).and_then(subclass_for_errno) {
            Some(exc) => self.exc_class(exc),
            None => class,
        }
    }

    /// Whether `exc` is an `OSError` (or a subclass) instance.
    pub fn is_os_error(&self, exc: Value) -> bool {
        self.is_instance(exc, self.exc_class(Exc::OSError))
    }

    /// `OSError.__init__`: with two to five arguments sets `errno`, `strerror`, `filename` and
    /// `filename2`, and `args` keeps only `(errno, strerror)` when a filename was given.
    pub fn os_error_init(&mut self, exc: Value, args: &[Value]) -> PyResult<()> {
        if !has_errno_args(args) {
            return Ok(());
        }
        let none = self.none();
        let filename = args.get(2).copied().filter(|v| *v != none);
        let filename2 = filename.and(args.get(4).copied()).filter(|v| *v != none);
        let short = match filename {
            Some(_) => Some(self.alloc(ObjKind::Tuple(args[..2].to_vec()))?),
            None => None,
        };
        if let ObjKind::Instance(inst) = self.obj_mut(exc) {
            inst.attrs.set(Rc::from("errno"), args[0]);
            inst.attrs.set(Rc::from("strerror"), args[1]);
            if let Some(f) = filename {
                inst.attrs.set(Rc::from("filename"), f);
            }
            if let Some(f) = filename2 {
                inst.attrs.set(Rc::from("filename2"), f);
            }
            if let Some(t) = short {
                inst.attrs.set(Rc::from("args"), t);
            }
        }
        Ok(())
    }

    /// `str()` of an `OSError` that has `errno` and `strerror` (`None` otherwise, for
    /// `BaseException.__str__`): `[Errno 2] text`, then `: 'file'` and ` -> 'file2'`.
    pub fn os_error_str(&mut self, exc: Value) -> PyResult<Option<String>> {
        let ObjKind::Instance(inst) = self.obj(exc) else {
            return Ok(None);
        };
        let none = self.none();
        let get = |name: &str| inst.attrs.get(name);
        let (errno, strerror) = (get("errno"), get("strerror"));
        let filename = get("filename").filter(|v| *v != none);
        let filename2 = get("filename2").filter(|v| *v != none);
        let (Some(errno), Some(strerror)) = (errno, strerror) else {
            return Ok(None);
        };
        let mut text = format!("[Errno {}] {}", self.str_of(errno)?, self.str_of(strerror)?);
        if let Some(f) = filename {
            text = format!("{text}: {}", self.repr(f)?);
            if let Some(f2) = filename2 {
                text = format!("{text} -> {}", self.repr(f2)?);
            }
        }
        Ok(Some(text))
    }
}
