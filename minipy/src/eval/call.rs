//! Calls: binding arguments to parameters, running a function in a new frame, instantiating
//! classes (with `__init__`, and the storage of builtin bases), and calling the other callables.

use std::rc::Rc;

use crate::runtime::dict::Dict;
use crate::runtime::exceptions::{Exc, PyResult};
use crate::runtime::interp::{Frame, FrameKind, Interp};
use crate::runtime::object::{Code, ObjKind, Value};
use crate::runtime::types::TypeTag;
use crate::syntax::ast::{Layout, Name, Params};

use super::Flow;

impl Interp {
    /// `f(*args, **kwargs)`. The arguments must be rooted by the caller (evaluated arguments are).
    pub fn call(
        &mut self,
        f: Value,
        args: Vec<Value>,
        kwargs: Vec<(Name, Value)>,
    ) -> PyResult<Value> {
        match self.obj(f) {
            ObjKind::Function(func) => {
                // What the frame needs, read while the function is at hand (one lookup).
                let (code, globals) = (func.code.clone(), func.globals);
                self.call_function(f, code, globals, args, kwargs)
            }
            ObjKind::Method(func, recv) => {
                let (func, recv) = (*func, *recv);
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(recv);
                all.extend(args);
                self.call(func, all, kwargs)
            }
            ObjKind::Builtin(id, recv) => {
                let (id, recv) = (*id, *recv);
                if recv.is_none() && !self.roots.side.unbound_methods.is_empty() {
                    self.check_unbound_self(f, id, &args)?;
                }
                self.call_builtin(id, recv, args, kwargs)
            }
            ObjKind::Class(_) => self.instantiate(f, args, kwargs),
            ObjKind::StaticMethod(inner) => {
                let inner = *inner;
                self.call(inner, args, kwargs)
            }
            ObjKind::WeakRef(_) | ObjKind::Proxy(_) | ObjKind::Finalize(_) => {
                self.call_weak(f, args, kwargs)
            }
            ObjKind::Instance(_) => match self.special_method(f, "__call__") {
                Some(m) => {
                    let mut all = vec![f];
                    all.extend(args);
                    self.call(m, all, kwargs)
                }
                None => Err(self.not_callable(f)),
            },
            _ => Err(self.not_callable(f)),
        }
    }

    fn not_callable(&mut self, f: Value) -> crate::runtime::exceptions::PyErr {
        let t = self.type_name(f);
        self.type_error(format!("'{t}' object is not callable"))
    }

    /// Runs a `def` or `lambda` function in a new frame: its arguments bound to the parameter
    /// slots, its closure's cells to the free-variable slots, and cells made for captured locals.
    #[inline(never)]
    pub(crate) fn call_function(
        &mut self,
        f: Value,
        code: Code,
        globals: Value,
        args: Vec<Value>,
        kwargs: Vec<(Name, Value)>,
    ) -> PyResult<Value> {
        // Borrowed from `code`, which this call holds: the function's code is never replaced.
        let layout: &Layout = code.layout();
        let mut slots = self.bind_args(f, code.params(), layout, args, kwargs)?;
        // The closure's cells, if the code has free variables.
        if slots.len() > layout.locals as usize {
            if let ObjKind::Function(func) = self.obj(f) {
                let free = slots[layout.locals as usize..].iter_mut();
                for (slot, cell) in free.zip(&func.closure) {
                    *slot = Some(*cell);
                }
            }
        }
        // A `def`'s body starts with a statement, whose safepoint comes right after the frame
        // is pushed, with nothing run in between: only a lambda or a new generator needs one here.
        if layout.generator || matches!(code, Code::Lambda(_)) {
            self.safepoint();
        }
        // Frames are named by the code, not by `__name__`, which `functools.wraps` rewrites.
        let line = code.line();
        let frame = |slots| Frame {
            slots,
            ns: globals,
            globals,
            kind: FrameKind::Function { func: f },
            names: None,
            line,
            record: None,
        };
        if layout.generator {
            let frame = frame(slots);
            let body = crate::runtime::generator::Body::Code(code);
            return self.new_generator(body, frame, None);
        }
        self.enter()?;
        // Made only here, not held across the generator test and the recursion check.
        self.roots.frames.push(frame(slots));
        let cells = match layout.cells.is_empty() {
            true => Ok(()),
            false => self.make_cells(layout),
        };
        let result = match cells {
            Err(e) => Err(e),
            Ok(()) => match &code {
                Code::Def(def) => match self.exec_block(&def.body) {
                    Ok(Flow::Return(v)) => Ok(v),
                    Ok(_) => Ok(self.none()),
                    Err(e) => Err(e),
                },
                Code::Lambda(l) => self.eval(&l.body),
            },
        };
        if let Err(e) = &result {
            self.traceback_here(e.exc, false, e.marker.as_deref());
        }
        match result {
            Ok(v) => {
                let slots = self.pop_frame_slots();
                self.leave();
                self.recycle_slots(slots);
                Ok(v)
            }
            Err(mut e) => {
                let frame = self.pop_frame().expect("pushed above");
                self.leave();
                let entry = self.tb_entry(&frame, &mut e);
                e.traceback.push(entry);
                Err(e)
            }
        }
    }

    /// `f`'s `__qualname__`, for messages.
    fn qualname_of(&self, f: Value) -> Rc<str> {
        match self.obj(f) {
            ObjKind::Function(func) => func.qualname.clone(),
            _ => Rc::from("?"),
        }
    }

    /// Binds call arguments to the parameter slots of a frame laid out by `layout` (parameters
    /// first: positional, keyword-only, `*args`, `**kwargs`), in the order of CPython's
    /// `initialize_locals` and with its error messages. The other slots are empty.
    #[inline]
    fn bind_args(
        &mut self,
        f: Value,
        params: &Params,
        layout: &Layout,
        args: Vec<Value>,
        kwargs: Vec<(Name, Value)>,
    ) -> PyResult<Vec<Option<Value>>> {
        let npos = params.positional.len();
        let nkw = params.kwonly.len();
        let nparams =
            npos + nkw + params.vararg.is_some() as usize + params.kwarg.is_some() as usize;
        if (layout.locals as usize) < nparams || layout.locals as usize > layout.names.len() {
            let name = self.qualname_of(f);
            return Err(self.err(
                Exc::SystemError,
                format!("minipy: {name}() has no resolved frame layout"),
            ));
        }
        // The common call: exactly the positional parameters, nothing else to place or check.
        // The argument vector becomes the frame's slots in place (`Option<Value>` has
        // `Value`'s size).
        if args.len() == npos && kwargs.is_empty() && nparams == npos {
            let mut slots: Vec<Option<Value>> = args.into_iter().map(Some).collect();
            slots.resize(layout.names.len(), None);
            return Ok(slots);
        }
        self.bind_args_general(f, params, layout, args, kwargs)
    }

    /// [`bind_args`](Self::bind_args) past the common call: defaults, keywords, `*args`,
    /// `**kwargs`, and the errors.
    #[inline(never)]
    fn bind_args_general(
        &mut self,
        f: Value,
        params: &Params,
        layout: &Layout,
        args: Vec<Value>,
        kwargs: Vec<(Name, Value)>,
    ) -> PyResult<Vec<Option<Value>>> {
        let npos = params.positional.len();
        let nkw = params.kwonly.len();
        let defaults = match self.obj(f) {
            ObjKind::Function(func) => func.defaults.clone(),
            _ => Vec::new(),
        };
        let ndefaults = params.positional_defaults();
        let mut slots = vec![None; layout.names.len()];
        let mut extra = Vec::new();
        let given = args.len();
        for (i, a) in args.into_iter().enumerate() {
            if i < npos {
                slots[i] = Some(a);
            } else {
                extra.push(a);
            }
        }
        let mut extra_kw = Vec::new();
        // CPython reports these when it meets the first keyword it cannot place, whichever it is.
        let posonly_as_keyword: Vec<&str> = kwargs
            .iter()
            .filter(|(k, _)| {
                params.positional[..params.posonly]
                    .iter()
                    .any(|p| p.name == *k)
            })
            .map(|(k, _)| &**k)
            .collect();
        let posonly_error = if posonly_as_keyword.is_empty() {
            None
        } else {
            let fname = self.qualname_of(f);
            Some(format!(
                "{fname}() got some positional-only arguments passed as keyword arguments: '{}'",
                posonly_as_keyword.join(", ")
            ))
        };
        for (k, v) in kwargs.iter().cloned() {
            let found = params.positional[params.posonly..]
                .iter()
                .position(|p| p.name == k)
                .map(|i| i + params.posonly)
                .or_else(|| {
                    let i = params.kwonly.iter().position(|p| p.name == k)?;
                    Some(npos + i)
                });
            if let Some(i) = found {
                if slots[i].is_some() {
                    let fname = self.qualname_of(f);
                    return Err(self
                        .type_error(format!("{fname}() got multiple values for argument '{k}'")));
                }
                slots[i] = Some(v);
            } else if params.kwarg.is_some() {
                extra_kw.push((k, v));
            } else if let Some(msg) = posonly_error {
                return Err(self.type_error(msg));
            } else {
                let fname = self.qualname_of(f);
                return Err(self.type_error(format!(
                    "{fname}() got an unexpected keyword argument '{k}'"
                )));
            }
        }
        if !extra.is_empty() && params.vararg.is_none() {
            let fname = self.qualname_of(f);
            let takes = if ndefaults == 0 {
                format!("{npos}")
            } else {
                format!("from {} to {npos}", npos - ndefaults)
            };
            let plural = if npos == 1 && ndefaults == 0 { "" } else { "s" };
            let kwonly_given = slots[npos..npos + nkw]
                .iter()
                .filter(|s| s.is_some())
                .count();
            let kwonly_sig = if kwonly_given == 0 {
                String::new()
            } else {
                format!(
                    " positional argument{} (and {kwonly_given} keyword-only argument{})",
                    if given == 1 { "" } else { "s" },
                    if kwonly_given == 1 { "" } else { "s" }
                )
            };
            let was = if given == 1 && kwonly_given == 0 {
                "was"
            } else {
                "were"
            };
            return Err(self.type_error(format!(
                "{fname}() takes {takes} positional argument{plural} but {given}{kwonly_sig} {was} given"
            )));
        }
        let first_default = npos - ndefaults;
        let mut missing = Vec::new();
        for (i, p) in params.positional.iter().enumerate() {
            if slots[i].is_none() {
                if i >= first_default {
                    slots[i] = defaults.get(i - first_default).copied();
                } else {
                    missing.push(p.name.clone());
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.missing_arguments(f, &missing, "positional"));
        }
        let mut kw_defaults = defaults.iter().skip(ndefaults);
        for (i, p) in params.kwonly.iter().enumerate() {
            let default = match p.default {
                Some(_) => kw_defaults.next().copied(),
                None => None,
            };
            if slots[npos + i].is_none() {
                match default {
                    Some(d) => slots[npos + i] = Some(d),
                    None => missing.push(p.name.clone()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.missing_arguments(f, &missing, "keyword-only"));
        }
        let mut next = npos + nkw;
        if params.vararg.is_some() {
            slots[next] = Some(self.alloc(ObjKind::Tuple(extra))?);
            next += 1;
        }
        if params.kwarg.is_some() {
            let d = self.alloc(ObjKind::Dict(Dict::new()))?;
            for (k, v) in extra_kw {
                let key = self.str_value(&k)?;
                self.dict_set(d, key, v)?;
            }
            slots[next] = Some(d);
        }
        Ok(slots)
    }

    /// CPython's `missing_arguments`: "f() missing 2 required keyword-only arguments: 'a' and
    /// 'b'" (three or more: "'a', 'b', and 'c'").
    fn missing_arguments(
        &mut self,
        f: Value,
        missing: &[Name],
        kind: &str,
    ) -> crate::runtime::exceptions::PyErr {
        let fname = self.qualname_of(f);
        let quoted: Vec<String> = missing.iter().map(|n| format!("'{n}'")).collect();
        let list = match quoted.len() {
            1 => quoted[0].clone(),
            2 => format!("{} and {}", quoted[0], quoted[1]),
            n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
        };
        let s = if missing.len() == 1 { "" } else { "s" };
        self.type_error(format!(
            "{fname}() missing {} required {kind} argument{s}: {list}",
            missing.len()
        ))
    }

    /// `Class(*args, **kwargs)`: the metaclass's `__call__` if it has its own, else
    /// `type.__call__` (`Interp::type_call` when the class has a `__new__` of its own).
    fn instantiate(
        &mut self,
        class: Value,
        args: Vec<Value>,
        kwargs: Vec<(Name, Value)>,
    ) -> PyResult<Value> {
        let (meta, tag) = match self.obj(class) {
            ObjKind::Class(c) => (c.metaclass, c.builtin),
            _ => (None, TypeTag::Object),
        };
        // A builtin type itself (`str(i)`, `list(x)`): its constructor, as `instantiate_plain`
        // would reach it. No builtin type but `type` has a metaclass or a `__new__` found by
        // `class_lookup`, and none can be given one (they refuse attribute stores), so the
        // lookups below would find nothing (a test checks every type).
        if tag != TypeTag::Type && tag != TypeTag::BaseException && class == self.type_class(tag) {
            return self.construct_builtin(tag, class, args, kwargs);
        }
        // `OSError(2, 'x')` is a `FileNotFoundError`, as CPython's `OSError.__new__` makes it.
        let class = self.os_error_class(class, &args);
        let (meta, tag) = match self.obj(class) {
            ObjKind::Class(c) => (c.metaclass, c.builtin),
            _ => (meta, tag),
        };
        if let Some(meta) = meta {
            if let Some(call) = self.class_lookup(meta, "__call__") {
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(class);
                all.extend(args);
                return self.call(call, all, kwargs);
            }
            return self.type_call(class, args, kwargs);
        }
        if tag == TypeTag::Type || self.class_lookup(class, "__new__").is_some() {
            return self.type_call(class, args, kwargs);
        }
        self.instantiate_plain(class, args, kwargs)
    }

    /// `Class(*args, **kwargs)` for a class without a `__new__` of its own: a builtin class's
    /// constructor, or a new instance and its `__init__`.
    pub fn instantiate_plain(
        &mut self,
        class: Value,
        args: Vec<Value>,
        kwargs: Vec<(Name, Value)>,
    ) -> PyResult<Value> {
        let tag = self.class_tag(class);
        if class == self.type_class(tag) && tag != TypeTag::BaseException {
            return self.construct_builtin(tag, class, args, kwargs);
        }
        if tag == TypeTag::Iterator {
            // `zip(...)`, `map(...)`: the adapter types make their iterators.
            use crate::runtime::builtin_id::Builtin as B;
            let name = self.class_name(class);
            let id = match &*name {
                "zip" => Some(B::Zip),
                "map" => Some(B::Map),
                "filter" => Some(B::Filter),
                "enumerate" => Some(B::Enumerate),
                "reversed" => Some(B::Reversed),
                _ => None,
            };
            if let Some(id) = id.filter(|_| self.roots.side.types.contains(&class)) {
                return self.call_builtin(id, None, args, kwargs);
            }
            return Err(self.type_error(format!("cannot create '{name}' instances")));
        }
        if crate::eval::class::is_value_tag(tag) {
            let init = self.class_lookup(class, "__init__");
            let inst = self.value_instance(class, args.clone(), kwargs.clone())?;
            if let Some(init) = init {
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(inst);
                all.extend(args);
                let r = self.call(init, all, kwargs)?;
                if !matches!(self.obj(r), ObjKind::None) {
                    let t = self.type_name(r);
                    return Err(
                        self.type_error(format!("__init__() should return None, not '{t}'"))
                    );
                }
            }
            return Ok(inst);
        }
        // A bare instance as `object.__new__` makes it (the builtin payload, an exception's args).
        let inst = self.object_new(class, &args)?;
        match self.class_lookup(class, "__init__") {
            Some(init) => {
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(inst);
                all.extend(args);
                let r = self.call(init, all, kwargs)?;
                if !matches!(self.obj(r), ObjKind::None) {
                    let t = self.type_name(r);
                    return Err(
                        self.type_error(format!("__init__() should return None, not '{t}'"))
                    );
                }
            }
            None => match tag {
                TypeTag::List | TypeTag::Dict => {
                    let init = if tag == TypeTag::List {
                        crate::runtime::builtin_id::Builtin::ListInit
                    } else {
                        crate::runtime::builtin_id::Builtin::DictInit
                    };
                    self.call_builtin(init, Some(inst), args, kwargs)?;
                }
                TypeTag::Object if !args.is_empty() || !kwargs.is_empty() => {
                    let name = self.class_name(class);
                    return Err(self.type_error(format!("{name}() takes no arguments")));
                }
                _ => {}
            },
        }
        Ok(inst)
    }
}

#[cfg(test)]
mod tests {
    use crate::runtime::object::ObjKind;
    use crate::runtime::types::{TypeTag, BUILTIN_TYPES};
    use crate::{run_captured, Interp, Options, Output};

    #[test]
    fn no_builtin_type_but_type_has_a_metaclass_or_a_new_of_its_own() {
        // What lets `instantiate` call a builtin type's constructor without looking.
        let interp = Interp::new(Options::default(), Output::capture());
        for (tag, name, _) in BUILTIN_TYPES {
            if matches!(tag, TypeTag::Type | TypeTag::BaseException) {
                continue;
            }
            let class = interp.type_class(*tag);
            let ObjKind::Class(c) = interp.obj(class) else {
                panic!("{name} is not a class");
            };
            assert!(c.metaclass.is_none(), "{name} has a metaclass");
            assert!(
                interp.class_lookup(class, "__new__").is_none(),
                "{name} has __new__"
            );
        }
    }

    fn run(src: &str) -> String {
        run_captured(src, &Options::default()).1
    }

    #[test]
    fn defaults_keywords_and_varargs_bind() {
        let src = "def f(a, b=2, *rest, **kw):\n    return [a, b, rest, kw]\nprint(f(1), f(1, 3, 4, x=5), f(b=7, a=0))\n";
        assert_eq!(
            run(src),
            "[1, 2, (), {}] [1, 3, (4,), {'x': 5}] [0, 7, (), {}]\n"
        );
    }

    #[test]
    fn binding_errors_use_cpython_wording() {
        let src = "def f(a, b):\n    pass\nfor call in [lambda: f(1), lambda: f(1, 2, 3), lambda: f(1, c=2)]:\n    try:\n        call()\n    except TypeError as e:\n        print(e)\n";
        assert_eq!(
            run(src),
            "f() missing 1 required positional argument: 'b'\n\
             f() takes 2 positional arguments but 3 were given\n\
             f() got an unexpected keyword argument 'c'\n"
        );
    }

    #[test]
    fn closures_see_enclosing_locals_and_nonlocal_rebinds_them() {
        let src = "def counter():\n    n = 0\n    def bump():\n        nonlocal n\n        n += 1\n        return n\n    return bump\nb = counter()\nb()\nprint(b(), (lambda x: lambda: x * 2)(21)())\n";
        assert_eq!(run(src), "2 42\n");
    }

    #[test]
    fn classes_bind_methods_and_super_reaches_the_base() {
        let src = "class A:\n    def __init__(self, n):\n        self.n = n\n    def who(self):\n        return 'A' + str(self.n)\nclass B(A):\n    def __init__(self, n):\n        super().__init__(n + 1)\n    def who(self):\n        return 'B' + super().who()\nprint(B(1).who(), isinstance(B(0), A))\n";
        assert_eq!(run(src), "BA2 True\n");
    }

    #[test]
    fn zero_argument_super_finds_self_in_its_cell() {
        let src = "class A:\n    def who(self):\n        return 'A'\nclass B(A):\n    def who(self):\n        get = lambda: self\n        return 'B' + super().who() + str(get() is self)\nprint(B().who())\n";
        assert_eq!(run(src), "BATrue\n");
    }

    #[test]
    fn deep_recursion_raises_recursion_error() {
        let src = "def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError as e:\n    print('RecursionError:', e)\n";
        assert_eq!(
            run(src),
            "RecursionError: maximum recursion depth exceeded\n"
        );
    }
}
