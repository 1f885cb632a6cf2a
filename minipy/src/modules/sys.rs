//! The `sys` module's data: `argv`, `stdin`/`stdout`/`stderr`, `version_info`, `version`,
//! `platform`, `byteorder` (its functions, `exit`, `getrecursionlimit` and `is_finalizing`, are in `modules`).

use crate::builtins::file::{FileObj, Stream};
use crate::runtime::exceptions::PyResult;
use crate::runtime::interp::Interp;
use crate::runtime::object::{Attrs, ObjKind, Value};
use crate::syntax::ast::Name;

/// The CPython version minipy follows.
const VERSION: (i64, i64, i64) = (3, 11, 7);

impl Interp {
    /// Fills `sys`'s data attributes.
    pub(super) fn sys_attrs(&mut self, attrs: &mut Attrs) -> PyResult<()> {
        let argv0 = (self.opts.argv0.clone()).unwrap_or_else(|| self.side.path.to_string());
        let mut argv = vec![self.str_value(&argv0)?];
        for a in self.opts.argv.clone() {
            argv.push(self.str_value(&a)?);
        }
        let argv = self.alloc(ObjKind::List(argv))?;
        attrs.set(Name::from("argv"), argv);
        for (name, stream) in [
            ("stdin", Stream::Stdin),
            ("stdout", Stream::Stdout),
            ("stderr", Stream::Stderr),
        ] {
            let f = self.alloc(ObjKind::File(Box::new(FileObj::std(stream))))?;
            attrs.set(Name::from(name), f);
            attrs.set(Name::from(format!("__{name}__").as_str()), f);
        }
        // Made into CPython's named struct sequence by `py/sys.py`.
        let (major, minor, micro) = VERSION;
        let info = vec![
            self.int_value(major)?,
            self.int_value(minor)?,
            self.int_value(micro)?,
            self.str_value("final")?,
            self.int_value(0)?,
        ];
        let info = self.alloc(ObjKind::Tuple(info))?;
        attrs.set(Name::from("version_info_parts"), info);
        let version = self.str_value(&format!("{major}.{minor}.{micro} (minipy)"))?;
        attrs.set(Name::from("version"), version);
        let platform = self.str_value(std::env::consts::OS)?;
        attrs.set(Name::from("platform"), platform);
        let order = self.str_value(if cfg!(target_endian = "little") {
            "little"
        } else {
            "big"
        })?;
        attrs.set(Name::from("byteorder"), order);
        Ok(())
    }

    /// `sys.stdin`, `sys.stdout` or `sys.stderr` (`name`) when the script replaced it with
    /// anything but the interpreter's own stream of that name (`print()`, `input()` and tracebacks
    /// then use it); `None` while it is the real one or `sys` was never imported.
    pub fn replaced_stream(&self, name: &str) -> Option<Value> {
        let sys = self.roots.side.modules.get("sys")?;
        let v = self.module_attrs(sys)?.get(name)?;
        let own = match self.obj(v) {
            ObjKind::File(f) => matches!(
                (&f.stream, name),
                (Stream::Stdout, "stdout") | (Stream::Stderr, "stderr") | (Stream::Stdin, "stdin")
            ),
            _ => false,
        };
        (!own).then_some(v)
    }

    /// Writes `text` to `sys.stderr` as tracebacks do: the interpreter's stderr unless the script
    /// replaced `sys.stderr` (nothing when it is None; the real stderr if its `write` fails).
    pub fn write_stderr(&mut self, text: &str) {
        match self.replaced_stream("stderr") {
            None => self.out.write_err(text),
            Some(f) if self.is_none(f) => {}
            Some(f) => {
                let height = self.temps_height();
                if self.write_to(f, text).is_err() {
                    self.out.write_err(text);
                }
                self.truncate_temps(height);
            }
        }
    }
}
