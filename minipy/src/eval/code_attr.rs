//! Code objects as introspection sees them: a function's `__code__` (one per `def` or `lambda`
//! node, shared by every function it makes) and the `co_*` attributes of it and of `compile()`'s
//! code objects. They are read-only; nothing runs a function's code object.

use std::rc::Rc;

use crate::runtime::exceptions::PyResult;
use crate::runtime::interp::Interp;
use crate::runtime::object::{Code, CodeObj, ObjKind, Value};

/// CPython's `co_flags` bits that minipy's functions can have.
const CO_OPTIMIZED: i64 = 0x1;
const CO_NEWLOCALS: i64 = 0x2;
const CO_VARARGS: i64 = 0x4;
const CO_VARKEYWORDS: i64 = 0x8;
const CO_NESTED: i64 = 0x10;
const CO_GENERATOR: i64 = 0x20;

impl Interp {
    /// `func.__code__`: the code object of `func`'s `def` or `lambda`, made on first read and the
    /// same object for every function that node makes.
    pub(crate) fn function_code(&mut self, func: Value) -> PyResult<Value> {
        let ObjKind::Function(f) = self.obj(func) else {
            return Ok(self.none());
        };
        let (code, qualname, globals) = (f.code.clone(), f.code_qualname.clone(), f.globals);
        let key = match &code {
            Code::Def(d) => Rc::as_ptr(d) as usize,
            Code::Lambda(l) => Rc::as_ptr(l) as usize,
        };
        if let Some(v) = self.roots.side.code_objects.get(&key) {
            return Ok(*v);
        }
        let filename = match self.frame_file(globals) {
            Some(file) => file,
            None => Rc::from(self.script_path()),
        };
        let v = self.alloc(ObjKind::Code(Rc::new(CodeObj {
            source: Rc::from(""),
            filename,
            mode: "exec",
            function: Some((code, qualname)),
            frame_name: None,
        })))?;
        self.roots.side.code_objects.insert(key, v);
        Ok(v)
    }

    /// `frame.f_code`: a code object with the frame's name and file.
    pub(crate) fn frame_code(&mut self, frame: Value) -> PyResult<Value> {
        let ObjKind::Frame(f) = self.obj(frame) else {
            return Ok(self.none());
        };
        let name = f.name.clone();
        let filename = match &f.file {
            Some(file) => Rc::from(file.as_str()),
            None => Rc::from(self.script_path()),
        };
        self.alloc(ObjKind::Code(Rc::new(CodeObj {
            source: Rc::from(""),
            filename,
            mode: "exec",
            function: None,
            frame_name: Some(name),
        })))
    }

    /// `frame.f_lineno` (or with `back`, `frame.f_back`): for a running frame, its current line
    /// (its caller's frame object, made if needed); for one that ended, those it ended with.
    pub(crate) fn frame_position(&mut self, frame: Value, back: bool) -> PyResult<Value> {
        let running = self
            .roots
            .frames
            .iter()
            .rposition(|f| f.record == Some(frame));
        let (line, caller) = match (running, self.obj(frame)) {
            (Some(i), _) => {
                let caller = match i.checked_sub(1) {
                    Some(c) if back => {
                        Some(self.frame_object(c).ok_or_else(|| self.memory_error())?)
                    }
                    _ => None,
                };
                (self.roots.frames[i].line, caller)
            }
            (None, ObjKind::Frame(f)) => (f.line, f.back),
            (None, _) => (0, None),
        };
        match (back, caller) {
            (false, _) => self.int_value(i64::from(line)),
            (true, Some(c)) => Ok(c),
            (true, None) => Ok(self.none()),
        }
    }

    /// A `co_*` attribute of a code object, or `None` when it has no such attribute.
    pub(crate) fn code_attr(&mut self, code: Value, name: &str) -> PyResult<Option<Value>> {
        let ObjKind::Code(c) = self.obj(code) else {
            return Ok(None);
        };
        let c = c.clone();
        if let Some(frame_name) = &c.frame_name {
            return match name {
                "co_filename" => self.str_value(&c.filename).map(Some),
                "co_name" => self.str_value(frame_name).map(Some),
                _ => Ok(None),
            };
        }
        let Some((func, qualname)) = &c.function else {
            // `compile()`'s code: a module body.
            return match name {
                "co_filename" => self.str_value(&c.filename).map(Some),
                "co_name" | "co_qualname" => self.str_value("<module>").map(Some),
                _ => Ok(None),
            };
        };
        let params = func.params();
        let layout = func.layout();
        let v = match name {
            "co_filename" => self.str_value(&c.filename)?,
            "co_name" => self.str_value(&func.name())?,
            "co_qualname" => self.str_value(qualname)?,
            "co_firstlineno" => self.int_value(i64::from(func.line()))?,
            "co_argcount" => self.int_value(params.positional.len() as i64)?,
            "co_posonlyargcount" => self.int_value(params.posonly as i64)?,
            "co_kwonlyargcount" => self.int_value(params.kwonly.len() as i64)?,
            "co_varnames" | "co_nlocals" => {
                // The parameters (positional, keyword-only, `*args`, `**kwargs`: the resolver's
                // slot order, as CPython's), then the other locals that are not cells.
                let nparams = params.positional.len()
                    + params.kwonly.len()
                    + usize::from(params.vararg.is_some())
                    + usize::from(params.kwarg.is_some());
                let names: Vec<Rc<str>> = layout.names[..layout.locals as usize]
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| *i < nparams || !layout.cells.contains(&(*i as u32)))
                    .map(|(_, n)| n.clone())
                    .collect();
                if name == "co_nlocals" {
                    self.int_value(names.len() as i64)?
                } else {
                    let height = self.temps_height();
                    let mut items = Vec::with_capacity(names.len());
                    for n in &names {
                        let s = self.str_value(n)?;
                        self.push_temp(s);
                        items.push(s);
                    }
                    let tuple = self.alloc(ObjKind::Tuple(items));
                    self.truncate_temps(height);
                    tuple?
                }
            }
            "co_flags" => {
                let mut flags = CO_OPTIMIZED | CO_NEWLOCALS;
                if params.vararg.is_some() {
                    flags |= CO_VARARGS;
                }
                if params.kwarg.is_some() {
                    flags |= CO_VARKEYWORDS;
                }
                if qualname.contains("<locals>.") {
                    flags |= CO_NESTED;
                }
                if layout.generator {
                    flags |= CO_GENERATOR;
                }
                self.int_value(flags)?
            }
            _ => return Ok(None),
        };
        Ok(Some(v))
    }
}
