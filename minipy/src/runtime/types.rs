//! Builtin types as class objects: which builtin each class is (or derives from), the type of any
//! value, the method resolution order, and `isinstance`.

use std::rc::Rc;

use crate::runtime::exceptions::Exc;
use crate::runtime::interp::Interp;
use crate::runtime::object::{Attrs, Class, ObjKind, Value};

/// The builtin type a class is, or the builtin a user class derives from (which decides how its
/// instances are laid out: `class C(list)` instances carry a list).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum TypeTag {
    /// `object`, and every plain user class.
    Object,
    /// `type`.
    Type,
    /// `NoneType`.
    NoneType,
    /// `NotImplementedType`.
    NotImplementedType,
    /// `bool`.
    Bool,
    /// `int`.
    Int,
    /// `float`.
    Float,
    /// `complex`.
    Complex,
    /// `str`.
    Str,
    /// `list`.
    List,
    /// `tuple`.
    Tuple,
    /// `dict`.
    Dict,
    /// `set`.
    Set,
    /// `range`.
    Range,
    /// `slice`.
    Slice,
    /// `dict_keys`.
    DictKeys,
    /// `dict_values`.
    DictValues,
    /// `dict_items`.
    DictItems,
    /// `function`.
    Function,
    /// `builtin_function_or_method`.
    BuiltinFunction,
    /// `method`.
    Method,
    /// `super`.
    Super,
    /// `staticmethod`.
    StaticMethod,
    /// `classmethod`.
    ClassMethod,
    /// `property`.
    Property,
    /// `module`.
    Module,
    /// An iterator.
    Iterator,
    /// `generator`: what the weak containers' `keys()` and the like return (in CPython they are
    /// generator functions of `weakref.py`).
    Generator,
    /// `weakref.ReferenceType` (`weakref.ref`).
    WeakRef,
    /// `weakref.WeakMethod`.
    WeakMethod,
    /// `weakref.KeyedRef`: a `ref` with a `key` attribute (`WeakValueDictionary.valuerefs()`).
    KeyedRef,
    /// `weakref.ProxyType`.
    Proxy,
    /// `weakref.CallableProxyType`: a proxy to a callable object.
    CallableProxy,
    /// `weakref.finalize`.
    Finalize,
    /// `weakref.WeakKeyDictionary`.
    WeakKeyDict,
    /// `weakref.WeakValueDictionary`.
    WeakValueDict,
    /// `weakref.WeakSet`.
    WeakSet,
    /// `BaseException` and every exception class.
    BaseException,
    /// An interpreter namespace (never visible to scripts).
    Namespace,
    /// `cell`: a captured variable.
    Cell,
    /// `traceback`.
    Traceback,
    /// `frame`.
    Frame,
    /// `_io.TextIOWrapper`: a text file.
    TextIO,
    /// `frozenset`.
    FrozenSet,
    /// `bytes`.
    Bytes,
    /// `bytearray`.
    ByteArray,
    /// `ellipsis`: the type of `Ellipsis`.
    Ellipsis,
    /// `code`: what `compile()` returns.
    Code,
}

/// Every builtin type with its name and module, in `TypeTag` order (`Interp` allocates one class
/// per entry at startup).
pub const BUILTIN_TYPES: &[(TypeTag, &str, &str)] = &[
    (TypeTag::Object, "object", "builtins"),
    (TypeTag::Type, "type", "builtins"),
    (TypeTag::NoneType, "NoneType", "builtins"),
    (
        TypeTag::NotImplementedType,
        "NotImplementedType",
        "builtins",
    ),
    (TypeTag::Bool, "bool", "builtins"),
    (TypeTag::Int, "int", "builtins"),
    (TypeTag::Float, "float", "builtins"),
    (TypeTag::Complex, "complex", "builtins"),
    (TypeTag::Str, "str", "builtins"),
    (TypeTag::List, "list", "builtins"),
    (TypeTag::Tuple, "tuple", "builtins"),
    (TypeTag::Dict, "dict", "builtins"),
    (TypeTag::Set, "set", "builtins"),
    (TypeTag::Range, "range", "builtins"),
    (TypeTag::Slice, "slice", "builtins"),
    (TypeTag::DictKeys, "dict_keys", "builtins"),
    (TypeTag::DictValues, "dict_values", "builtins"),
    (TypeTag::DictItems, "dict_items", "builtins"),
    (TypeTag::Function, "function", "builtins"),
    (
        TypeTag::BuiltinFunction,
        "builtin_function_or_method",
        "builtins",
    ),
    (TypeTag::Method, "method", "builtins"),
    (TypeTag::Super, "super", "builtins"),
    (TypeTag::StaticMethod, "staticmethod", "builtins"),
    (TypeTag::ClassMethod, "classmethod", "builtins"),
    (TypeTag::Property, "property", "builtins"),
    (TypeTag::Module, "module", "builtins"),
    (TypeTag::Iterator, "iterator", "builtins"),
    (TypeTag::Generator, "generator", "builtins"),
    (TypeTag::WeakRef, "ReferenceType", "weakref"),
    (TypeTag::WeakMethod, "WeakMethod", "weakref"),
    (TypeTag::KeyedRef, "KeyedRef", "weakref"),
    (TypeTag::Proxy, "ProxyType", "weakref"),
    (TypeTag::CallableProxy, "CallableProxyType", "weakref"),
    (TypeTag::Finalize, "finalize", "weakref"),
    (TypeTag::WeakKeyDict, "WeakKeyDictionary", "weakref"),
    (TypeTag::WeakValueDict, "WeakValueDictionary", "weakref"),
    (TypeTag::WeakSet, "WeakSet", "_weakrefset"),
    (TypeTag::BaseException, "BaseException", "builtins"),
    (TypeTag::Namespace, "namespace", "builtins"),
    (TypeTag::Cell, "cell", "builtins"),
    (TypeTag::Traceback, "traceback", "builtins"),
    (TypeTag::Frame, "frame", "builtins"),
    (TypeTag::TextIO, "TextIOWrapper", "_io"),
    (TypeTag::FrozenSet, "frozenset", "builtins"),
    (TypeTag::Bytes, "bytes", "builtins"),
    (TypeTag::ByteArray, "bytearray", "builtins"),
    (TypeTag::Ellipsis, "ellipsis", "builtins"),
    (TypeTag::Code, "code", "builtins"),
];

/// The iterator types, by CPython's names: each a class of its own (`type(iter([]))` is
/// `list_iterator`), all behaving as [`TypeTag::Iterator`]. The adapters among them (`zip`, `map`,
/// `filter`, `enumerate`, `reversed`) are also the builtins that make them.
pub const ITER_TYPES: &[&str] = &[
    "iterator",
    "list_iterator",
    "tuple_iterator",
    "str_ascii_iterator",
    "str_iterator",
    "range_iterator",
    "set_iterator",
    "dict_keyiterator",
    "dict_valueiterator",
    "dict_itemiterator",
    "bytes_iterator",
    "bytearray_iterator",
    "list_reverseiterator",
    "dict_reversekeyiterator",
    "callable_iterator",
    "zip",
    "map",
    "filter",
    "enumerate",
    "reversed",
];

/// The name CPython's messages use for a builtin object's type (`'int'`, `'NoneType'`), as
/// `Trace::type_name` reports it.
pub fn builtin_type_name(kind: &ObjKind) -> &'static str {
    match kind {
        ObjKind::None => "NoneType",
        ObjKind::NotImplemented => "NotImplementedType",
        ObjKind::Bool(_) => "bool",
        ObjKind::Int(_) | ObjKind::BigInt(_) => "int",
        ObjKind::Float(_) => "float",
        ObjKind::Complex(..) => "complex",
        ObjKind::Str(_) => "str",
        ObjKind::Bytes(_) => "bytes",
        ObjKind::ByteArray(_) => "bytearray",
        ObjKind::Ellipsis => "ellipsis",
        ObjKind::List(_) => "list",
        ObjKind::Tuple(_) => "tuple",
        ObjKind::Dict(_) => "dict",
        ObjKind::Set(_) => "set",
        ObjKind::FrozenSet(_) => "frozenset",
        ObjKind::Range(..) => "range",
        ObjKind::Slice(_) => "slice",
        ObjKind::DictView(_, v) => match v {
            crate::runtime::object::ViewKind::Keys => "dict_keys",
            crate::runtime::object::ViewKind::Values => "dict_values",
            crate::runtime::object::ViewKind::Items => "dict_items",
        },
        ObjKind::Function(_) => "function",
        ObjKind::Builtin(id, recv) if id.python_class().is_some() => {
            if recv.is_some() {
                "method"
            } else {
                "function"
            }
        }
        ObjKind::Builtin(..) => "builtin_function_or_method",
        ObjKind::Method(..) => "method",
        ObjKind::Super(..) => "super",
        ObjKind::StaticMethod(_) => "staticmethod",
        ObjKind::ClassMethod(_) => "classmethod",
        ObjKind::Property(..) => "property",
        ObjKind::Class(_) => "type",
        ObjKind::Instance(_) => "object",
        ObjKind::Module(_) => "module",
        ObjKind::Env(_) => "namespace",
        ObjKind::Cell(_) => "cell",
        ObjKind::Traceback { .. } => "traceback",
        ObjKind::Frame(_) => "frame",
        ObjKind::Iter(crate::runtime::iter_state::IterState::WeakGen(_))
        | ObjKind::Generator(_) => "generator",
        ObjKind::Iter(crate::runtime::iter_state::IterState::Adapter(a)) => a.type_name(),
        ObjKind::Iter(_) => "iterator",
        ObjKind::WeakRef(w) if w.func.is_some() => "WeakMethod",
        ObjKind::WeakRef(w) if w.key.is_some() => "KeyedRef",
        ObjKind::WeakRef(_) => "weakref.ReferenceType",
        ObjKind::Proxy(p) if p.callable => "weakref.CallableProxyType",
        ObjKind::Proxy(_) => "weakref.ProxyType",
        ObjKind::Finalize(_) => "finalize",
        ObjKind::WeakKeyDict(_) => "WeakKeyDictionary",
        ObjKind::WeakValueDict(_) => "WeakValueDictionary",
        ObjKind::WeakSet(_) => "WeakSet",
        ObjKind::File(_) => "_io.TextIOWrapper",
        ObjKind::Code(_) => "code",
    }
}

/// The `tp_name` CPython 3.11 gives a class minipy's embedded modules define in Python where
/// CPython's is a C type: dotted with its C module (`'collections.deque' object has no attribute
/// ...`). `None` for every other class, whose messages use the bare name, as a class statement's
/// do in CPython.
fn c_type_name(module: &str, name: &str) -> Option<&'static str> {
    const C_TYPES: &[(&str, &str, &str)] = &[
        ("collections", "deque", "collections.deque"),
        ("collections", "OrderedDict", "collections.OrderedDict"),
        ("collections", "defaultdict", "collections.defaultdict"),
        ("functools", "partial", "functools.partial"),
        ("decimal", "Decimal", "decimal.Decimal"),
        ("decimal", "Context", "decimal.Context"),
        ("datetime", "date", "datetime.date"),
        ("datetime", "datetime", "datetime.datetime"),
        ("datetime", "time", "datetime.time"),
        ("datetime", "timedelta", "datetime.timedelta"),
        ("datetime", "timezone", "datetime.timezone"),
        ("datetime", "tzinfo", "datetime.tzinfo"),
        ("array", "array", "array.array"),
        ("re", "Pattern", "re.Pattern"),
        ("re", "Match", "re.Match"),
        ("io", "StringIO", "_io.StringIO"),
        ("io", "BytesIO", "_io.BytesIO"),
        ("_io", "StringIO", "_io.StringIO"),
        ("_io", "BytesIO", "_io.BytesIO"),
        ("types", "GenericAlias", "types.GenericAlias"),
        ("types", "UnionType", "types.UnionType"),
        ("types", "SimpleNamespace", "types.SimpleNamespace"),
        ("operator", "itemgetter", "operator.itemgetter"),
        ("operator", "attrgetter", "operator.attrgetter"),
        ("operator", "methodcaller", "operator.methodcaller"),
        ("_struct", "Struct", "_struct.Struct"),
        ("struct", "Struct", "_struct.Struct"),
        ("itertools", "accumulate", "itertools.accumulate"),
        ("itertools", "chain", "itertools.chain"),
        ("itertools", "combinations", "itertools.combinations"),
        (
            "itertools",
            "combinations_with_replacement",
            "itertools.combinations_with_replacement",
        ),
        ("itertools", "compress", "itertools.compress"),
        ("itertools", "count", "itertools.count"),
        ("itertools", "cycle", "itertools.cycle"),
        ("itertools", "dropwhile", "itertools.dropwhile"),
        ("itertools", "filterfalse", "itertools.filterfalse"),
        ("itertools", "groupby", "itertools.groupby"),
        ("itertools", "islice", "itertools.islice"),
        ("itertools", "pairwise", "itertools.pairwise"),
        ("itertools", "permutations", "itertools.permutations"),
        ("itertools", "product", "itertools.product"),
        ("itertools", "repeat", "itertools.repeat"),
        ("itertools", "starmap", "itertools.starmap"),
        ("itertools", "takewhile", "itertools.takewhile"),
        ("itertools", "_tee", "itertools._tee"),
        ("itertools", "zip_longest", "itertools.zip_longest"),
    ];
    C_TYPES
        .iter()
        .find(|(m, n, _)| *m == module && *n == name)
        .map(|(_, _, dotted)| *dotted)
}

/// The tag of a builtin value's type (instances answer with their class's tag).
fn tag_of(kind: &ObjKind) -> TypeTag {
    match kind {
        ObjKind::None => TypeTag::NoneType,
        ObjKind::NotImplemented => TypeTag::NotImplementedType,
        ObjKind::Bool(_) => TypeTag::Bool,
        ObjKind::Int(_) | ObjKind::BigInt(_) => TypeTag::Int,
        ObjKind::Float(_) => TypeTag::Float,
        ObjKind::Complex(..) => TypeTag::Complex,
        ObjKind::Str(_) => TypeTag::Str,
        ObjKind::Bytes(_) => TypeTag::Bytes,
        ObjKind::ByteArray(_) => TypeTag::ByteArray,
        ObjKind::Ellipsis => TypeTag::Ellipsis,
        ObjKind::List(_) => TypeTag::List,
        ObjKind::Tuple(_) => TypeTag::Tuple,
        ObjKind::Dict(_) => TypeTag::Dict,
        ObjKind::Set(_) => TypeTag::Set,
        ObjKind::FrozenSet(_) => TypeTag::FrozenSet,
        ObjKind::Range(..) => TypeTag::Range,
        ObjKind::Slice(_) => TypeTag::Slice,
        ObjKind::DictView(_, v) => match v {
            crate::runtime::object::ViewKind::Keys => TypeTag::DictKeys,
            crate::runtime::object::ViewKind::Values => TypeTag::DictValues,
            crate::runtime::object::ViewKind::Items => TypeTag::DictItems,
        },
        ObjKind::Function(_) => TypeTag::Function,
        ObjKind::Builtin(id, recv) if id.python_class().is_some() => {
            if recv.is_some() {
                TypeTag::Method
            } else {
                TypeTag::Function
            }
        }
        ObjKind::Builtin(..) => TypeTag::BuiltinFunction,
        ObjKind::Method(..) => TypeTag::Method,
        ObjKind::Super(..) => TypeTag::Super,
        ObjKind::StaticMethod(_) => TypeTag::StaticMethod,
        ObjKind::ClassMethod(_) => TypeTag::ClassMethod,
        ObjKind::Property(..) => TypeTag::Property,
        ObjKind::Class(_) => TypeTag::Type,
        ObjKind::Instance(_) => TypeTag::Object,
        ObjKind::Module(_) => TypeTag::Module,
        ObjKind::Env(_) => TypeTag::Namespace,
        ObjKind::Cell(_) => TypeTag::Cell,
        ObjKind::Traceback { .. } => TypeTag::Traceback,
        ObjKind::Frame(_) => TypeTag::Frame,
        ObjKind::Iter(crate::runtime::iter_state::IterState::WeakGen(_))
        | ObjKind::Generator(_) => TypeTag::Generator,
        ObjKind::Iter(_) => TypeTag::Iterator,
        ObjKind::WeakRef(w) if w.func.is_some() => TypeTag::WeakMethod,
        ObjKind::WeakRef(w) if w.key.is_some() => TypeTag::KeyedRef,
        ObjKind::WeakRef(_) => TypeTag::WeakRef,
        ObjKind::Proxy(p) if p.callable => TypeTag::CallableProxy,
        ObjKind::Proxy(_) => TypeTag::Proxy,
        ObjKind::Finalize(_) => TypeTag::Finalize,
        ObjKind::WeakKeyDict(_) => TypeTag::WeakKeyDict,
        ObjKind::WeakValueDict(_) => TypeTag::WeakValueDict,
        ObjKind::WeakSet(_) => TypeTag::WeakSet,
        ObjKind::File(_) => TypeTag::TextIO,
        ObjKind::Code(_) => TypeTag::Code,
    }
}

impl Interp {
    /// Allocates the builtin classes (one per [`BUILTIN_TYPES`] entry) and the exception hierarchy.
    /// Called once, before any script code runs.
    pub(crate) fn init_types(&mut self) {
        let object = self.new_builtin_class("object", "builtins", None, TypeTag::Object);
        self.roots.side.types.push(object);
        for (tag, name, module) in BUILTIN_TYPES.iter().skip(1) {
            let class = self.new_builtin_class(name, module, Some(object), *tag);
            self.roots.side.types.push(class);
        }
        for name in ITER_TYPES {
            let class = self.new_builtin_class(name, "builtins", Some(object), TypeTag::Iterator);
            self.roots.side.types.push(class);
        }
        for (sub, base) in [
            (TypeTag::Bool, TypeTag::Int),
            (TypeTag::WeakMethod, TypeTag::WeakRef),
            (TypeTag::KeyedRef, TypeTag::WeakRef),
        ] {
            let base = self.type_class(base);
            if let ObjKind::Class(c) = self.obj_mut(self.type_class(sub)) {
                c.base = Some(base);
            }
        }
        for &exc in Exc::ALL {
            let base = match exc.base() {
                Some(b) => self.exc_class(b),
                None => self.roots.side.types[TypeTag::BaseException as usize],
            };
            let class =
                self.new_builtin_class(exc.name(), "builtins", Some(base), TypeTag::BaseException);
            self.roots.side.exceptions.push(class);
        }
    }

    fn new_builtin_class(
        &mut self,
        name: &str,
        module: &str,
        base: Option<Value>,
        tag: TypeTag,
    ) -> Value {
        let name: Rc<str> = Rc::from(name);
        let class = Class {
            qualname: name.clone(),
            name,
            module: Rc::from(module),
            base,
            extra_bases: Vec::new(),
            mro: None,
            attrs: Attrs::default(),
            builtin: tag,
            shapes: None,
            metaclass: None,
        };
        let obj = crate::runtime::object::Object::new(ObjKind::Class(Box::new(class)));
        self.heap.alloc(obj)
    }

    /// The class object of builtin type `tag`.
    pub fn type_class(&self, tag: TypeTag) -> Value {
        self.roots.side.types[tag as usize]
    }

    /// The class of iterator type `name` (one of [`ITER_TYPES`]).
    pub fn iter_type(&self, name: &str) -> Value {
        let i = ITER_TYPES.iter().position(|n| *n == name).unwrap_or(0);
        self.roots.side.types[BUILTIN_TYPES.len() + i]
    }

    /// Which of [`ITER_TYPES`] an iterator in state `state` is.
    pub(crate) fn iter_type_name(
        &self,
        state: &crate::runtime::iter_state::IterState,
    ) -> &'static str {
        use crate::runtime::iter_state::IterState as S;
        match state {
            S::Seq(x, _) => match &self.heap.get(*x).kind {
                ObjKind::Tuple(_) => "tuple_iterator",
                _ => "list_iterator",
            },
            S::Str(x, _) => match &self.heap.get(*x).kind {
                ObjKind::Str(s) if !s.is_ascii() => "str_iterator",
                _ => "str_ascii_iterator",
            },
            S::Range(..) => "range_iterator",
            S::Set(..) => "set_iterator",
            S::Dict(.., crate::runtime::object::ViewKind::Keys) => "dict_keyiterator",
            S::Dict(.., crate::runtime::object::ViewKind::Values) => "dict_valueiterator",
            S::Dict(.., crate::runtime::object::ViewKind::Items) => "dict_itemiterator",
            S::Values(_, _, name) => name,
            S::Adapter(a) => a.type_name(),
            S::Done(name) => name,
            _ => "iterator",
        }
    }

    /// `type(v)`.
    pub fn type_of(&self, v: Value) -> Value {
        match &self.heap.get(v).kind {
            ObjKind::Instance(i) => i.class,
            ObjKind::Iter(state)
                if !matches!(state, crate::runtime::iter_state::IterState::WeakGen(_)) =>
            {
                self.iter_type(self.iter_type_name(state))
            }
            ObjKind::Class(c) if c.metaclass.is_some() => c.metaclass.unwrap_or(v),
            kind => self.type_class(tag_of(kind)),
        }
    }

    /// The builtin tag of `v`'s class (a user class answers with its builtin ancestor's).
    pub fn tag_of_value(&self, v: Value) -> TypeTag {
        match &self.heap.get(v).kind {
            ObjKind::Instance(i) => self.class_tag(i.class),
            kind => tag_of(kind),
        }
    }

    /// The builtin tag of class `class`.
    pub fn class_tag(&self, class: Value) -> TypeTag {
        match &self.heap.get(class).kind {
            ObjKind::Class(c) => c.builtin,
            _ => TypeTag::Object,
        }
    }

    /// Whether `v` is a class.
    pub fn is_class(&self, v: Value) -> bool {
        matches!(self.heap.get(v).kind, ObjKind::Class(_))
    }

    /// `class.__name__` (empty for a non-class).
    pub fn class_name(&self, class: Value) -> Rc<str> {
        match &self.heap.get(class).kind {
            ObjKind::Class(c) => c.name.clone(),
            _ => Rc::from(""),
        }
    }

    /// The name of `v`'s type, as error messages quote it: CPython's `tp_name`, which for the
    /// weak reference types defined in C is dotted (`'weakref.ReferenceType' object`).
    pub fn type_name(&self, v: Value) -> Rc<str> {
        match self.obj(v) {
            ObjKind::WeakRef(_) | ObjKind::Proxy(_) => {
                Rc::from(builtin_type_name(&self.heap.get(v).kind))
            }
            _ => match &self.heap.get(self.type_of(v)).kind {
                ObjKind::Class(c) => match c_type_name(&c.module, &c.name) {
                    Some(dotted) => Rc::from(dotted),
                    None => c.name.clone(),
                },
                _ => Rc::from(""),
            },
        }
    }

    /// The class and its bases in method resolution order: the base chain, until a class made
    /// with several bases, whose stored C3 order ends it (`builtins::mro`).
    pub fn mro(&self, class: Value) -> Vec<Value> {
        let mut out = vec![class];
        let mut cur = class;
        while let ObjKind::Class(c) = &self.heap.get(cur).kind {
            if let Some(mro) = &c.mro {
                out.extend_from_slice(mro);
                break;
            }
            let Some(b) = &c.base else { break };
            out.push(*b);
            cur = *b;
            if out.len() > 10_000 {
                break;
            }
        }
        out
    }

    /// Finds `name` in the namespaces of `class` and its bases, in MRO order. `None` also when a
    /// builtin type in the MRO defines `name` before any class that has it: the caller then
    /// takes the builtin method of the instance's builtin type (`builtin_attr`), which is that
    /// type's (a class derives from at most one builtin type besides `object`).
    pub fn class_lookup(&self, class: Value, name: &str) -> Option<Value> {
        let mut cur = Some(class);
        while let Some(c) = cur {
            match &self.heap.get(c).kind {
                ObjKind::Class(cls) => {
                    if let Some(v) = cls.attrs.get(name) {
                        return Some(v);
                    }
                    if self.builtin_defines(c, cls, name) {
                        return None;
                    }
                    if let Some(mro) = &cls.mro {
                        return mro
                            .iter()
                            .find_map(|c| self.class_lookup_own(*c, name))
                            .flatten();
                    }
                    cur = cls.base;
                }
                _ => return None,
            }
        }
        None
    }

    /// Finds `name` in the classes after `after` in `class`'s MRO (for `super()`), with
    /// [`Interp::class_lookup`]'s `None` for a builtin type's own method.
    pub fn class_lookup_after(&self, class: Value, after: Value, name: &str) -> Option<Value> {
        let mro = self.mro(class);
        let start = mro.iter().position(|c| *c == after)? + 1;
        mro[start..]
            .iter()
            .find_map(|c| self.class_lookup_own(*c, name))
            .flatten()
    }

    /// `Some(Some(v))` if `class`'s own namespace has `name`, `Some(None)` if `class` is a
    /// builtin type that defines it, `None` if the search goes on.
    fn class_lookup_own(&self, class: Value, name: &str) -> Option<Option<Value>> {
        match &self.heap.get(class).kind {
            ObjKind::Class(c) => match c.attrs.get(name) {
                Some(v) => Some(Some(v)),
                None => self.builtin_defines(class, c, name).then_some(None),
            },
            _ => None,
        }
    }

    /// Whether `class` (whose object is `c`) is one of the builtin types, not `object`, and
    /// defines `name` itself. Exception classes other than `BaseException` define no methods
    /// of their own here (CPython's define only `__init__` and `__new__`, which are
    /// `BaseException`'s in minipy).
    fn builtin_defines(&self, class: Value, c: &Class, name: &str) -> bool {
        c.builtin != TypeTag::Object
            && self.roots.side.types.get(c.builtin as usize) == Some(&class)
            && crate::runtime::builtin_id::defines_own(c.builtin, name)
    }

    /// Whether `sub` is `sup` or derives from it.
    pub fn is_subclass(&self, sub: Value, sup: Value) -> bool {
        self.mro(sub).contains(&sup)
    }

    /// `isinstance(v, class)` for one class.
    pub fn is_instance(&self, v: Value, class: Value) -> bool {
        self.is_subclass(self.type_of(v), class)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_listed_in_declaration_order() {
        for (i, (tag, _, _)) in BUILTIN_TYPES.iter().enumerate() {
            assert_eq!(*tag as usize, i);
        }
    }

    #[test]
    fn bool_derives_from_int_and_exceptions_from_base_exception() {
        let interp = Interp::new(crate::Options::default(), crate::Output::capture());
        let t = interp.type_class(TypeTag::Bool);
        assert!(interp.is_subclass(t, interp.type_class(TypeTag::Int)));
        let key_error = interp.exc_class(Exc::KeyError);
        assert!(interp.is_subclass(key_error, interp.exc_class(Exc::LookupError)));
        assert!(interp.is_subclass(key_error, interp.exc_class(Exc::Exception)));
        assert_eq!(&*interp.class_name(key_error), "KeyError");
    }
}
