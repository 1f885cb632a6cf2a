//! `eval` and `exec` of source strings (with optional globals and locals dicts), `locals()`, and
//! `dir()`.
//!
//! Code run with a locals mapping apart from its globals is resolved by
//! `syntax::resolve::resolve_with_locals` and runs in a class-body-like frame whose namespace is
//! the locals, so its names read the locals, then the globals, then builtins, as CPython's
//! `LOAD_NAME` does. Dicts passed in are copied into namespaces for the run and the namespaces
//! written back after it (also when it raised). Without dicts, code run inside a function sees a
//! snapshot of its locals (as `locals()` gives), and its assignments do not change them, as in
//! CPython.

use std::rc::Rc;

use crate::builtins::Builtin;
use crate::runtime::exceptions::{Exc, PyResult};
use crate::runtime::interp::{Frame, FrameKind, FrameNames, Interp};
use crate::runtime::object::{Attrs, CodeObj, Env, ObjKind, Value};
use crate::syntax::ast::{Module, Name, StmtKind};

/// `dir(object)` in CPython 3.11: what every class's `dir` starts from.
const OBJECT_DIR: [&str; 24] = [
    "__class__",
    "__delattr__",
    "__dir__",
    "__doc__",
    "__eq__",
    "__format__",
    "__ge__",
    "__getattribute__",
    "__getstate__",
    "__gt__",
    "__hash__",
    "__init__",
    "__init_subclass__",
    "__le__",
    "__lt__",
    "__ne__",
    "__new__",
    "__reduce__",
    "__reduce_ex__",
    "__repr__",
    "__setattr__",
    "__sizeof__",
    "__str__",
    "__subclasshook__",
];

impl Interp {
    /// `eval(source, globals=None, locals=None)` and `exec(...)`.
    pub(crate) fn builtin_eval_exec(
        &mut self,
        id: Builtin,
        args: &[Value],
        kwargs: &[(Name, Value)],
    ) -> PyResult<Value> {
        let name = id.name();
        let mut slots = [
            args.first().copied(),
            args.get(1).copied(),
            args.get(2).copied(),
        ];
        if args.len() > 3 {
            return Err(self.type_error(format!(
                "{name} expected at most 3 arguments, got {}",
                args.len()
            )));
        }
        for (k, v) in kwargs {
            let at = match &**k {
                "globals" => 1,
                "locals" => 2,
                _ => {
                    return Err(self
                        .type_error(format!("{name}() got an unexpected keyword argument '{k}'")))
                }
            };
            slots[at] = Some(*v);
        }
        let Some(source) = slots[0] else {
            return Err(self.type_error(format!("{name} expected at least 1 argument, got 0")));
        };
        // A code object from `compile()` runs as the mode it was compiled in: `eval` of code
        // compiled for `exec` runs it and gives `None`.
        let from_string = !matches!(self.obj(source), ObjKind::Code(_));
        let (source, filename, mode) = match self.obj(source) {
            ObjKind::Code(c) if c.function.is_some() || c.frame_name.is_some() => {
                return Err(self.type_error(format!(
                    "{}() of a function's code object is not supported",
                    id.name()
                )));
            }
            ObjKind::Code(c) => (c.source.clone(), c.filename.clone(), c.mode),
            ObjKind::Str(s) => (s.to_rc(), Rc::from("<string>"), "exec"),
            ObjKind::Bytes(b) => match std::str::from_utf8(b) {
                Ok(s) => (Rc::from(s), Rc::from("<string>"), "exec"),
                Err(_) => return Err(self.value_error("source code is not valid UTF-8")),
            },
            _ => {
                let what = if id == Builtin::Eval {
                    "eval() arg 1 must be a string, bytes or code object"
                } else {
                    "exec() arg 1 must be a string, bytes or code object"
                };
                return Err(self.type_error(what));
            }
        };
        let none = |this: &Interp, v: Option<Value>| v.filter(|v| !this.is_none(*v));
        let globals = none(self, slots[1]);
        let locals = none(self, slots[2]);
        if let Some(g) = globals {
            if !matches!(self.obj(g), ObjKind::Dict(_)) {
                let t = self.type_name(g);
                return Err(self.type_error(format!("{name}() globals must be a dict, not {t}")));
            }
        }
        if let Some(l) = locals {
            if self.dict_ref(l).is_none() {
                let t = self.type_name(l);
                return Err(self.type_error(format!("locals must be a mapping, not {t}")));
            }
        }
        let (source, mode) = if !from_string {
            (source, mode)
        } else if id == Builtin::Eval {
            // CPython strips leading spaces and tabs of an eval'd expression.
            (Rc::from(source.trim_start_matches([' ', '\t'])), "eval")
        } else {
            (source, "exec")
        };
        let mut module = self.parse_source(&source, &filename, mode)?;
        // Where the code's names live: the dicts given, else the caller's globals and (inside a
        // function) a snapshot of its locals.
        let caller_globals = self.frame().globals;
        let in_function = !matches!(self.frame().kind, FrameKind::Module);
        let globals_env = match globals {
            Some(d) => self.env_from_dict(d)?,
            None => caller_globals,
        };
        self.push_temp(globals_env);
        let locals_env = match (locals, globals) {
            (Some(d), _) => Some(self.env_from_dict(d)?),
            (None, Some(_)) => None,
            (None, None) if in_function => Some(self.locals_env()?),
            (None, None) => None,
        };
        if let Some(l) = locals_env {
            self.push_temp(l);
        }
        let resolved = match locals_env {
            Some(_) => crate::syntax::resolve::resolve_with_locals(&mut module),
            None => crate::syntax::resolve::resolve(&mut module),
        };
        if let Err(e) = resolved {
            return Err(self.compile_error(&e, &source, &filename, mode, true));
        }
        let r = self.run_code(&module, mode, globals_env, locals_env);
        if let Some(d) = globals {
            self.dict_from_env(d, globals_env)?;
        }
        if let (Some(d), Some(env)) = (locals, locals_env) {
            self.dict_from_env(d, env)?;
        }
        r
    }

    /// Runs resolved `module` in a frame of its own over `globals` (and `locals`, when apart):
    /// the value of its one expression statement in mode `"eval"`, else `None`; in mode
    /// `"single"` its expression statements echo their values as the REPL's do.
    fn run_code(
        &mut self,
        module: &Module,
        mode: &str,
        globals: Value,
        locals: Option<Value>,
    ) -> PyResult<Value> {
        self.enter()?;
        self.roots.frames.push(Frame {
            slots: Vec::new(),
            ns: locals.unwrap_or(globals),
            globals,
            kind: if locals.is_some() {
                FrameKind::Class
            } else {
                FrameKind::Module
            },
            names: Some(FrameNames::module()),
            line: 1,
            record: None,
        });
        let r = match (mode, module.body.first().map(|s| &s.kind)) {
            ("eval", Some(StmtKind::Expr(e))) => self.eval(e),
            ("single", _) => {
                let outer = std::mem::replace(&mut self.echo_depth, self.roots.frames.len());
                let r = self.exec_block(&module.body).map(|_| self.none());
                self.echo_depth = outer;
                r
            }
            _ => self.exec_block(&module.body).map(|_| self.none()),
        };
        if let Err(e) = &r {
            self.traceback_here(e.exc, false, e.marker.as_deref());
        }
        let frame = self.pop_frame().expect("pushed above");
        self.leave();
        match r {
            Ok(v) => {
                self.push_temp(v);
                Ok(v)
            }
            Err(mut e) => {
                let entry = self.tb_entry(&frame, &mut e);
                e.traceback.push(entry);
                Err(e)
            }
        }
    }

    /// `compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)`: a code object
    /// for source that parses and resolves as `mode`, else its `SyntaxError` naming `filename`.
    /// `flags`, `dont_inherit` and `optimize` are accepted and ignored, except the flag asking for
    /// an AST, which minipy has no `ast` module to give.
    pub(crate) fn builtin_compile(
        &mut self,
        args: &[Value],
        kwargs: &[(Name, Value)],
    ) -> PyResult<Value> {
        const NAMES: [&str; 6] = [
            "source",
            "filename",
            "mode",
            "flags",
            "dont_inherit",
            "optimize",
        ];
        if args.len() > NAMES.len() {
            return Err(self.type_error(format!(
                "compile() takes at most 6 arguments ({} given)",
                args.len()
            )));
        }
        let mut slots: [Option<Value>; 6] = [None; 6];
        for (i, v) in args.iter().enumerate() {
            slots[i] = Some(*v);
        }
        for (k, v) in kwargs {
            let Some(at) = NAMES.iter().position(|n| **n == **k) else {
                if &**k == "_feature_version" {
                    continue;
                }
                return Err(self.type_error(format!(
                    "compile() got an unexpected keyword argument '{k}'"
                )));
            };
            if slots[at].is_some() {
                return Err(self.type_error(format!(
                    "argument for compile() given by name ('{k}') and position ({})",
                    at + 1
                )));
            }
            slots[at] = Some(*v);
        }
        for (i, name) in NAMES.iter().enumerate().take(3) {
            if slots[i].is_none() {
                return Err(self.type_error(format!(
                    "compile() missing required argument '{name}' (pos {})",
                    i + 1
                )));
            }
        }
        let [Some(source), Some(filename), Some(mode), flags, ..] = slots else {
            unreachable!("checked above")
        };
        let source: Rc<str> = match self.obj(source) {
            ObjKind::Str(s) => s.to_rc(),
            ObjKind::Bytes(b) => match std::str::from_utf8(b) {
                Ok(s) => Rc::from(s),
                Err(_) => return Err(self.value_error("source code is not valid UTF-8")),
            },
            _ => {
                return Err(self.type_error("compile() arg 1 must be a string, bytes or AST object"))
            }
        };
        let filename: Rc<str> = match self.obj(filename) {
            ObjKind::Str(s) => s.to_rc(),
            ObjKind::Bytes(b) => Rc::from(String::from_utf8_lossy(b).as_ref()),
            _ => {
                let t = self.type_name(filename);
                return Err(self.type_error(format!(
                    "expected str, bytes or os.PathLike object, not {t}"
                )));
            }
        };
        let mode: &'static str = match self.obj(mode) {
            ObjKind::Str(s) if &**s == "exec" => "exec",
            ObjKind::Str(s) if &**s == "eval" => "eval",
            ObjKind::Str(s) if &**s == "single" => "single",
            ObjKind::Str(_) => {
                return Err(self.value_error("compile() mode must be 'exec', 'eval' or 'single'"))
            }
            _ => {
                let t = self.type_name(mode);
                return Err(
                    self.type_error(format!("compile() argument 'mode' must be str, not {t}"))
                );
            }
        };
        if let Some(f) = flags {
            match self.obj(f) {
                // `ast.PyCF_ONLY_AST`.
                ObjKind::Int(n) if n & 0x400 != 0 => {
                    return Err(self.err(
                        Exc::NotImplementedError,
                        "minipy's compile() makes code objects only: it has no ast module",
                    ))
                }
                ObjKind::Int(_) | ObjKind::Bool(_) => {}
                _ => {
                    let t = self.type_name(f);
                    return Err(self
                        .type_error(format!("'{t}' object cannot be interpreted as an integer")));
                }
            }
        }
        let mut module = self.parse_source(&source, &filename, mode)?;
        if let Err(e) = crate::syntax::resolve::resolve(&mut module) {
            return Err(self.compile_error(&e, &source, &filename, mode, true));
        }
        self.alloc(ObjKind::Code(Rc::new(CodeObj {
            source,
            filename,
            mode,
            function: None,
            frame_name: None,
        })))
    }

    /// Parses `source` as `compile()` mode `mode` (`"exec"`, `"eval"`: one expression, or
    /// `"single"`) would, raising its `SyntaxError` as coming from `filename`.
    pub(crate) fn parse_source(
        &mut self,
        source: &str,
        filename: &str,
        mode: &str,
    ) -> PyResult<Module> {
        let module = match crate::syntax::parser::parse_module(source) {
            Ok(m) => m,
            Err(e) => return Err(self.compile_error(&e, source, filename, mode, false)),
        };
        if mode == "single" && module.body.len() > 1 {
            let e = crate::syntax::parser::SyntaxError::new(
                "multiple statements found while compiling a single statement",
                module.body[0].line,
                module.body[0].col,
            );
            return Err(self.compile_error(&e, source, filename, mode, false));
        }
        if mode == "eval" {
            let bad = match module.body.as_slice() {
                [] => Some((1, 1)),
                [stmt, rest @ ..] => match (&stmt.kind, rest.first()) {
                    (StmtKind::Expr(_), None) => None,
                    (StmtKind::Expr(_), Some(next)) => Some((next.line, next.col)),
                    _ => Some((stmt.line, stmt.col)),
                },
            };
            if let Some((line, col)) = bad {
                let e = crate::syntax::parser::SyntaxError::new("invalid syntax", line, col);
                return Err(self.compile_error(&e, source, filename, mode, false));
            }
        }
        Ok(module)
    }

    /// The `SyntaxError` (or `IndentationError`, `TabError`) for `source` that did not compile,
    /// as CPython raises it: `args` is `(msg, (filename, lineno, offset, text, end_lineno,
    /// end_offset))` for an error of the parser, and `(msg,)` for one of scoping (CPython's
    /// symtable, whose errors carry no source text), with the attributes set either way.
    pub(crate) fn compile_error(
        &mut self,
        e: &crate::syntax::parser::SyntaxError,
        source: &str,
        filename: &str,
        mode: &str,
        scoping: bool,
    ) -> crate::runtime::exceptions::PyErr {
        match self.compile_error_value(e, source, filename, mode, scoping) {
            Ok(exc) => crate::runtime::exceptions::PyErr::new(exc),
            Err(err) => err,
        }
    }

    fn compile_error_value(
        &mut self,
        e: &crate::syntax::parser::SyntaxError,
        source: &str,
        filename: &str,
        mode: &str,
        scoping: bool,
    ) -> PyResult<Value> {
        use crate::syntax::parser::ErrorKind;
        let class = self.exc_class(match e.kind {
            ErrorKind::Syntax => Exc::SyntaxError,
            ErrorKind::Indentation => Exc::IndentationError,
            ErrorKind::Tab => Exc::TabError,
        });
        let line = usize::try_from(e.line).unwrap_or(0);
        let text = if scoping || line == 0 {
            None
        } else {
            // The line as the source has it, with its newline when it has one.
            let mut rest = source;
            for _ in 1..line {
                rest = rest.split_once('\n').map_or("", |(_, r)| r);
            }
            // CPython compiles exec and single mode source with a newline at its end.
            Some(match rest.find('\n') {
                Some(i) => rest[..=i].to_string(),
                None if mode == "eval" => rest.to_string(),
                None => format!("{rest}\n"),
            })
        };
        let msg = self.str_value(&e.msg)?;
        self.push_temp(msg);
        let file = self.str_value(filename)?;
        self.push_temp(file);
        let text = match text {
            Some(t) => self.str_value(&t)?,
            None => self.none(),
        };
        self.push_temp(text);
        let end = if e.end_col > e.col { e.end_col } else { e.col };
        let mut fields = vec![("filename", file)];
        for (name, n) in [("lineno", e.line), ("offset", e.col)] {
            let v = self.int_value(i64::from(n))?;
            self.push_temp(v);
            fields.push((name, v));
        }
        fields.push(("text", text));
        for (name, n) in [("end_lineno", e.line), ("end_offset", end)] {
            let v = self.int_value(i64::from(n))?;
            self.push_temp(v);
            fields.push((name, v));
        }
        let exc = if scoping {
            let exc = self.new_exception(class, vec![msg])?;
            if let ObjKind::Instance(inst) = self.obj_mut(exc) {
                inst.attrs.set(Rc::from("msg"), msg);
                for (name, v) in fields {
                    inst.attrs.set(Rc::from(name), v);
                }
            }
            exc
        } else {
            let details = self.alloc(ObjKind::Tuple(fields.iter().map(|f| f.1).collect()))?;
            self.new_exception(class, vec![msg, details])?
        };
        Ok(exc)
    }

    /// A namespace holding a dict's str-keyed entries, in order.
    fn env_from_dict(&mut self, d: Value) -> PyResult<Value> {
        let mut vars = Attrs::default();
        let entries: Vec<(Value, Value)> = match self.dict_ref(d) {
            Some(t) => t.iter().map(|e| (e.key, e.value)).collect(),
            None => Vec::new(),
        };
        for (k, v) in entries {
            match self.obj(k) {
                ObjKind::Str(s) => {
                    vars.set(s.to_rc(), v);
                }
                _ => {
                    return Err(self.err(
                        Exc::NotImplementedError,
                        "minipy's eval()/exec() take dicts with str keys only",
                    ))
                }
            }
        }
        self.alloc(ObjKind::Env(Env { vars }))
    }

    /// Makes dict `d` hold exactly the bindings of namespace `env`.
    fn dict_from_env(&mut self, d: Value, env: Value) -> PyResult<()> {
        let pairs: Vec<(Name, Value)> = match self.obj(env) {
            ObjKind::Env(e) => e.vars.iter().map(|(n, v)| (n.clone(), v)).collect(),
            _ => return Ok(()),
        };
        let keys: Vec<Value> = match self.dict_ref(d) {
            Some(t) => t.iter().map(|e| e.key).collect(),
            None => Vec::new(),
        };
        for k in keys {
            let gone = match self.obj(k) {
                ObjKind::Str(s) => !pairs.iter().any(|(n, _)| **n == **s),
                _ => false,
            };
            if gone {
                self.dict_remove(d, k)?;
            }
        }
        for (n, v) in pairs {
            let k = self.str_value(&n)?;
            self.dict_set(d, k, v)?;
        }
        Ok(())
    }

    /// The running frame's bound local variables (and the free variables it uses), by name, in
    /// slot order: what `locals()` shows inside a function.
    fn local_bindings(&mut self) -> Vec<(Name, Value)> {
        let frame = self.frame();
        let layout = match frame.kind {
            FrameKind::Function { func } => match self.obj(func) {
                ObjKind::Function(f) => Some(f.code.layout().clone()),
                _ => None,
            },
            _ => None,
        };
        let Some(layout) = layout else {
            return Vec::new();
        };
        let slots = self.frame().slots.clone();
        let cells: Vec<usize> = layout
            .cells
            .iter()
            .map(|c| *c as usize)
            .chain(layout.locals as usize..layout.names.len())
            .collect();
        let mut out = Vec::new();
        for (i, name) in layout.names.iter().enumerate() {
            let Some(v) = slots.get(i).copied().flatten() else {
                continue;
            };
            let v = if cells.contains(&i) {
                match self.obj(v) {
                    ObjKind::Cell(Some(c)) => *c,
                    ObjKind::Cell(None) => continue,
                    _ => v,
                }
            } else {
                v
            };
            out.push((name.clone(), v));
        }
        out
    }

    /// A namespace holding a snapshot of the running function's locals.
    fn locals_env(&mut self) -> PyResult<Value> {
        let mut vars = Attrs::default();
        for (n, v) in self.local_bindings() {
            vars.set(n, v);
        }
        self.alloc(ObjKind::Env(Env { vars }))
    }

    /// `locals()`: the module's or class body's namespace as a dict, or a function's bound
    /// locals (a snapshot, as CPython's is).
    pub(crate) fn builtin_locals(&mut self, args: &[Value]) -> PyResult<Value> {
        self.check_arity("locals", args, 0, 0)?;
        let pairs: Vec<(Name, Value)> = match self.frame().kind {
            FrameKind::Function { .. } => self.local_bindings(),
            FrameKind::Comprehension => {
                return Err(self.err(
                    Exc::NotImplementedError,
                    "minipy has no locals() inside a comprehension",
                ))
            }
            _ => match self.obj(self.frame().ns) {
                ObjKind::Env(e) => e.vars.iter().map(|(n, v)| (n.clone(), v)).collect(),
                _ => Vec::new(),
            },
        };
        let d = self.alloc(ObjKind::Dict(crate::runtime::dict::Dict::new()))?;
        for (n, v) in pairs {
            let k = self.str_value(&n)?;
            self.dict_set(d, k, v)?;
        }
        Ok(d)
    }

    /// `dir()` and `dir(obj)`, sorted.
    pub(crate) fn builtin_dir(&mut self, args: &[Value]) -> PyResult<Value> {
        self.check_arity("dir", args, 0, 1)?;
        let mut names: Vec<String> = match args.first() {
            None => {
                let d = self.builtin_locals(&[])?;
                let keys: Vec<Value> = match self.dict_ref(d) {
                    Some(t) => t.iter().map(|e| e.key).collect(),
                    None => Vec::new(),
                };
                keys.iter()
                    .filter_map(|k| match self.obj(*k) {
                        ObjKind::Str(s) => Some(s.to_string()),
                        _ => None,
                    })
                    .collect()
            }
            Some(&v) => self.dir_names(v)?,
        };
        names.sort();
        names.dedup();
        let items = names
            .iter()
            .map(|n| self.str_value(n))
            .collect::<PyResult<Vec<_>>>()?;
        self.alloc(ObjKind::List(items))
    }

    /// The attribute names `dir(v)` lists, unsorted.
    fn dir_names(&mut self, v: Value) -> PyResult<Vec<String>> {
        if let Some(f) = self.special_method(v, "__dir__") {
            let r = self.call(f, vec![v], Vec::new())?;
            let items = self.collect_iter(r)?;
            return items
                .iter()
                .map(|i| self.expect_str(*i, "__dir__() item").map(|s| s.to_string()))
                .collect();
        }
        match self.obj(v) {
            ObjKind::Module(_) => Ok(self
                .module_attrs(v)
                .map(|a| a.iter().map(|(n, _)| n.to_string()).collect())
                .unwrap_or_default()),
            ObjKind::Class(_) => self.class_dir(v),
            ObjKind::Instance(inst) => {
                let class = inst.class;
                let mut names: Vec<String> =
                    inst.attrs.iter().map(|(n, _)| n.to_string()).collect();
                if let Some(d) = inst.attrs.dict_object() {
                    let keys: Vec<Value> = match self.dict_ref(d) {
                        Some(t) => t.iter().map(|e| e.key).collect(),
                        None => Vec::new(),
                    };
                    for k in keys {
                        if let ObjKind::Str(s) = self.obj(k) {
                            names.push(s.to_string());
                        }
                    }
                }
                names.extend(self.class_dir(class)?);
                Ok(names)
            }
            _ => {
                // A builtin value: the methods minipy gives its type (CPython's lists also name
                // dunders minipy does not have).
                let tag = self.tag_of_value(v);
                let mut names: Vec<String> = crate::runtime::builtin_id::method_names(tag)
                    .into_iter()
                    .map(String::from)
                    .collect();
                names.extend(["__class__", "__doc__"].map(String::from));
                Ok(names)
            }
        }
    }

    /// `dir(class)` for a class defined in Python on `object` (a builtin base other than
    /// `object` is an error: minipy cannot list its attributes as CPython does).
    fn class_dir(&mut self, class: Value) -> PyResult<Vec<String>> {
        let mut names: Vec<String> = OBJECT_DIR.iter().map(|s| s.to_string()).collect();
        for c in self.mro(class) {
            let ObjKind::Class(k) = self.obj(c) else {
                continue;
            };
            if &*k.module == "builtins" || &*k.module == "_io" {
                if &*k.name == "object" {
                    continue;
                }
                let n = k.name.clone();
                return Err(self.err(
                    Exc::NotImplementedError,
                    format!(
                        "minipy cannot list the attributes of builtin base class '{n}' for dir()"
                    ),
                ));
            }
            names.extend(k.attrs.iter().map(|(n, _)| n.to_string()));
            names.push("__module__".into());
            names.push("__doc__".into());
            match k.attrs.get("__slots__") {
                None => names.extend(["__dict__", "__weakref__"].map(String::from)),
                Some(slots) => {
                    let slots = match self.obj(slots) {
                        ObjKind::Str(_) => vec![slots],
                        _ => self.collect_iter(slots)?,
                    };
                    for s in slots {
                        if let ObjKind::Str(s) = self.obj(s) {
                            names.push(s.to_string());
                        }
                    }
                }
            }
        }
        Ok(names)
    }
}
