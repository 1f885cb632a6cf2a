//! The `contextlib` module: `contextmanager`, `suppress`, `closing`, `nullcontext`.
//!
//! Written in Python (`contextlib.py` beside this file, after CPython 3.11's `Lib/contextlib.py`)
//! and embedded in the binary with `include_str!`: on first import it is compiled and run as a
//! module body in a namespace of its own, whose names become the module's attributes. Its
//! functions' globals are that namespace, so they see only the module's own names and builtins.
//! A traceback through its code names the running script's file with `contextlib.py`'s line
//! numbers (minipy keeps one source text per interpreter).

use std::rc::Rc;

use crate::ast::Name;
use crate::exceptions::PyResult;
use crate::interp::{Frame, FrameKind, Interp};
use crate::object::{Attrs, Env, Module, ObjKind, Value};

/// The module's Python source.
const SOURCE: &str = include_str!("contextlib.py");

impl Interp {
    /// Runs the embedded `contextlib.py` and returns the module (not yet registered).
    pub(crate) fn contextlib_module(&mut self) -> PyResult<Value> {
        let code = match crate::compile(SOURCE) {
            Ok(code) => code,
            Err(e) => return Err(self.err("SystemError", format!("contextlib.py: {e}"))),
        };
        let ns = self.alloc(ObjKind::Env(Env {
            vars: Attrs::default(),
        }))?;
        let name = self.str_value("contextlib")?;
        self.env_set(ns, Name::from("__name__"), name);
        self.roots.frames.push(Frame {
            slots: Vec::new(),
            ns,
            globals: ns,
            kind: FrameKind::Module,
            name: Rc::from("<module>"),
            qualname: Rc::from("<module>"),
            line: 1,
            record: None,
        });
        let result = self.exec_block(&code.body);
        self.roots.frames.pop();
        result?;
        let mut attrs = Attrs::default();
        if let ObjKind::Env(env) = self.obj(ns) {
            for (k, v) in env.vars.iter() {
                attrs.set(k.clone(), v);
            }
        }
        self.alloc(ObjKind::Module(Module {
            name: Rc::from("contextlib"),
            attrs,
        }))
    }
}
