//! Attribute access: instance attributes, class attributes and method binding, builtin methods,
//! properties, `super()`, and the attributes of modules, functions and weak reference objects.
//! Proxies forward every attribute to their referent.

use std::rc::Rc;

use crate::runtime::builtin_id::{method_at, method_in_table, method_of, Builtin};
use crate::runtime::exceptions::{Exc, PyResult};
use crate::runtime::interp::Interp;
use crate::runtime::object::{Code, Instance, ObjKind, Payload, Shape, SlotLayout, Value};
use crate::runtime::types::TypeTag;
use crate::syntax::ast::{Hint, Name};

impl Interp {
    /// A new instance of `class` (not yet allocated), with no attributes. `has_del` is whether the
    /// class has a `__del__` now: the class keeps one root shape, replaced when that changes, so
    /// instances made before keep theirs.
    ///
    /// # Errors
    /// `TypeError` for a `__slots__` that is not a str or a tuple or list of strs.
    pub fn new_instance(
        &mut self,
        class: Value,
        payload: Payload,
        has_del: bool,
    ) -> PyResult<Instance> {
        let known = match self.obj(class) {
            ObjKind::Class(c) => c.shapes.clone(),
            _ => None,
        };
        let root = match known {
            Some(root) if root.has_del() == has_del => root,
            known => {
                let layout = match known {
                    Some(old) => old.layout().clone(),
                    None => Rc::new(self.slot_layout(class)?),
                };
                let root = Shape::root_with(self.class_name(class), has_del, layout);
                if let ObjKind::Class(c) = self.obj_mut(class) {
                    c.shapes = Some(root.clone());
                }
                root
            }
        };
        Ok(Instance::new(class, root, payload))
    }

    /// What the `__slots__` of `class` and its bases make of its instances (read once, at the
    /// first instantiation; CPython reads them when the class is made).
    fn slot_layout(&mut self, class: Value) -> PyResult<SlotLayout> {
        let mut layout = SlotLayout::plain();
        if self.class_tag(class) == TypeTag::BaseException {
            return Ok(layout);
        }
        let (mut has_dict, mut weakrefable, mut slots) = (false, false, Vec::new());
        for c in self.mro(class) {
            // The builtin classes (made once by `init_types`) add no slots and no dict of their
            // own; every other class, whatever module made it, is a Python class.
            if self.roots.side.types.contains(&c) || self.roots.side.exceptions.contains(&c) {
                continue;
            }
            let declared = match self.obj(c) {
                ObjKind::Class(k) => k.attrs.get("__slots__"),
                _ => continue,
            };
            let Some(declared) = declared else {
                has_dict = true;
                weakrefable = true;
                continue;
            };
            let items = match self.obj(declared) {
                ObjKind::Str(_) => vec![declared],
                ObjKind::Tuple(items) | ObjKind::List(items) => items.clone(),
                _ => {
                    let t = self.type_name(declared);
                    return Err(self.type_error(format!(
                        "minipy supports __slots__ as a str or a tuple or list of strs, not '{t}'"
                    )));
                }
            };
            let mut own: Vec<Name> = Vec::with_capacity(items.len());
            for item in items {
                let ObjKind::Str(s) = self.obj(item) else {
                    let t = self.type_name(item);
                    return Err(
                        self.type_error(format!("__slots__ items must be strings, not '{t}'"))
                    );
                };
                match &**s {
                    "__dict__" => has_dict = true,
                    "__weakref__" => weakrefable = true,
                    _ => own.push(s.to_rc()),
                }
            }
            own.sort();
            slots.extend(own);
        }
        if matches!(
            self.class_tag(class),
            TypeTag::Tuple | TypeTag::Int | TypeTag::Bytes
        ) {
            // Variable-size objects in CPython: no room for a weak reference list.
            weakrefable = false;
        }
        if !slots.is_empty() || !has_dict || !weakrefable {
            layout = SlotLayout {
                slots: slots.into_boxed_slice(),
                has_dict,
                weakrefable,
            };
        }
        Ok(layout)
    }

    /// `obj.name`.
    ///
    /// # Errors
    /// `AttributeError` if there is no such attribute; whatever a property getter raises.
    #[inline]
    pub fn getattr(&mut self, obj: Value, name: &str) -> PyResult<Value> {
        // An instance's own attribute, when no data descriptor could take precedence: what
        // `getattr_opt` finds first, without its general dispatch.
        if !self.descriptors && name != "__class__" {
            if let ObjKind::Instance(inst) = self.obj(obj) {
                if let Some(v) = inst.attrs.get(name) {
                    self.push_temp(v);
                    return Ok(v);
                }
            }
        }
        self.getattr_general(obj, name)
    }

    /// `obj.name` at a load site of the tree, whose `hint` remembers where the instance's shape
    /// had `name` (see [`InstanceAttrs::get_hinted`]). An instance's own attribute comes back
    /// unpushed: the caller roots it (as `eval_node` does); anything else is [`getattr`]'s.
    ///
    /// [`InstanceAttrs::get_hinted`]: crate::runtime::object::InstanceAttrs::get_hinted
    /// [`getattr`]: Self::getattr
    #[inline(never)]
    pub(crate) fn load_attr(&mut self, obj: Value, name: &str, hint: &Hint) -> PyResult<Value> {
        if !self.descriptors && name != "__class__" {
            if let ObjKind::Instance(inst) = self.obj(obj) {
                if let Some(v) = inst.attrs.get_hinted(name, hint) {
                    return Ok(v);
                }
            }
        }
        self.getattr_general(obj, name)
    }

    /// `obj.name` at a load site when it is an instance's own attribute where the site's `hint`
    /// says (see [`InstanceAttrs::at_hint`]): inlined into the site, so the common load costs no
    /// call. `None` sends the caller to [`load_attr`](Self::load_attr).
    ///
    /// [`InstanceAttrs::at_hint`]: crate::runtime::object::InstanceAttrs::at_hint
    #[inline(always)]
    pub(crate) fn own_attr_at_hint(&self, obj: Value, name: &str, hint: &Hint) -> Option<Value> {
        if self.descriptors || name == "__class__" {
            return None;
        }
        match self.obj(obj) {
            ObjKind::Instance(inst) => inst.attrs.at_hint(name, hint),
            _ => None,
        }
    }

    /// `obj.name = value` at a store site of the tree: [`setattr`](Self::setattr), with the
    /// site's `hint` for the common case (see `InstanceAttrs::set_plain`).
    #[inline]
    pub(crate) fn store_attr(
        &mut self,
        obj: Value,
        name: &Name,
        value: Value,
        hint: &Hint,
    ) -> PyResult<()> {
        if self.attr_hooks {
            return self.setattr_hooked(obj, name, value);
        }
        self.setattr_object(obj, name, value, hint)
    }

    /// [`getattr`](Self::getattr) through `getattr_opt`.
    #[inline(never)]
    fn getattr_general(&mut self, obj: Value, name: &str) -> PyResult<Value> {
        match self.getattr_opt(obj, name)? {
            Some(v) => {
                self.push_temp(v);
                Ok(v)
            }
            None => {
                // A proxy's missing attribute is its referent's: `'C' object has no attribute`.
                let owner = self.unproxy(obj)?;
                Err(self.attribute_error(owner, name))
            }
        }
    }

    /// The plain function `obj.name` would bind to `obj`, for a call `obj.name(...)` that can
    /// skip making the bound method (CPython's `LOAD_METHOD`): `obj` is an instance without an
    /// attribute `name` of its own and its class (through the MRO) has a Python function there.
    /// `None` for everything else (the caller takes the general path); never an error.
    ///
    /// `hint` remembers where the class's own namespace had `name` last time (see `ast::Hint`):
    /// an entry found there is what the MRO walk would find first.
    ///
    /// `name` is the tree's, so interned (the instance's shape is searched by pointer alone).
    #[inline(always)]
    pub fn method_for_call(
        &self,
        obj: Value,
        name: &Name,
        hint: &Hint,
    ) -> Option<(Value, Code, Value)> {
        let ObjKind::Instance(inst) = self.obj(obj) else {
            return None;
        };
        if inst.attrs.dict_object().is_some() || inst.attrs.has_interned(name) {
            return None;
        }
        let class = inst.class;
        let found = match self.obj(class) {
            ObjKind::Class(cls) => hint.get().and_then(|i| cls.attrs.get_at(i, name)),
            _ => None,
        };
        let f = match found {
            Some(f) => f,
            None => self.method_lookup(class, name, hint)?,
        };
        match self.obj(f) {
            ObjKind::Function(func) => Some((f, func.code.clone(), func.globals)),
            _ => None,
        }
    }

    /// What `class` (through its MRO) has at `name`, for [`method_for_call`] when its `hint`
    /// missed; remembers where the class's own namespace has it.
    ///
    /// [`method_for_call`]: Self::method_for_call
    #[inline(never)]
    fn method_lookup(&self, class: Value, name: &Name, hint: &Hint) -> Option<Value> {
        let f = self.class_lookup(class, name)?;
        if let ObjKind::Class(cls) = self.obj(class) {
            if let Some((i, _)) = cls.attrs.find(name) {
                hint.set(i);
            }
        }
        Some(f)
    }

    /// The builtin method `obj.name` would bind to `obj`, for a call `obj.name(...)` that can
    /// skip making the bound method: `obj` is a list, tuple, dict, set, str, bytes or
    /// bytearray (whose attributes are their type's methods, which no script can change) and
    /// `name` one of those methods, not a dunder. `None` for everything else (the caller takes
    /// the general path).
    ///
    /// `hint` remembers the method's index in its type's method table (see `ast::Hint`).
    #[inline]
    pub(crate) fn builtin_method_for_call(
        &self,
        obj: Value,
        name: &str,
        hint: &Hint,
    ) -> Option<Builtin> {
        let tag = match self.obj(obj) {
            ObjKind::List(_) => TypeTag::List,
            ObjKind::Tuple(_) => TypeTag::Tuple,
            ObjKind::Dict(_) => TypeTag::Dict,
            ObjKind::Set(_) => TypeTag::Set,
            ObjKind::Str(_) => TypeTag::Str,
            ObjKind::Bytes(_) => TypeTag::Bytes,
            ObjKind::ByteArray(_) => TypeTag::ByteArray,
            _ => return None,
        };
        if let Some(id) = hint.method(tag as u8).and_then(|i| method_at(tag, i, name)) {
            return Some(id);
        }
        let (i, id) = method_in_table(tag, name)?;
        hint.set_method(tag as u8, i);
        Some(id)
    }

    /// `obj.name`, or `None` if there is no such attribute (no exception object is made).
    pub fn getattr_opt(&mut self, obj: Value, name: &str) -> PyResult<Option<Value>> {
        if name == "__class__" {
            if let ObjKind::Proxy(_) = self.obj(obj) {
                let target = self.proxy_target(obj)?;
                return Ok(Some(self.type_of(target)));
            }
            return Ok(Some(self.type_of(obj)));
        }
        match self.obj(obj) {
            ObjKind::Instance(inst) => {
                // The common case, an attribute of the instance's own, reads the object once.
                let (class, own) = (inst.class, inst.attrs.get(name));
                if self.descriptors {
                    // A data descriptor of the class wins over the instance's attributes.
                    if self.descriptor_method(class, name, "__set__").is_some() {
                        if let Some((d, get)) = self.descriptor_method(class, name, "__get__") {
                            return self.call(get, vec![d, obj, class], Vec::new()).map(Some);
                        }
                    }
                }
                if let Some(v) = own {
                    // A property bound to the class after the instance got this attribute
                    // (which sets `descriptors`) takes precedence, as any data descriptor.
                    let property = self.descriptors
                        && self.properties_exist
                        && matches!(
                            self.class_lookup(class, name).map(|p| self.obj(p)),
                            Some(ObjKind::Property(..))
                        );
                    if !property {
                        return Ok(Some(v));
                    }
                }
                let ObjKind::Instance(inst) = self.obj(obj) else {
                    unreachable!("matched above")
                };
                if let Some(d) = inst.attrs.dict_object() {
                    // Data descriptors (properties) first, as for attributes kept in the shape.
                    let found = self.dict_object_get(d, name);
                    if let Some(v) = found {
                        let property = self.class_lookup(class, name);
                        if !matches!(property.map(|p| self.obj(p)), Some(ObjKind::Property(..))) {
                            return Ok(Some(v));
                        }
                    }
                }
                if name == "__dict__" && inst.attrs.layout().has_dict {
                    return self.instance_dict(obj).map(Some);
                }
                if let Some(v) = self.class_lookup(class, name) {
                    return self.bind(v, obj, class).map(Some);
                }
                let tag = self.class_tag(class);
                let found = self.builtin_attr(obj, tag, name)?;
                if found.is_none() && self.attr_hooks {
                    if let Some(f) = self.attr_hook(class, "__getattr__") {
                        let n = self.str_value(name)?;
                        return self.call(f, vec![obj, n], Vec::new()).map(Some);
                    }
                }
                Ok(found)
            }
            ObjKind::Class(c) => {
                let class_name = c.name.clone();
                let qualname = c.qualname.clone();
                let module = c.module.clone();
                let base = c.base;
                let extra_bases = c.extra_bases.clone();
                let tag = c.builtin;
                match name {
                    "__name__" => return self.str_value(&class_name).map(Some),
                    "__qualname__" => return self.str_value(&qualname).map(Some),
                    "__module__" => return self.str_value(&module).map(Some),
                    "__doc__" if &*module != "builtins" => {
                        // A class's own docstring, never a base's.
                        let doc = match self.obj(obj) {
                            ObjKind::Class(c) => c.attrs.get(name),
                            _ => None,
                        };
                        return Ok(Some(doc.unwrap_or(self.none())));
                    }
                    "__base__" => return Ok(Some(base.unwrap_or(self.none()))),
                    "__dict__"
                        if self.roots.side.types.contains(&obj)
                            || self.roots.side.exceptions.contains(&obj) =>
                    {
                        return self.builtin_type_namespace(obj).map(Some);
                    }
                    "__dict__" => return self.class_namespace(obj).map(Some),
                    "__bases__" => {
                        let bases = base.into_iter().chain(extra_bases).collect();
                        return self.alloc(ObjKind::Tuple(bases)).map(Some);
                    }
                    "__mro__" => {
                        let mro = self.mro(obj);
                        return self.alloc(ObjKind::Tuple(mro)).map(Some);
                    }
                    // A class's own annotations only (never a base's), made empty on first read,
                    // as `type.__annotations__` does for classes defined in Python.
                    "__annotations__" if &*module != "builtins" => {
                        if let ObjKind::Class(c) = self.obj(obj) {
                            if let Some(d) = c.attrs.get(name) {
                                return Ok(Some(d));
                            }
                        }
                        let d = self.alloc(ObjKind::Dict(crate::runtime::dict::Dict::new()))?;
                        if let ObjKind::Class(c) = self.obj_mut(obj) {
                            c.attrs.set(Rc::from(name), d);
                        }
                        return Ok(Some(d));
                    }
                    _ => {}
                }
                if let Some(v) = self.class_lookup(obj, name) {
                    if self.descriptors && matches!(self.obj(v), ObjKind::Instance(_)) {
                        let t = self.type_of(v);
                        if let Some(get) = self.class_lookup(t, "__get__") {
                            let none = self.none();
                            return self.call(get, vec![v, none, obj], Vec::new()).map(Some);
                        }
                    }
                    return match self.obj(v) {
                        ObjKind::StaticMethod(f) => Ok(Some(*f)),
                        ObjKind::ClassMethod(f) => {
                            let f = *f;
                            self.alloc(ObjKind::Method(f, obj)).map(Some)
                        }
                        _ => Ok(Some(v)),
                    };
                }
                if let Some(id) = method_of(tag, name) {
                    // A classmethod that makes an instance of the class it was found through.
                    if id == Builtin::IntFromBytes {
                        return self.alloc(ObjKind::Builtin(id, Some(obj))).map(Some);
                    }
                    return self.unbound_method(tag, id).map(Some);
                }
                let meta = match self.obj(obj) {
                    ObjKind::Class(c) => c.metaclass,
                    _ => None,
                };
                // Then the metaclass's attributes, bound to the class.
                match meta.and_then(|m| self.class_lookup(m, name).map(|v| (m, v))) {
                    Some((m, v)) => self.bind(v, obj, m).map(Some),
                    None => Ok(None),
                }
            }
            ObjKind::Module(m) => {
                let found = self.module_attrs(obj).and_then(|a| a.get(name));
                if found.is_none() && name == "__name__" {
                    // The `builtins` module, whose attributes are the builtins namespace.
                    let module_name = m.name.clone();
                    return self.str_value(&module_name).map(Some);
                }
                Ok(found)
            }
            ObjKind::Function(f) => {
                // What a script set on the function wins over the defaults (`__doc__`), but
                // `__name__` and `__qualname__` live in the function itself.
                if let Some(d) = f.dict {
                    if let Some(v) = self.dict_object_get(d, name) {
                        return Ok(Some(v));
                    }
                }
                if name == "__dict__" {
                    return self.function_dict(obj).map(Some);
                }
                self.builtin_attr(obj, TypeTag::Function, name)
            }
            ObjKind::Super(class, target) => {
                let (class, target) = (*class, *target);
                self.super_attr(class, target, name)
            }
            ObjKind::Proxy(_) => {
                let target = self.proxy_target(obj)?;
                self.getattr_opt(target, name)
            }
            _ => {
                let tag = self.tag_of_value(obj);
                self.builtin_attr(obj, tag, name)
            }
        }
    }

    /// The referent of a proxy, or `ReferenceError` once it died.
    pub fn proxy_target(&mut self, proxy: Value) -> PyResult<Value> {
        let target = match self.obj(proxy) {
            ObjKind::Proxy(p) => self.heap.upgrade_any(p.weak.target()),
            _ => None,
        };
        match target.and_then(|t| self.as_value(t)) {
            Some(t) => {
                self.push_temp(t);
                Ok(t)
            }
            None => Err(self.err(
                Exc::ReferenceError,
                "weakly-referenced object no longer exists",
            )),
        }
    }

    /// `v`, or its referent if `v` is a proxy.
    pub fn unproxy(&mut self, v: Value) -> PyResult<Value> {
        match self.obj(v) {
            ObjKind::Proxy(_) => self.proxy_target(v),
            _ => Ok(v),
        }
    }

    /// A class attribute `v` found for `obj`, bound as Python binds it.
    fn bind(&mut self, v: Value, obj: Value, class: Value) -> PyResult<Value> {
        match self.obj(v) {
            ObjKind::Function(_) => self.alloc(ObjKind::Method(v, obj)),
            ObjKind::StaticMethod(f) => Ok(*f),
            ObjKind::ClassMethod(f) => {
                let f = *f;
                self.alloc(ObjKind::Method(f, class))
            }
            ObjKind::Property(get, ..) => match get {
                Some(get) => {
                    let get = *get;
                    self.call(get, vec![obj], Vec::new())
                }
                None => Err(self.err(Exc::AttributeError, "property has no getter")),
            },
            ObjKind::Builtin(id, None) => {
                let id = *id;
                self.alloc(ObjKind::Builtin(id, Some(obj)))
            }
            ObjKind::Instance(i) if self.descriptors => {
                match self.class_lookup(i.class, "__get__") {
                    Some(get) => self.call(get, vec![v, obj, class], Vec::new()),
                    None => Ok(v),
                }
            }
            _ => Ok(v),
        }
    }

    /// The descriptor `class.name` (through the MRO) and its type's method `method`, if the
    /// attribute is an instance whose class defines it.
    fn descriptor_method(&self, class: Value, name: &str, method: &str) -> Option<(Value, Value)> {
        let d = self.class_lookup(class, name)?;
        let ObjKind::Instance(i) = self.obj(d) else {
            return None;
        };
        self.class_lookup(i.class, method).map(|m| (d, m))
    }

    /// `super().name` inside a method of `class`, bound to `target`.
    fn super_attr(&mut self, class: Value, target: Value, name: &str) -> PyResult<Option<Value>> {
        // A class target is `super()` in a classmethod, unless the class is an instance of
        // `class` (a metaclass's method: `super().__call__(...)`).
        let target_class = if self.is_class(target) && self.is_subclass(target, class) {
            target
        } else {
            self.type_of(target)
        };
        if let Some(v) = self.class_lookup_after(target_class, class, name) {
            return self.bind(v, target, target_class).map(Some);
        }
        let tag = self.class_tag(target_class);
        if name == "__new__" {
            // A static method: `super().__new__(cls)` passes the class itself.
            return match method_of(tag, name) {
                Some(id) => self.alloc(ObjKind::Builtin(id, None)).map(Some),
                None => Ok(None),
            };
        }
        self.builtin_attr(target, tag, name)
    }

    /// Attributes builtin types provide: methods (bound to `obj`) and a few data attributes.
    fn builtin_attr(&mut self, obj: Value, tag: TypeTag, name: &str) -> PyResult<Option<Value>> {
        // Set by `raise ... from` and implicit chaining (exceptions.rs) as instance attributes;
        // these are the values of an exception that was never chained.
        if tag == TypeTag::BaseException && matches!(name, "__cause__" | "__context__") {
            return Ok(Some(self.none()));
        }
        if tag == TypeTag::BaseException && name == "__suppress_context__" {
            return Ok(Some(self.bool_value(false)));
        }
        if tag == TypeTag::BaseException && name == "__traceback__" {
            let tb = match self.obj(obj) {
                ObjKind::Instance(i) => i.traceback(),
                _ => None,
            };
            return Ok(Some(tb.unwrap_or(self.none())));
        }
        if tag == TypeTag::BaseException
            && matches!(
                name,
                "msg"
                    | "filename"
                    | "lineno"
                    | "offset"
                    | "text"
                    | "end_lineno"
                    | "end_offset"
                    | "print_file_and_line"
            )
            && self.is_instance(obj, self.exc_class(Exc::SyntaxError))
        {
            return Ok(Some(self.syntax_error_field(obj, name)));
        }
        if tag == TypeTag::BaseException
            && crate::runtime::os_error::OS_ERROR_ATTRS.contains(&name)
            && self.is_os_error(obj)
        {
            return Ok(Some(self.none()));
        }
        if tag == TypeTag::BaseException && matches!(name, "code" | "value") {
            if let Some(v) = self.exception_arg_attr(obj, name)? {
                return Ok(Some(v));
            }
        }
        if let Some(v) = self.data_attr(obj, name)? {
            return Ok(Some(v));
        }
        match method_of(tag, name) {
            Some(id) => self.alloc(ObjKind::Builtin(id, Some(obj))).map(Some),
            None => Ok(None),
        }
    }

    /// `SystemExit.code` and `StopIteration.value` of an exception that was not given one: made
    /// from its arguments as CPython's `__init__` does (none: `None`; one: that; more: all).
    fn exception_arg_attr(&mut self, exc: Value, name: &str) -> PyResult<Option<Value>> {
        let owner = if name == "code" {
            Exc::SystemExit
        } else {
            Exc::StopIteration
        };
        let (class, owner) = (self.type_of(exc), self.exc_class(owner));
        if !self.is_subclass(class, owner) {
            return Ok(None);
        }
        let args = match self.obj(exc) {
            ObjKind::Instance(i) => i.attrs.get("args"),
            _ => None,
        };
        let items = match args.map(|a| self.obj(a)) {
            Some(ObjKind::Tuple(items)) => items.clone(),
            _ => Vec::new(),
        };
        Ok(Some(match (items.as_slice(), name) {
            ([], _) => self.none(),
            ([one], _) | ([one, ..], "value") => *one,
            _ => args.unwrap_or(self.none()),
        }))
    }

    /// Data attributes of builtin objects (`f.__name__`, `r.__callback__`, `f.alive`, ...).
    fn data_attr(&mut self, obj: Value, name: &str) -> PyResult<Option<Value>> {
        match self.obj(obj) {
            ObjKind::Generator(_) => return self.gen_attr(obj, name),
            ObjKind::Code(_) => return self.code_attr(obj, name),
            ObjKind::Frame(_) if name == "f_code" => return self.frame_code(obj).map(Some),
            ObjKind::Frame(_) if name == "f_lineno" || name == "f_back" => {
                return self.frame_position(obj, name == "f_back").map(Some)
            }
            ObjKind::Function(_) if name == "__code__" => return self.function_code(obj).map(Some),
            _ => {}
        }
        let text: Option<Rc<str>> = match (self.obj(obj), name) {
            (ObjKind::Function(f), "__name__") => Some(f.name.clone()),
            (ObjKind::Function(f), "__qualname__") => Some(f.qualname.clone()),
            (ObjKind::Function(_), "__module__") => Some(Rc::from("__main__")),
            (ObjKind::Builtin(id, _), "__name__" | "__qualname__") => Some(Rc::from(id.name())),
            (ObjKind::Module(m), "__name__") => Some(m.name.clone()),
            _ => None,
        };
        if let Some(t) = text {
            return self.str_value(&t).map(Some);
        }
        let v = match (self.obj(obj), name) {
            (ObjKind::Function(f), "__doc__") if f.doc.is_some() => f.doc.unwrap_or(self.none()),
            (ObjKind::Function(f), "__doc__") => match crate::runtime::object::docstring(&f.code) {
                Some(doc) => {
                    let doc = doc.clone();
                    self.str_value(&doc)?
                }
                None => self.none(),
            },
            (ObjKind::Method(f, _), "__doc__") => {
                let f = *f;
                return self.getattr_opt(f, name);
            }
            (ObjKind::Method(f, _), "__func__") => *f,
            (ObjKind::StaticMethod(f) | ObjKind::ClassMethod(f), "__func__" | "__wrapped__") => *f,
            (ObjKind::Method(_, s), "__self__") => *s,
            (ObjKind::Method(f, _), "__name__" | "__qualname__" | "__code__") => {
                let f = *f;
                return self.getattr_opt(f, name);
            }
            (ObjKind::Builtin(_, recv), "__self__") => recv.unwrap_or(self.none()),
            (ObjKind::Function(f), "__closure__") => {
                let cells = f.closure.to_vec();
                if cells.is_empty() {
                    self.none()
                } else {
                    self.alloc(ObjKind::Tuple(cells))?
                }
            }
            (ObjKind::Traceback { next, .. }, "tb_next") => next.unwrap_or(self.none()),
            (ObjKind::Traceback { frame, .. }, "tb_frame") => *frame,
            (ObjKind::Traceback { line, .. }, "tb_lineno") => {
                let line = *line;
                self.int_value(line.into())?
            }
            (ObjKind::Cell(contents), "cell_contents") => match contents {
                Some(v) => *v,
                None => return Err(self.value_error("Cell is empty")),
            },
            (ObjKind::Function(f), "__defaults__") => {
                // `defaults` holds the positional defaults, then the keyword-only ones.
                let n = f.code.params().positional_defaults();
                let defaults = f.defaults[..n.min(f.defaults.len())].to_vec();
                if defaults.is_empty() {
                    self.none()
                } else {
                    self.alloc(ObjKind::Tuple(defaults))?
                }
            }
            (ObjKind::Function(f), "__annotations__") => match f.annotations {
                Some(d) => d,
                None => {
                    let d = self.alloc(ObjKind::Dict(crate::runtime::dict::Dict::new()))?;
                    if let ObjKind::Function(f) = self.obj_mut(obj) {
                        f.annotations = Some(d);
                    }
                    d
                }
            },
            (ObjKind::Function(f), "__kwdefaults__") => {
                let n = f.code.params().positional_defaults();
                let names: Vec<Name> = (f.code.params().kwonly.iter())
                    .filter(|p| p.default.is_some())
                    .map(|p| p.name.clone())
                    .collect();
                let values = f.defaults.get(n..).unwrap_or_default().to_vec();
                if names.is_empty() {
                    self.none()
                } else {
                    let d = self.alloc(ObjKind::Dict(crate::runtime::dict::Dict::new()))?;
                    self.push_temp(d);
                    for (k, v) in names.iter().zip(values) {
                        let key = self.str_value(k)?;
                        self.dict_set(d, key, v)?;
                    }
                    d
                }
            }
            (ObjKind::WeakRef(_), "__callback__") => self.weakref_callback_attr(obj)?,
            (ObjKind::File(f), "closed") => self.bool_value(f.closed),
            (ObjKind::File(f), "name" | "mode") => {
                let text = if name == "name" {
                    f.name.clone()
                } else {
                    f.mode.clone()
                };
                self.str_value(&text)?
            }
            (ObjKind::WeakRef(w), "key") if w.key.is_some() => w.key.unwrap_or(self.none()),
            (ObjKind::Finalize(f), "alive") => self.bool_value(f.data().is_some()),
            (ObjKind::Finalize(f), "atexit") => self.bool_value(f.atexit()),
            (ObjKind::Slice(b), "start" | "stop" | "step") => {
                let bound = match name {
                    "start" => b.0,
                    "stop" => b.1,
                    _ => b.2,
                };
                match bound {
                    Some(i) => self.int_value(i)?,
                    None => self.none(),
                }
            }
            // The numeric tower's data attributes (`int` is also a `Rational`).
            (ObjKind::Int(_) | ObjKind::BigInt(_), "real" | "numerator") => obj,
            (ObjKind::Bool(b), "real" | "numerator") => self.int_value(i64::from(*b))?,
            (ObjKind::Int(_) | ObjKind::BigInt(_) | ObjKind::Bool(_), "imag") => {
                self.int_value(0)?
            }
            (ObjKind::Int(_) | ObjKind::BigInt(_) | ObjKind::Bool(_), "denominator") => {
                self.int_value(1)?
            }
            (ObjKind::Float(_), "real") => obj,
            (ObjKind::Float(_), "imag") => self.float_value(0.0)?,
            (ObjKind::Complex(re, im), "real" | "imag") => {
                let part = if name == "real" { *re } else { *im };
                self.float_value(part)?
            }
            (ObjKind::Property(get, ..), "fget") => get.unwrap_or(self.none()),
            (ObjKind::Property(_, _, del, _), "fdel") => del.unwrap_or(self.none()),
            (ObjKind::Property(_, _, _, doc), "__doc__") => doc.unwrap_or(self.none()),
            (ObjKind::Instance(_), "__doc__") => self.none(),
            (ObjKind::Property(_, set, ..), "fset") => set.unwrap_or(self.none()),
            (ObjKind::Instance(i), "args") if matches!(i.payload(), Payload::None) => {
                return Ok(None)
            }
            _ => return Ok(None),
        };
        Ok(Some(v))
    }

    /// `obj.__dict__` and `vars(obj)`: the instance's dict object, made on first request; from
    /// then on it holds the instance's attributes (all but slots), so writes to it are attribute
    /// writes, as in CPython. An exception instance gets a copy instead (minipy keeps `args`,
    /// `__cause__` and `__context__` in the instance itself).
    pub fn instance_dict(&mut self, obj: Value) -> PyResult<Value> {
        let (existing, exception) = match self.obj(obj) {
            ObjKind::Instance(i) => (i.attrs.dict_object(), i.class),
            _ => return self.alloc(ObjKind::Dict(crate::runtime::dict::Dict::new())),
        };
        if let Some(d) = existing {
            return Ok(d);
        }
        let exception = self.class_tag(exception) == TypeTag::BaseException;
        let d = self.alloc(ObjKind::Dict(crate::runtime::dict::Dict::new()))?;
        let pairs: Vec<(Name, Value)> = match self.obj_mut(obj) {
            ObjKind::Instance(i) if !exception => i.attrs.take_into_dict_object(d),
            // CPython keeps these in the exception object's C struct, not its dict.
            ObjKind::Instance(i) => (i.attrs.iter())
                .filter(|(n, _)| {
                    !matches!(
                        &***n,
                        "args" | "__cause__" | "__context__" | "__suppress_context__"
                    )
                })
                .map(|(n, v)| (n.clone(), v))
                .collect(),
            _ => Vec::new(),
        };
        // Only `pairs` holds the moved values until the dict does.
        self.roots.temps.extend(pairs.iter().map(|(_, v)| *v));
        for (n, v) in pairs {
            let k = self.str_value(&n)?;
            self.dict_set(d, k, v)?;
        }
        Ok(d)
    }

    /// A function's `__dict__`, made on first use.
    pub fn function_dict(&mut self, func: Value) -> PyResult<Value> {
        if let ObjKind::Function(f) = self.obj(func) {
            if let Some(d) = f.dict {
                return Ok(d);
            }
        }
        let d = self.alloc(ObjKind::Dict(crate::runtime::dict::Dict::new()))?;
        if let ObjKind::Function(f) = self.obj_mut(func) {
            f.dict = Some(d);
        }
        Ok(d)
    }

    /// `func.name = value` (`Some`) or `del func.name` (`None`) on a user-defined function.
    fn function_setattr(&mut self, func: Value, name: &Name, value: Option<Value>) -> PyResult<()> {
        if matches!(&**name, "__name__" | "__qualname__") {
            let text = match value.map(|v| self.obj(v)) {
                Some(ObjKind::Str(s)) => s.to_rc(),
                _ => return Err(self.type_error(format!("{name} must be set to a string object"))),
            };
            if let ObjKind::Function(f) = self.obj_mut(func) {
                if &**name == "__name__" {
                    f.name = text;
                } else {
                    f.qualname = text;
                }
            }
            return Ok(());
        }
        if &**name == "__code__" {
            // A call runs the `def` the function was made from; swapping it is not modelled.
            return Err(self.err(
                Exc::NotImplementedError,
                "minipy does not support assigning or deleting a function's __code__",
            ));
        }
        if &**name == "__doc__" {
            let doc = match value {
                Some(v) => v,
                None => self.none(),
            };
            if let ObjKind::Function(f) = self.obj_mut(func) {
                f.doc = Some(doc);
            }
            return Ok(());
        }
        let d = self.function_dict(func)?;
        let key = self.str_value(name)?;
        match value {
            Some(v) => self.dict_set(d, key, v),
            None => match self.dict_remove(d, key)? {
                Some(_) => Ok(()),
                None => Err(self.attribute_error(func, name)),
            },
        }
    }

    /// The value of attribute `name` in an instance's dict object `d` (str keys only, as
    /// attribute lookup in CPython).
    fn dict_object_get(&self, d: Value, name: &str) -> Option<Value> {
        let ObjKind::Dict(table) = self.obj(d) else {
            return None;
        };
        let hash = crate::eval::compare::str_hash(name);
        table.candidates(hash).into_iter().find_map(|p| {
            let e = table.entry(p)?;
            matches!(self.obj(e.key), ObjKind::Str(s) if &**s == name).then_some(e.value)
        })
    }

    /// `obj.name = value` (`Some`) or `del obj.name` (`None`) on an instance whose `__dict__`
    /// object exists and `name` is not a slot: the write goes to that dict. `Ok(None)` if this
    /// does not apply.
    fn dict_object_write(
        &mut self,
        obj: Value,
        name: &str,
        value: Option<Value>,
    ) -> PyResult<Option<()>> {
        let d = match self.obj(obj) {
            ObjKind::Instance(i) => match i.attrs.dict_object() {
                Some(d) if !i.attrs.layout().slots.iter().any(|s| &**s == name) => d,
                _ => return Ok(None),
            },
            _ => return Ok(None),
        };
        let key = self.str_value(name)?;
        match value {
            Some(v) => self.dict_set(d, key, v)?,
            None => {
                if self.dict_remove(d, key)?.is_none() {
                    return Err(self.attribute_error(obj, name));
                }
            }
        }
        Ok(Some(()))
    }

    /// A `__getattr__`, `__setattr__` or `__delattr__` defined in Python by `class` or a base.
    fn attr_hook(&self, class: Value, name: &str) -> Option<Value> {
        self.class_lookup(class, name)
            .filter(|f| matches!(self.obj(*f), ObjKind::Function(_)))
    }

    /// Notes a class namespace binding `name`: once any class defines `__getattr__`,
    /// `__setattr__` or `__delattr__`, attribute access looks for them (until then it skips the
    /// lookups).
    pub fn note_class_attr(&mut self, name: &str) {
        if matches!(name, "__getattr__" | "__setattr__" | "__delattr__") {
            self.attr_hooks = true;
        }
        if matches!(name, "__get__" | "__set__" | "__delete__") {
            self.attr_hooks = true;
            self.descriptors = true;
        }
    }

    /// `obj.name = value`, through a `__setattr__` the instance's class defines.
    #[inline]
    pub fn setattr(&mut self, obj: Value, name: &Name, value: Value) -> PyResult<()> {
        if self.attr_hooks {
            return self.setattr_hooked(obj, name, value);
        }
        self.setattr_raw(obj, name, value)
    }

    /// [`setattr`](Self::setattr) once some class defined an attribute hook.
    #[inline(never)]
    fn setattr_hooked(&mut self, obj: Value, name: &Name, value: Value) -> PyResult<()> {
        if let ObjKind::Instance(i) = self.obj(obj) {
            let class = i.class;
            if let Some(f) = self.attr_hook(class, "__setattr__") {
                let n = self.str_value(name)?;
                return self.call(f, vec![obj, n, value], Vec::new()).map(|_| ());
            }
            if self.descriptors {
                if let Some((d, set)) = self.descriptor_method(class, name, "__set__") {
                    return self.call(set, vec![d, obj, value], Vec::new()).map(|_| ());
                }
            }
        } else if let ObjKind::Class(c) = self.obj(obj) {
            // A metaclass's `__setattr__` (enum's refuses to rebind a member).
            if let Some(f) = c.metaclass.and_then(|m| self.attr_hook(m, "__setattr__")) {
                let n = self.str_value(name)?;
                return self.call(f, vec![obj, n, value], Vec::new()).map(|_| ());
            }
        }
        self.setattr_raw(obj, name, value)
    }

    /// `obj.name = value` as `object.__setattr__` does it, never a class's `__setattr__`.
    pub fn setattr_raw(&mut self, obj: Value, name: &Name, value: Value) -> PyResult<()> {
        self.setattr_object(obj, name, value, &Hint::default())
    }

    /// [`setattr_raw`](Self::setattr_raw) with a store site's `hint`. The common case, a plain
    /// instance (no slots, no `__dict__` object) of a program without properties, and an
    /// ordinary name: one access to the object, which will be written. Anything else leaves it
    /// unchanged for the general path.
    #[inline(always)]
    fn setattr_object(
        &mut self,
        obj: Value,
        name: &Name,
        value: Value,
        hint: &Hint,
    ) -> PyResult<()> {
        if !self.properties_exist {
            if let ObjKind::Instance(inst) = &mut self.heap.get_mut(obj).kind {
                if let Some(old) = inst.attrs.replace_at_hint(name, value, hint) {
                    self.note_drop(old);
                    return Ok(());
                }
                if let Some(old) = inst.attrs.set_plain(name, value, hint) {
                    if let Some(old) = old {
                        self.note_drop(old);
                    }
                    return Ok(());
                }
            }
        }
        self.setattr_general(obj, name, value)
    }

    /// [`setattr_raw`](Self::setattr_raw) past its fast path.
    #[inline(never)]
    fn setattr_general(&mut self, obj: Value, name: &Name, value: Value) -> PyResult<()> {
        // One read of the instance gathers what every check below needs.
        let instance = match self.obj(obj) {
            ObjKind::Instance(inst) => {
                let layout = inst.attrs.layout();
                let slot = layout.slots.contains(name);
                let dict_object = inst.attrs.dict_object().filter(|_| !slot);
                Some((inst.class, layout.has_dict || slot, dict_object))
            }
            _ => None,
        };
        if let Some((class, allowed, dict_object)) = instance {
            return self.set_instance_attr(obj, class, name, value, allowed, dict_object);
        }
        if let ObjKind::Function(_) = self.obj(obj) {
            return self.function_setattr(obj, name, Some(value));
        }
        self.check_mutable_type(obj, name)?;
        if matches!(&**name, "__name__" | "__qualname__" | "__module__")
            && matches!(self.obj(obj), ObjKind::Class(_))
        {
            return self.set_class_name(obj, name, value);
        }
        if matches!(self.obj(value), ObjKind::Property(..)) && self.is_class(obj) {
            // Instances may already have an attribute of that name, which the property now
            // overrides: the fast paths, which return an instance's own attribute, step aside.
            self.descriptors = true;
        }
        match self.obj_mut(obj) {
            ObjKind::Class(c) => {
                if let Some(old) = c.attrs.set(name.clone(), value) {
                    self.note_drop(old);
                }
                self.note_class_attr(name);
                Ok(())
            }
            ObjKind::Module(_) => {
                let old = match self.module_attrs_mut(obj) {
                    Some(attrs) => attrs.set(name.clone(), value),
                    None => None,
                };
                if let Some(old) = old {
                    self.note_drop(old);
                }
                Ok(())
            }
            ObjKind::Cell(contents) if &**name == "cell_contents" => {
                if let Some(old) = contents.replace(value) {
                    self.note_drop(old);
                }
                Ok(())
            }
            ObjKind::Finalize(_) if &**name == "atexit" => {
                let on = self.truthy(value)?;
                if let ObjKind::Finalize(f) = self.obj_mut(obj) {
                    f.set_atexit(on);
                }
                Ok(())
            }
            ObjKind::Proxy(_) => {
                let target = self.proxy_target(obj)?;
                self.setattr(target, name, value)
            }
            _ => match self.weak_setattr(obj, name, Some(value)) {
                Some(r) => r,
                None => Err(self.attribute_error(obj, name)),
            },
        }
    }

    /// The `TypeError` for setting or deleting an attribute of a builtin type (`int.x = 1`,
    /// `del ValueError.__doc__`), which CPython's static types refuse: `Ok` for anything else.
    fn check_mutable_type(&mut self, obj: Value, name: &str) -> PyResult<()> {
        let side = &self.roots.side;
        if !side.types.contains(&obj) && !side.exceptions.contains(&obj) {
            return Ok(());
        }
        let ObjKind::Class(c) = self.obj(obj) else {
            return Ok(());
        };
        let type_name = match &*c.module {
            "builtins" => c.name.to_string(),
            module => format!("{module}.{}", c.name),
        };
        Err(self.type_error(format!(
            "cannot set '{name}' attribute of immutable type '{type_name}'"
        )))
    }

    /// `C.__name__`, `C.__qualname__` or `C.__module__ = value`: kept in the class itself,
    /// where reading them looks; a string only, as CPython's `type` setters insist.
    fn set_class_name(&mut self, class: Value, name: &Name, value: Value) -> PyResult<()> {
        let ObjKind::Str(text) = self.obj(value) else {
            if &**name == "__module__" {
                // CPython keeps any object in `__dict__['__module__']`; minipy's is text.
                let t = self.type_name(value);
                return Err(self.type_error(format!(
                    "minipy keeps a class's __module__ as a string, not '{t}'"
                )));
            }
            let (c, t) = (self.class_name(class), self.type_name(value));
            return Err(self.type_error(format!("can only assign string to {c}.{name}, not '{t}'")));
        };
        let text = text.to_rc();
        if let ObjKind::Class(c) = self.obj_mut(class) {
            match &**name {
                "__name__" => c.name = text,
                "__qualname__" => c.qualname = text,
                _ => c.module = text,
            }
        }
        Ok(())
    }

    /// `obj.name = value` on an instance of `class`; `allowed` is false for a name outside the
    /// slots of an instance without a `__dict__`, `dict_object` its `__dict__` object if made.
    fn set_instance_attr(
        &mut self,
        obj: Value,
        class: Value,
        name: &Name,
        value: Value,
        allowed: bool,
        dict_object: Option<Value>,
    ) -> PyResult<()> {
        if &**name == "__traceback__" && self.class_tag(class) == TypeTag::BaseException {
            return self.set_traceback(obj, value);
        }
        let property = match self.properties_exist {
            true => self.class_lookup(class, name),
            false => None,
        };
        if let Some(p) = property {
            if let ObjKind::Property(_, set, ..) = self.obj(p) {
                return match set {
                    Some(set) => {
                        let set = *set;
                        self.call(set, vec![obj, value], Vec::new()).map(|_| ())
                    }
                    None => Err(self.err(
                        Exc::AttributeError,
                        format!(
                            "property '{name}' of '{}' object has no setter",
                            self.type_name(obj)
                        ),
                    )),
                };
            }
        }
        if !allowed {
            return Err(self.attribute_error(obj, name));
        }
        if &**name == "__dict__" {
            return Err(self.err(
                Exc::NotImplementedError,
                "minipy does not support assigning an instance's __dict__",
            ));
        }
        if &**name == "__class__" {
            return Err(self.err(
                Exc::NotImplementedError,
                "minipy does not support assigning an instance's __class__",
            ));
        }
        if let Some(d) = dict_object {
            let key = self.str_value(name)?;
            return self.dict_set(d, key, value);
        }
        let old = match self.obj_mut(obj) {
            ObjKind::Instance(inst) => inst.attrs.set(name.clone(), value),
            _ => None,
        };
        if let Some(old) = old {
            self.note_drop(old);
        }
        Ok(())
    }

    /// `exc.__traceback__ = value`: a traceback or `None` (dropping the frames it kept).
    fn set_traceback(&mut self, exc: Value, value: Value) -> PyResult<()> {
        let tb = match self.obj(value) {
            ObjKind::None => None,
            ObjKind::Traceback { .. } => Some(value),
            _ => return Err(self.type_error("__traceback__ must be a traceback or None")),
        };
        if let ObjKind::Instance(inst) = self.obj_mut(exc) {
            inst.set_traceback(tb);
        }
        Ok(())
    }

    /// `del obj.name`, through a `__delattr__` the instance's class defines.
    pub fn delattr(&mut self, obj: Value, name: &str) -> PyResult<()> {
        if self.properties_exist {
            if let ObjKind::Instance(i) = self.obj(obj) {
                let class = i.class;
                let found = self.class_lookup(class, name);
                if let Some(ObjKind::Property(_, _, del, _)) = found.map(|p| self.obj(p)) {
                    return match *del {
                        Some(del) => self.call(del, vec![obj], Vec::new()).map(|_| ()),
                        None => Err(self.err(
                            Exc::AttributeError,
                            format!(
                                "property '{name}' of '{}' object has no deleter",
                                self.type_name(obj)
                            ),
                        )),
                    };
                }
            }
        }
        if self.attr_hooks {
            if let ObjKind::Instance(i) = self.obj(obj) {
                let class = i.class;
                if let Some(f) = self.attr_hook(class, "__delattr__") {
                    let n = self.str_value(name)?;
                    return self.call(f, vec![obj, n], Vec::new()).map(|_| ());
                }
                if self.descriptors {
                    if let Some((d, del)) = self.descriptor_method(class, name, "__delete__") {
                        return self.call(del, vec![d, obj], Vec::new()).map(|_| ());
                    }
                }
            }
        }
        self.delattr_raw(obj, name)
    }

    /// `del obj.name` as `object.__delattr__` does it.
    pub fn delattr_raw(&mut self, obj: Value, name: &str) -> PyResult<()> {
        if self.dict_object_write(obj, name, None)?.is_some() {
            return Ok(());
        }
        if let ObjKind::Function(_) = self.obj(obj) {
            return self.function_setattr(obj, &Name::from(name), None);
        }
        self.check_mutable_type(obj, name)?;
        let is_module = matches!(self.obj(obj), ObjKind::Module(_));
        let removed = match self.obj_mut(obj) {
            ObjKind::Module(_) => None,
            ObjKind::Instance(inst) => match inst.attrs.remove(name) {
                None if inst.attrs.layout().slots.iter().any(|s| &**s == name) => {
                    return Err(self.err(Exc::AttributeError, name));
                }
                removed => removed,
            },
            ObjKind::Class(c) => c.attrs.remove(name),
            ObjKind::Cell(contents) if name == "cell_contents" => match contents.take() {
                Some(v) => Some(v),
                None => return Ok(()),
            },
            ObjKind::Proxy(_) => {
                let target = self.proxy_target(obj)?;
                return self.delattr(target, name);
            }
            _ => None,
        };
        let removed = match is_module {
            true => self.module_attrs_mut(obj).and_then(|a| a.remove(name)),
            false => removed,
        };
        match removed {
            Some(v) => {
                self.push_dropped(v);
                Ok(())
            }
            None => match self.weak_setattr(obj, name, None) {
                Some(r) => r,
                None => Err(self.attribute_error(obj, name)),
            },
        }
    }
}

/// Whether builtin type `tag`'s dunder `name` is what CPython makes a slot wrapper (its repr
/// `<slot wrapper ...>`, its wrong-self error "requires a 'T' object") rather than a method
/// descriptor (`<method ...>`, "doesn't apply to a 'T' object").
pub fn is_slot_wrapper(tag: TypeTag, name: &str) -> bool {
    if !(name.starts_with("__") && name.ends_with("__")) {
        return false;
    }
    let method = match name {
        "__reduce_ex__" | "__reduce__" | "__getstate__" | "__format__" | "__sizeof__"
        | "__dir__" | "__trunc__" | "__floor__" | "__ceil__" | "__round__" | "__getnewargs__"
        | "__complex__" | "__bytes__" | "__alloc__" | "__reversed__" | "__subclasses__"
        | "__instancecheck__" | "__subclasscheck__" | "__set_name__" | "__setstate__"
        | "__new__" | "__class_getitem__" | "__init_subclass__" | "__subclasshook__" => true,
        "__getitem__" => matches!(tag, TypeTag::List | TypeTag::Dict),
        "__contains__" => matches!(tag, TypeTag::Dict | TypeTag::Set | TypeTag::FrozenSet),
        _ => false,
    };
    !method
}

impl Interp {
    /// `T.name` for a method of builtin type `T`: the one object for it (see
    /// `Roots::unbound_methods`), except for the class methods, which CPython binds anew to the
    /// class at each fetch.
    fn unbound_method(&mut self, tag: TypeTag, id: Builtin) -> PyResult<Value> {
        if matches!(
            id.name(),
            "fromkeys"
                | "from_bytes"
                | "fromhex"
                | "__class_getitem__"
                | "__init_subclass__"
                | "__subclasshook__"
                | "__getformat__"
                | "__prepare__"
        ) {
            return self.alloc(ObjKind::Builtin(id, None));
        }
        let known = self.roots.side.unbound_methods.iter();
        if let Some((_, _, v)) = known.into_iter().find(|(t, i, _)| *t == tag && *i == id) {
            return Ok(*v);
        }
        let v = self.alloc(ObjKind::Builtin(id, None))?;
        self.roots.side.unbound_methods.push((tag, id, v));
        Ok(v)
    }

    /// The builtin type whose unbound method `v` is, if it is one (`dict.get`).
    pub fn unbound_owner(&self, v: Value) -> Option<TypeTag> {
        self.roots
            .side
            .unbound_methods
            .iter()
            .find(|(_, _, m)| *m == v)
            .map(|(t, _, _)| *t)
    }

    /// CPython's check of the `self` an unbound dunder of a builtin type is called with
    /// (`int.__repr__('x')`): `f` is the unbound method, `args` the call's arguments.
    #[cold]
    pub fn check_unbound_self(&mut self, f: Value, id: Builtin, args: &[Value]) -> PyResult<()> {
        let Some(tag) = self.unbound_owner(f) else {
            return Ok(());
        };
        let name = id.name();
        if name == "__new__" || (!is_slot_wrapper(tag, name) && !name.starts_with("__")) {
            // `__new__` takes the class; methods check their own receiver, with CPython's words.
            return Ok(());
        }
        let class = self.type_class(tag);
        let owner = self.class_name(class);
        let Some(&recv) = args.first() else {
            return Err(self.type_error(format!(
                "descriptor '{name}' of '{owner}' object needs an argument"
            )));
        };
        if self.is_instance(recv, class) {
            return Ok(());
        }
        let t = self.type_name(recv);
        Err(self.type_error(if is_slot_wrapper(tag, name) {
            format!("descriptor '{name}' requires a '{owner}' object but received a '{t}'")
        } else {
            format!("descriptor '{name}' for '{owner}' objects doesn't apply to a '{t}' object")
        }))
    }
}

#[cfg(test)]
mod tests {
    use crate::{run_captured, Options};

    fn run(src: &str) -> String {
        run_captured(src, &Options::default()).1
    }

    #[test]
    fn closures_expose_exactly_their_cells() {
        let src = "def f():\n    x = 1\n    unused = 2\n    y = [3]\n    def g():\n        return x, y\n    return g\ng = f()\nc = g.__closure__\nprint(type(c).__name__, [type(x).__name__ for x in c], [x.cell_contents for x in c], f.__closure__)\nc[0].cell_contents = 5\nprint(g())\ndel c[0].cell_contents\ntry:\n    c[0].cell_contents\nexcept ValueError as e:\n    print(e)\n";
        assert_eq!(
            run(src),
            "tuple ['cell', 'cell'] [1, [3]] None\n(5, [3])\nCell is empty\n"
        );
    }

    #[test]
    fn method_call_sites_follow_class_changes() {
        // The same `obj.m()` sites run while methods are replaced, deleted, overridden in a
        // subclass and shadowed by an instance attribute.
        let src = "class A:\n    def f(self):\n        return 'A.f'\n    def g(self):\n        return 'A.g'\nclass B(A):\n    def h(self):\n        return 'B.h'\nout = []\na = A()\nb = B()\nfor i in range(6):\n    out.append(a.f())\n    out.append(b.f())\n    out.append(b.g())\n    if i == 0:\n        A.f = lambda self: 'new f'\n    if i == 1:\n        del A.f\n        A.f = lambda self: 'newer f'\n    if i == 2:\n        B.f = lambda self: 'B.f'\n    if i == 3:\n        a.f = lambda: 'own f'\n    if i == 4:\n        del B.h\n        B.g = A.g\nprint(out)\n";
        assert_eq!(run(src), "['A.f', 'A.f', 'A.g', 'new f', 'new f', 'A.g', 'newer f', 'newer f', 'A.g', 'newer f', 'B.f', 'A.g', 'own f', 'B.f', 'A.g', 'own f', 'B.f', 'A.g']\n");
    }
}
