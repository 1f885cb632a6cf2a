//! Class creation and instantiation as CPython's `type` does them: the metaclass of a class
//! statement (explicit `metaclass=` or the most derived of the bases' types), `type.__new__`
//! (implicit `staticmethod` for `__new__`, implicit `classmethod` for `__init_subclass__` and
//! `__class_getitem__`, then `__set_name__` on the namespace's values and the parent's
//! `__init_subclass__` with the class keywords), and `type.__call__` (`__new__`, then `__init__`
//! only when `__new__` returned an instance of the class).

use std::rc::Rc;

use crate::runtime::builtin_id::Builtin;
use crate::runtime::dict::Dict;
use crate::runtime::exceptions::PyResult;
use crate::runtime::interp::Interp;
use crate::runtime::object::{Attrs, Class, ObjKind, Payload, Value};
use crate::runtime::types::TypeTag;
use crate::syntax::ast::Name;

/// Whether instances of classes derived from builtin `tag` stand for an immutable builtin value
/// ([`Payload::Value`]).
pub fn is_value_tag(tag: TypeTag) -> bool {
    matches!(
        tag,
        TypeTag::Str | TypeTag::Tuple | TypeTag::Int | TypeTag::Float | TypeTag::Bytes
    )
}

/// What a class is made of before `type.__new__` makes it.
pub struct ClassParts {
    /// `__name__`.
    pub name: Rc<str>,
    /// `__qualname__`.
    pub qualname: Rc<str>,
    /// `__module__`.
    pub module: Rc<str>,
    /// The bases as written.
    pub bases: Vec<Value>,
    /// The namespace.
    pub attrs: Attrs,
}

impl Interp {
    /// The metaclass a class with `bases` gets: `explicit`, or the most derived of the bases'
    /// types; `TypeError` on a conflict, as CPython words it.
    pub fn class_metaclass(&mut self, explicit: Option<Value>, bases: &[Value]) -> PyResult<Value> {
        let mut winner = match explicit {
            Some(m) => m,
            None => self.type_class(TypeTag::Type),
        };
        if explicit.is_some() && !self.is_class(winner) {
            // `metaclass=` a function: CPython calls it; minipy does too (see `make_class`).
            return Ok(winner);
        }
        for b in bases {
            let t = self.type_of(*b);
            if self.is_subclass(winner, t) {
                continue;
            }
            if self.is_subclass(t, winner) {
                winner = t;
                continue;
            }
            return Err(self.type_error(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) \
                 subclass of the metaclasses of all its bases",
            ));
        }
        Ok(winner)
    }

    /// Makes a class from a class statement's parts and keywords: with `type` as metaclass
    /// directly, otherwise by calling the metaclass with `(name, bases, namespace, **kwargs)`.
    pub fn make_class(
        &mut self,
        parts: ClassParts,
        mut kwargs: Vec<(Name, Value)>,
    ) -> PyResult<Value> {
        let explicit = kwargs
            .iter()
            .position(|(k, _)| &**k == "metaclass")
            .map(|i| kwargs.remove(i).1);
        let meta = self.class_metaclass(explicit, &parts.bases)?;
        let type_class = self.type_class(TypeTag::Type);
        if meta == type_class {
            return self.type_new(type_class, parts, kwargs);
        }
        if self.is_class(meta) && self.class_lookup(meta, "__prepare__").is_some() {
            return Err(self.type_error("minipy does not support a metaclass __prepare__"));
        }
        // The namespace as a dict, with the keys a class body's namespace has in CPython.
        let ns = self.alloc(ObjKind::Dict(Dict::new()))?;
        self.push_temp(ns);
        let module = parts.module.clone();
        let qualname = parts.qualname.clone();
        let entries = [("__module__", module), ("__qualname__", qualname)]
            .into_iter()
            .map(|(k, v): (&str, Rc<str>)| (Rc::<str>::from(k), Some(v), None::<Value>))
            .chain(parts.attrs.iter().map(|(k, v)| (k.clone(), None, Some(v))));
        let entries: Vec<_> = entries.collect();
        for (k, text, v) in entries {
            let key = self.str_value(&k)?;
            self.push_temp(key);
            let v = match (text, v) {
                (Some(t), _) => self.str_value(&t)?,
                (None, Some(v)) => v,
                (None, None) => unreachable!("one of the two"),
            };
            self.push_temp(v);
            self.dict_set(ns, key, v)?;
        }
        let name = self.str_value(&parts.name)?;
        self.push_temp(name);
        let bases = self.alloc(ObjKind::Tuple(parts.bases))?;
        self.push_temp(bases);
        self.call(meta, vec![name, bases, ns], kwargs)
    }

    /// The bases of a class statement after `__mro_entries__` (`class S(Generic[T])`), and the
    /// bases as written (`__orig_bases__`) if any of them was replaced.
    pub fn resolve_mro_entries(
        &mut self,
        bases: Vec<Value>,
    ) -> PyResult<(Vec<Value>, Option<Value>)> {
        if bases.iter().all(|b| self.is_class(*b)) {
            return Ok((bases, None));
        }
        let orig = self.alloc(ObjKind::Tuple(bases.clone()))?;
        self.push_temp(orig);
        let mut out = Vec::with_capacity(bases.len());
        for b in bases {
            if self.is_class(b) {
                out.push(b);
                continue;
            }
            match self.getattr_opt(b, "__mro_entries__")? {
                Some(f) => {
                    let r = self.call(f, vec![orig], Vec::new())?;
                    self.push_temp(r);
                    match self.obj(r) {
                        ObjKind::Tuple(items) => out.extend(items.iter().copied()),
                        _ => return Err(self.type_error("__mro_entries__ must return a tuple")),
                    }
                }
                None => out.push(b),
            }
        }
        Ok((out, Some(orig)))
    }

    /// `type.__new__(mcs, name, bases, namespace, **kwargs)` with the arguments unpacked.
    pub fn type_new(
        &mut self,
        mcs: Value,
        parts: ClassParts,
        kwargs: Vec<(Name, Value)>,
    ) -> PyResult<Value> {
        let ClassParts {
            name,
            qualname,
            module,
            bases,
            mut attrs,
        } = parts;
        let crate::runtime::mro::Bases {
            base,
            extra: extra_bases,
            mro,
            tag,
        } = self.class_bases(&bases)?;
        for hook in [
            "__getattr__",
            "__setattr__",
            "__delattr__",
            "__get__",
            "__set__",
            "__delete__",
        ] {
            if attrs.get(hook).is_some() {
                self.note_class_attr(hook);
            }
        }
        if attrs.get("__eq__").is_some() && attrs.get("__hash__").is_none() {
            attrs.set(Rc::from("__hash__"), self.none());
        }
        for (key, wrap_static) in [
            ("__new__", true),
            ("__init_subclass__", false),
            ("__class_getitem__", false),
        ] {
            if let Some(f) = attrs.get(key) {
                if matches!(self.obj(f), ObjKind::Function(_)) {
                    let w = if wrap_static {
                        ObjKind::StaticMethod(f)
                    } else {
                        ObjKind::ClassMethod(f)
                    };
                    let w = self.alloc(w)?;
                    attrs.set(Rc::from(key), w);
                }
            }
        }
        let values: Vec<(Name, Value)> = attrs.iter().map(|(k, v)| (k.clone(), v)).collect();
        self.roots.temps.extend(values.iter().map(|(_, v)| *v));
        let metaclass = (mcs != self.type_class(TypeTag::Type)).then_some(mcs);
        let class = self.alloc(ObjKind::Class(Box::new(Class {
            name,
            qualname,
            module,
            base: Some(base),
            extra_bases,
            mro,
            attrs,
            builtin: tag,
            shapes: None,
            metaclass,
        })))?;
        self.push_temp(class);
        for (_, m) in &values {
            let f = match self.obj(*m) {
                ObjKind::StaticMethod(f) | ObjKind::ClassMethod(f) => *f,
                ObjKind::Property(Some(f), ..) => *f,
                _ => *m,
            };
            if let ObjKind::Function(func) = self.obj_mut(f) {
                if func.owner.is_none() {
                    func.owner = Some(class);
                }
            }
        }
        for (k, v) in &values {
            if !matches!(self.obj(*v), ObjKind::Instance(_)) {
                continue;
            }
            let t = self.type_of(*v);
            if let Some(f) = self.class_lookup(t, "__set_name__") {
                let key = self.str_value(k)?;
                self.push_temp(key);
                self.call(f, vec![*v, class, key], Vec::new())?;
            }
        }
        self.init_subclass(class, kwargs)?;
        Ok(class)
    }

    /// Runs the parent's `__init_subclass__` for a new `class`.
    fn init_subclass(&mut self, class: Value, kwargs: Vec<(Name, Value)>) -> PyResult<()> {
        match self.class_lookup_after(class, class, "__init_subclass__") {
            Some(v) => {
                let f = match self.obj(v) {
                    ObjKind::ClassMethod(f) => *f,
                    _ => v,
                };
                let f = if matches!(self.obj(v), ObjKind::StaticMethod(_)) {
                    self.call(v, vec![], Vec::new())?
                } else {
                    f
                };
                self.call(f, vec![class], kwargs)?;
            }
            None => self.object_init_subclass(class, &kwargs)?,
        }
        Ok(())
    }

    fn object_init_subclass(&mut self, class: Value, kwargs: &[(Name, Value)]) -> PyResult<()> {
        if !kwargs.is_empty() {
            let name = self.class_name(class);
            return Err(self.type_error(format!(
                "{name}.__init_subclass__() takes no keyword arguments"
            )));
        }
        Ok(())
    }

    /// `type.__new__`, `type.__init__`, `type.__call__`, `object.__new__` and
    /// `object.__init_subclass__`, called with `recv` as their first argument.
    pub fn class_builtin(
        &mut self,
        id: Builtin,
        recv: Value,
        args: Vec<Value>,
        kwargs: Vec<(Name, Value)>,
    ) -> PyResult<Value> {
        match id {
            Builtin::ObjectInitSubclass => {
                self.object_init_subclass(recv, &kwargs)?;
                Ok(self.none())
            }
            Builtin::TypeInit => Ok(self.none()),
            Builtin::TypeCall => {
                if !self.is_class(recv) {
                    return Err(self.type_error("descriptor '__call__' requires a 'type' object"));
                }
                self.type_call(recv, args, kwargs)
            }
            Builtin::ObjectNew => {
                if !self.is_class(recv) {
                    let t = self.type_name(recv);
                    return Err(
                        self.type_error(format!("object.__new__(X): X is not a type object ({t})"))
                    );
                }
                self.object_new(recv, &args)
            }
            _ => {
                // `type.__new__(mcs, name, bases, namespace, **kwargs)`.
                if args.len() != 3 {
                    return Err(self.type_error("type.__new__() takes exactly 3 arguments"));
                }
                let parts = self.parts_from_dict(&args)?;
                self.type_new(recv, parts, kwargs)
            }
        }
    }

    /// The parts of `type(name, bases, namespace)`'s arguments.
    pub fn parts_from_dict(&mut self, args: &[Value]) -> PyResult<ClassParts> {
        let ObjKind::Str(name) = self.obj(args[0]) else {
            return Err(self.type_error("type.__new__() argument 1 must be str"));
        };
        let name = name.to_rc();
        let bases = match self.obj(args[1]) {
            ObjKind::Tuple(b) => b.clone(),
            _ => return Err(self.type_error("type.__new__() argument 2 must be tuple")),
        };
        let Some(ns) = self.dict_ref(args[2]).map(|d| d.iter().collect::<Vec<_>>()) else {
            return Err(self.type_error("type.__new__() argument 3 must be dict"));
        };
        let globals = self.frame().globals;
        let mut module = self.module_name_of(globals);
        let mut qualname = name.clone();
        let mut attrs = Attrs::default();
        for e in ns {
            let ObjKind::Str(k) = self.obj(e.key) else {
                return Err(self.type_error("type() namespace keys must be strings"));
            };
            let k = k.to_rc();
            match (&*k, self.obj(e.value)) {
                ("__qualname__", ObjKind::Str(q)) => {
                    qualname = q.to_rc();
                    continue;
                }
                ("__module__", ObjKind::Str(m)) => {
                    module = m.to_rc();
                    continue;
                }
                _ => {}
            }
            self.note_class_attr(&k);
            attrs.set(k, e.value);
        }
        Ok(ClassParts {
            name,
            qualname,
            module,
            bases,
            attrs,
        })
    }

    /// `object.__new__(cls, ...)`: a bare instance of `cls`.
    pub fn object_new(&mut self, class: Value, args: &[Value]) -> PyResult<Value> {
        let tag = self.class_tag(class);
        if is_value_tag(tag) {
            return self.value_instance(class, args.to_vec(), Vec::new());
        }
        let payload = match tag {
            TypeTag::List => Payload::List(Vec::new()),
            TypeTag::Dict => Payload::Dict(Dict::new()),
            TypeTag::Object | TypeTag::BaseException => Payload::None,
            _ => {
                let name = self.class_name(class);
                return Err(self.type_error(format!(
                    "cannot create '{name}' instances: subclassing this builtin is not supported"
                )));
            }
        };
        let has_del = self.class_lookup(class, "__del__").is_some();
        if has_del {
            self.note_watched();
        }
        let mut inst = self.new_instance(class, payload, has_del)?;
        if tag == TypeTag::BaseException {
            let args_tuple = self.alloc(ObjKind::Tuple(args.to_vec()))?;
            inst.attrs.set(Rc::from("args"), args_tuple);
        }
        let inst = self.alloc(ObjKind::Instance(inst))?;
        // CPython's `OSError.__new__` reads the arguments unless a class overrides `__init__`
        // (whose `super().__init__` then does).
        let own_init = self
            .class_lookup(class, "__init__")
            .is_some_and(|f| !matches!(self.obj(f), ObjKind::Builtin(..)));
        if tag == TypeTag::BaseException && !own_init && self.is_os_error(inst) {
            self.push_temp(inst);
            self.os_error_init(inst, args)?;
        }
        Ok(inst)
    }

    /// `tuple.__new__(cls, ...)` (and `str`, `int`, `float`, `bytes`) for a subclass `cls`: the
    /// builtin constructor's value, wrapped in a new instance of `cls`.
    pub fn value_instance(
        &mut self,
        class: Value,
        args: Vec<Value>,
        kwargs: Vec<(Name, Value)>,
    ) -> PyResult<Value> {
        let tag = self.class_tag(class);
        let base = self.type_class(tag);
        let inner = self.construct_builtin(tag, base, args, kwargs)?;
        self.push_temp(inner);
        let has_del = self.class_lookup(class, "__del__").is_some();
        if has_del {
            self.note_watched();
        }
        let inst = self.new_instance(class, Payload::Value(inner), has_del)?;
        self.alloc(ObjKind::Instance(inst))
    }

    /// The builtin value a `class C(tuple)`-style instance stands for; `None` for anything else.
    #[inline]
    pub fn base_value(&self, v: Value) -> Option<Value> {
        match self.obj(v) {
            ObjKind::Instance(i) => match i.payload() {
                Payload::Value(x) => Some(*x),
                _ => None,
            },
            _ => None,
        }
    }

    /// `v`, or the builtin value it stands for (see [`Interp::base_value`]).
    #[inline]
    pub fn unwrap_value(&self, v: Value) -> Value {
        self.base_value(v).unwrap_or(v)
    }

    /// `type.__call__(cls, *args, **kwargs)` for a class with a user `__new__` or a user
    /// metaclass: `__new__`, then `__init__` if the result is an instance of `cls`.
    pub fn type_call(
        &mut self,
        class: Value,
        args: Vec<Value>,
        kwargs: Vec<(Name, Value)>,
    ) -> PyResult<Value> {
        let tag = self.class_tag(class);
        let new = self.class_lookup(class, "__new__");
        let Some(new) = new else {
            if tag == TypeTag::Type && class != self.type_class(TypeTag::Type) {
                // A metaclass without its own `__new__`: `type.__new__`.
                if args.len() != 3 {
                    return Err(self.type_error("type.__new__() takes exactly 3 arguments"));
                }
                let parts = self.parts_from_dict(&args)?;
                let cls = self.type_new(class, parts, kwargs.clone())?;
                self.push_temp(cls);
                return self.run_init(class, cls, args, kwargs, true);
            }
            return self.instantiate_plain(class, args, kwargs);
        };
        let new = match self.obj(new) {
            ObjKind::StaticMethod(f) => *f,
            _ => new,
        };
        let mut all = Vec::with_capacity(args.len() + 1);
        all.push(class);
        all.extend(args.iter().copied());
        let inst = self.call(new, all, kwargs.clone())?;
        self.push_temp(inst);
        let t = self.type_of(inst);
        if !self.is_subclass(t, class) {
            return Ok(inst);
        }
        self.run_init(class, inst, args, kwargs, true)
    }

    /// Calls `class`'s `__init__` on `inst`, if it has one of its own (not `object`'s).
    fn run_init(
        &mut self,
        class: Value,
        inst: Value,
        args: Vec<Value>,
        kwargs: Vec<(Name, Value)>,
        _after_new: bool,
    ) -> PyResult<Value> {
        if let Some(init) = self.class_lookup(class, "__init__") {
            let mut all = Vec::with_capacity(args.len() + 1);
            all.push(inst);
            all.extend(args);
            let r = self.call(init, all, kwargs)?;
            if !matches!(self.obj(r), ObjKind::None) {
                let t = self.type_name(r);
                return Err(self.type_error(format!("__init__() should return None, not '{t}'")));
            }
        } else {
            let tag = self.class_tag(class);
            if matches!(tag, TypeTag::List | TypeTag::Dict) {
                let init = if tag == TypeTag::List {
                    Builtin::ListInit
                } else {
                    Builtin::DictInit
                };
                self.call_builtin(init, Some(inst), args, kwargs)?;
            }
        }
        Ok(inst)
    }
}
