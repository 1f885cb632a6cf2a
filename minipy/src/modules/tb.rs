//! The Rust half of `traceback` and `warnings` (and `sys.exc_info`): the exception being
//! handled, an exception's report as the interpreter prints it, and a caller's frame.

use crate::builtins::Builtin;
use crate::runtime::exceptions::PyResult;
use crate::runtime::interp::Interp;
use std::rc::Rc;

use crate::runtime::object::{ObjKind, Value};

impl Interp {
    /// The script's path as CPython's code objects have it: made absolute.
    pub(crate) fn script_path(&self) -> String {
        let path = &*self.side.path;
        if path.starts_with('/') || path.starts_with('<') {
            return path.to_string();
        }
        match std::env::current_dir() {
            Ok(dir) => dir.join(path).to_string_lossy().into_owned(),
            Err(_) => path.to_string(),
        }
    }

    /// Calls `_exc_info()`, `_format_exception(exc)`, `_extract_tb(tb)` or `_frame_info(depth)`.
    pub(super) fn tb_call(&mut self, id: Builtin, args: &[Value]) -> PyResult<Value> {
        let name = id.name();
        match id {
            // The exception an `except` (or `finally` after one) is handling, or None.
            Builtin::TbExcInfo => {
                self.check_arity(name, args, 0, 0)?;
                Ok(self.roots.handling.last().copied().unwrap_or(self.none()))
            }
            Builtin::TbFormat => {
                self.check_arity(name, args, 1, 1)?;
                let text = self.exception_report(args[0]);
                self.str_value(&text)
            }
            // `[(filename, lineno, name, source line or None, marker line or None)]` of a
            // traceback's entries.
            Builtin::TbExtract => {
                self.check_arity(name, args, 1, 1)?;
                let mut entries = Vec::new();
                let mut tb = Some(args[0]);
                while let Some(entry) = tb {
                    let ObjKind::Traceback {
                        frame,
                        line,
                        next,
                        marker,
                    } = self.obj(entry)
                    else {
                        break;
                    };
                    let (frame, line, next) = (*frame, *line, *next);
                    let marker = marker.as_deref().copied().unwrap_or_default();
                    let func = match self.obj(frame) {
                        ObjKind::Frame(f) => f.name.clone(),
                        _ => Rc::from("?"),
                    };
                    let src = self.script_line(line).map(str::to_string);
                    let marks = self
                        .raw_source_line(line)
                        .and_then(|raw| marker.line(raw, line));
                    let path = self.str_value(&self.script_path())?;
                    let lineno = self.int_value(i64::from(line))?;
                    let func = self.str_value(&func)?;
                    let src = match src {
                        Some(s) => self.str_value(&s)?,
                        None => self.none(),
                    };
                    let marks = match marks {
                        Some(m) => self.str_value(&m)?,
                        None => self.none(),
                    };
                    entries.push(self.alloc(ObjKind::Tuple(vec![path, lineno, func, src, marks]))?);
                    tb = next;
                }
                self.alloc(ObjKind::List(entries))
            }
            // `(filename, lineno, source line or None, module name, function name)` of the frame `depth` calls
            // out from the Python function calling this (0: that function), or None.
            _ => {
                self.check_arity(name, args, 1, 1)?;
                let depth = self.index_arg(args[0])?;
                let frames = &self.roots.frames;
                let Some(i) = usize::try_from(depth)
                    .ok()
                    .and_then(|d| frames.len().checked_sub(d + 1))
                else {
                    return Ok(self.none());
                };
                let (line, globals, func) = (
                    frames[i].line,
                    frames[i].globals,
                    self.frame_names(&frames[i]).name,
                );
                let module = self.module_name_of(globals);
                let in_script = globals == self.globals();
                let path = if in_script {
                    self.script_path()
                } else {
                    format!("<minipy {module}>")
                };
                let src = if in_script {
                    self.script_line(line).map(str::to_string)
                } else {
                    None
                };
                let path = self.str_value(&path)?;
                let line = self.int_value(i64::from(line))?;
                let src = match src {
                    Some(s) => self.str_value(&s)?,
                    None => self.none(),
                };
                let module = self.str_value(&module)?;
                let func = self.str_value(&func)?;
                self.alloc(ObjKind::Tuple(vec![path, line, src, module, func]))
            }
        }
    }
}
