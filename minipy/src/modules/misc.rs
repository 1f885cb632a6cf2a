//! The small modules: `time` (clocks and `sleep`), `string` (constants and `capwords`), `os`
//! (`getcwd`, `listdir`, `getenv`, `environ`, `sep`, `name`) and `os.path` (POSIX paths, as
//! CPython's `posixpath`).

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
            ],
        )
    }

    fn str_arg(&mut self, func: &str, v: Value) -> PyResult<String> {
        match self.obj(v) {
            ObjKind::Str(s) => Ok(s.to_string()),
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
                self.alloc(ObjKind::Float(since_epoch().as_secs_f64()))
            }
            B::TimeTimeNs => {
                self.check_arity(name, args, 0, 0)?;
                self.int_value(since_epoch().as_nanos() as i64)
            }
            B::TimePerfCounter | B::TimeMonotonic | B::TimeProcessTime => {
                self.check_arity(name, args, 0, 0)?;
                self.alloc(ObjKind::Float(since_start().as_secs_f64()))
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
            _ => self.path_call(id, args),
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
