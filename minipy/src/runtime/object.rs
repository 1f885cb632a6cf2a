//! The one Rust type every Python object is: [`Object`], allocated in the weakgc heap as a
//! [`Value`] (`Gc<Object>`), and its [`Trace`] implementation, which is how the collector learns a
//! Python object's references, type name, weak-reference policy and finalizer.

use std::cell::RefCell;
use std::rc::Rc;

use smallvec::SmallVec;
use weakgc::{
    Embeds, Finalize, Gc, Liveness, Trace, Tracer, WeakAny, WeakKeyDictionary, WeakRef, WeakSet,
    WeakValueDictionary,
};

use crate::runtime::builtin_id::Builtin;
use crate::runtime::dict::Dict;
use crate::runtime::str_text::StrText;
use crate::syntax::ast::{FunctionDef, Hint, Lambda, Layout, Name, Params};

/// A Python value: a handle to an [`Object`] in the heap. Copy, 8 bytes; it keeps nothing alive by
/// itself (see `Interp`'s rooting rules).
pub type Value = Gc<Object>;

/// A Python object.
pub struct Object {
    /// What the object is, with its data.
    pub kind: ObjKind,
}

impl Object {
    /// An object of `kind`.
    pub fn new(kind: ObjKind) -> Object {
        Object { kind }
    }
}

/// The kinds of Python object minipy has, with their data. An [`Object`] takes a 64-byte heap
/// cell (asserted in `runtime::str_text`): each kind's data fits beside the enum's tag, which
/// sits in a byte the largest kinds leave spare; bigger, rarer data is boxed.
pub enum ObjKind {
    /// `None` (a singleton).
    None,
    /// `NotImplemented` (a singleton), returned by rich comparisons that give up.
    NotImplemented,
    /// `True` or `False` (two singletons).
    Bool(bool),
    /// An `int` that fits in 64 bits (the fast path).
    Int(i64),
    /// An `int` outside the `i64` range (never inside it: see `builtins::bigint`).
    BigInt(num_bigint::BigInt),
    /// A `float`.
    Float(f64),
    /// A `complex`: the real and imaginary parts (`runtime::complex`).
    Complex(f64, f64),
    /// A `str`, immutable: short text inline in the cell, longer text shared
    /// ([`crate::runtime::str_text`]).
    Str(StrText),
    /// A `bytes` object, immutable and shared (`builtins::bytes`).
    Bytes(Rc<[u8]>),
    /// A `bytearray`: mutable bytes (`builtins::bytes`, which serves both).
    ByteArray(Vec<u8>),
    /// `Ellipsis` (`...`, a singleton).
    Ellipsis,
    /// A `list`.
    List(Vec<Value>),
    /// A `tuple`.
    Tuple(Vec<Value>),
    /// A `dict`.
    Dict(Dict),
    /// A `set`: a dict whose values are all `None`.
    Set(Dict),
    /// A `frozenset`: a set that never changes after it is built, so it is hashable.
    FrozenSet(Dict),
    /// A `range(start, stop, step)`; `step` is never 0.
    Range(i64, i64, i64),
    /// A `slice(start, stop, step)` with int or `None` bounds (minipy slices hold ints only),
    /// made when `obj[a:b]` calls a user `__getitem__`, or by `slice()`.
    Slice(crate::runtime::slice::SliceBounds),
    /// A view of a dict: `keys()`, `values()` or `items()`.
    DictView(Value, ViewKind),
    /// A function defined by `def` or `lambda` (boxed: the biggest variant would set every
    /// object's cell size).
    Function(Box<Function>),
    /// A function or method implemented in Rust, bound to its receiver for methods.
    Builtin(Builtin, Option<Value>),
    /// A function bound to an instance: `obj.method`.
    Method(Value, Value),
    /// `super()`: attribute lookup starting after `class` in the MRO, bound to `obj`.
    Super(Value, Value),
    /// `staticmethod(f)`.
    StaticMethod(Value),
    /// `classmethod(f)`.
    ClassMethod(Value),
    /// `property(fget, fset, fdel, doc)`.
    Property(Option<Value>, Option<Value>, Option<Value>, Option<Value>),
    /// A class (builtin or user-defined).
    Class(Box<Class>),
    /// An instance of a user-defined class.
    Instance(Instance),
    /// A module (`weakref`, `gc`).
    Module(Module),
    /// A name-keyed namespace: the module globals or a running class body. Interpreter-internal.
    Env(Env),
    /// A `cell`: a variable captured by an inner scope, shared by the frame that binds it and every
    /// closure that uses it. `None` while the variable is unbound.
    Cell(Option<Value>),
    /// A `traceback` entry: an exception passed through `frame` (an [`ObjKind::Frame`]) at `line`;
    /// `next` is the entry of the frame it came from (inner), as CPython's `tb_next`.
    Traceback {
        /// The frame object.
        frame: Value,
        /// The line running in that frame when the exception passed.
        line: u32,
        /// The next entry inward.
        next: Option<Value>,
        /// What the entry's marker line underlines (`None`: no marker line).
        marker: Option<Box<crate::runtime::marker::Marker>>,
    },
    /// A `frame` object, made once a traceback refers to a function or comprehension frame: while
    /// the frame runs its locals are in the interpreter's frame stack; when it ends they move here,
    /// so a saved exception keeps them alive as CPython's does.
    Frame(FrameObj),
    /// An iterator made by `iter()` or `enumerate`/`zip`-style builtins.
    Iter(crate::runtime::iter_state::IterState),
    /// `weakref.ref(obj, callback)` and `weakref.WeakMethod(method, callback)`.
    WeakRef(WeakRefObj),
    /// `weakref.proxy(obj, callback)`.
    Proxy(ProxyObj),
    /// `weakref.finalize(obj, func, *args, **kwargs)`.
    Finalize(FinalizeObj),
    /// `weakref.WeakKeyDictionary()`: an ephemeron table the collector prunes.
    WeakKeyDict(Box<WeakKeyDictionary<Value>>),
    /// `weakref.WeakValueDictionary()`: values held weakly, pruned by the collector.
    WeakValueDict(Box<WeakValueDictionary<Value>>),
    /// `weakref.WeakSet()`: members held weakly, pruned by the collector.
    WeakSet(Box<WeakSet>),
    /// A text file from `open()`, or `sys.stdin`/`sys.stdout`/`sys.stderr`.
    File(Box<crate::runtime::file::FileObj>),
    /// A generator object (`eval::generator`).
    Generator(Box<crate::runtime::generator::Generator>),
    /// A code object from `compile()`: the source it checked, parsed again by `exec`/`eval`.
    Code(Rc<CodeObj>),
}

/// What `compile(source, filename, mode)` made: source that parsed and resolved as `mode`.
#[derive(Debug)]
pub struct CodeObj {
    /// The source text (for `"eval"`, without the leading blanks CPython ignores).
    pub source: Rc<str>,
    /// `co_filename`: the file its errors and tracebacks name.
    pub filename: Rc<str>,
    /// `"exec"`, `"eval"` or `"single"`.
    pub mode: &'static str,
    /// For a function's `__code__`: its `def` or `lambda` and the qualname it had when made.
    /// Such a code object is read-only introspection; `exec` refuses it.
    pub function: Option<(Code, Rc<str>)>,
    /// For a frame's `f_code`: the frame's name (`co_name`). A frame object does not keep its
    /// function, so such a code object knows only its name and file.
    pub frame_name: Option<Rc<str>>,
}

/// Which view of a dict a [`ObjKind::DictView`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ViewKind {
    /// `d.keys()`.
    Keys,
    /// `d.values()`.
    Values,
    /// `d.items()`.
    Items,
}

thread_local! {
    static LAMBDA_NAME: Rc<str> = Rc::from("<lambda>");
}

/// `"<lambda>"`, one shared `Rc` (made once per thread, not per lambda or call).
pub fn lambda_name() -> Rc<str> {
    LAMBDA_NAME.with(Rc::clone)
}

/// The code of a [`Function`].
#[derive(Clone, Debug)]
pub enum Code {
    /// A `def` statement.
    Def(Rc<FunctionDef>),
    /// A `lambda` expression.
    Lambda(Rc<Lambda>),
}

impl Code {
    /// The parameters.
    pub fn params(&self) -> &Params {
        match self {
            Code::Def(d) => &d.params,
            Code::Lambda(l) => &l.params,
        }
    }

    /// The frame layout of a call, as the resolver wrote it.
    pub fn layout(&self) -> &Rc<Layout> {
        match self {
            Code::Def(d) => &d.layout,
            Code::Lambda(l) => &l.layout,
        }
    }

    /// `co_name`: the `def`'s name or `<lambda>` (tracebacks name frames by it).
    pub fn name(&self) -> Rc<str> {
        match self {
            Code::Def(d) => d.name.clone(),
            // One shared name: a lambda's call allocates nothing for it.
            Code::Lambda(_) => lambda_name(),
        }
    }

    /// The line a call's frame starts on.
    pub fn line(&self) -> u32 {
        match self {
            Code::Def(d) => d.line,
            Code::Lambda(l) => l.body.line,
        }
    }
}

/// A user-defined function.
pub struct Function {
    /// `__name__`.
    pub name: Name,
    /// `__qualname__`, e.g. `Person.__init__`, as reprs show it.
    pub qualname: Rc<str>,
    /// The qualname the `def` gave it (`co_qualname`): `__qualname__` may be reassigned
    /// (`functools.wraps` does), the code's name and qualname never are, and tracebacks use them.
    pub code_qualname: Rc<str>,
    /// The parameters and body.
    pub code: Code,
    /// Default values of the trailing positional parameters, in order.
    pub defaults: Vec<Value>,
    /// The cells of the enclosing scopes' variables the code uses, in the order of its layout's free
    /// variables (`__closure__`); only those, so a closure keeps nothing else of the frame that made it.
    /// Most closures capture one or two cells: kept inline, making a closure costs no
    /// allocation of its own.
    pub closure: SmallVec<[Value; 2]>,
    /// The module's globals.
    pub globals: Value,
    /// The class whose body defined this function (for zero-argument `super()`).
    pub owner: Option<Value>,
    /// `__annotations__`: a dict, made on first read when the `def` had no annotations.
    pub annotations: Option<Value>,
    /// `__dict__`: the attributes a script sets on the function (`f.calls = 0`, `__wrapped__`),
    /// made on first write or read.
    pub dict: Option<Value>,
    /// A `__doc__` the script assigned (`functools.wraps` does), replacing the docstring.
    pub doc: Option<Value>,
}

/// A class: builtin (`int`, `KeyError`, `weakref.ref`) or defined by a `class` statement.
pub struct Class {
    /// `__name__`.
    pub name: Rc<str>,
    /// `__qualname__`: where the `class` statement ran, e.g. `f.<locals>.K` (reprs show it).
    pub qualname: Rc<str>,
    /// `__module__`: `builtins`, `__main__` or `weakref`.
    pub module: Rc<str>,
    /// The first base class, `__base__` (`None` only for `object`).
    pub base: Option<Value>,
    /// The bases after the first (multiple inheritance; empty otherwise).
    pub extra_bases: Vec<Value>,
    /// With several bases: the C3 MRO after the class itself (`builtins::mro`). `None` for a
    /// single base, whose MRO is the class then its base's MRO.
    pub mro: Option<Vec<Value>>,
    /// The class namespace (methods, class attributes), in definition order.
    pub attrs: Attrs,
    /// The builtin type this class is or derives from; decides instances' layout and behaviour.
    pub builtin: crate::runtime::types::TypeTag,
    /// The root of the shapes of this class's instances, made by the first instantiation (see
    /// [`InstanceAttrs`]).
    pub shapes: Option<Rc<Shape>>,
    /// `type(cls)` when it is a user metaclass (a subclass of `type`); `None` means `type`.
    pub metaclass: Option<Value>,
}

/// An instance of a user-defined class: 48 bytes, its attributes' names in a [`Shape`] its class's
/// instances share.
pub struct Instance {
    /// Its class.
    pub class: Value,
    /// Instance attributes, in assignment order (and the rare parts: see [`InstanceAttrs`]).
    pub attrs: InstanceAttrs,
}

impl Instance {
    /// A new instance of `class` with no attributes; `shapes` is the class's root shape (see
    /// `Interp::new_instance`), which also says whether it has a `__del__`.
    pub fn new(class: Value, shapes: Rc<Shape>, payload: Payload) -> Instance {
        let extra = match payload {
            Payload::None => None,
            payload => Some(Box::new(Extra {
                dict: None,
                dict_object: None,
                payload,
                traceback: None,
            })),
        };
        Instance {
            class,
            attrs: InstanceAttrs {
                shape: shapes,
                values: SmallVec::new(),
                extra,
            },
        }
    }

    /// The class's name, kept for `Trace::type_name` (which cannot reach the class object).
    pub fn class_name(&self) -> &Rc<str> {
        &self.attrs.shape.class_name
    }

    /// Whether the class defined `__del__` when the instance was made. The heap asks once, at
    /// allocation, so adding `__del__` to a class later does not give existing instances one.
    pub fn has_del(&self) -> bool {
        self.attrs.shape.has_del
    }

    /// Data of a builtin base class (`class MyList(list)`).
    pub fn payload(&self) -> &Payload {
        match &self.attrs.extra {
            Some(e) => &e.payload,
            None => &Payload::None,
        }
    }

    /// The payload, mutable; `None` for a plain instance (which has none to change).
    pub fn payload_mut(&mut self) -> Option<&mut Payload> {
        self.attrs.extra.as_mut().map(|e| &mut e.payload)
    }

    /// An exception's `__traceback__`: the newest [`ObjKind::Traceback`] entry, `None` for other
    /// instances and for exceptions not raised yet.
    pub fn traceback(&self) -> Option<Value> {
        self.attrs.extra.as_ref().and_then(|e| e.traceback)
    }

    /// Sets `__traceback__`.
    pub fn set_traceback(&mut self, tb: Option<Value>) {
        if tb.is_none() && self.attrs.extra.is_none() {
            return;
        }
        self.attrs.extra_mut().traceback = tb;
    }
}

/// The names of an instance's attributes, in order, shared by every instance of a class that was
/// given the same attributes in the same order (V8's hidden classes, CPython's key-sharing
/// dicts). Shapes form a tree per class: the root has no names, and a child adds one name to its
/// parent's. An instance holds its shape and its values in a small inline array, so a
/// two-attribute instance needs no allocation beyond its cell.
pub struct Shape {
    class_name: Rc<str>,
    has_del: bool,
    layout: Rc<SlotLayout>,
    /// Whether `object.__setattr__` simply binds names here: the layout has no slots and a dict
    /// (read once per shape rather than through `layout` at every store).
    plain_store: bool,
    /// The attribute names, in assignment order.
    keys: Box<[Name]>,
    /// The shapes that add one name to this one, made on first use.
    children: RefCell<Vec<Rc<Shape>>>,
}

/// Above this many attributes (or after a deletion) an instance keeps its own [`Attrs`] instead
/// of a shape: each shape copies its parent's names, so long chains would cost quadratic memory.
const SHAPE_MAX_KEYS: usize = 30;

/// What a class's `__slots__` (and its bases') make of its instances.
pub struct SlotLayout {
    /// The slot names in the order CPython releases them when an instance dies: the class's own
    /// first, then each base's, each class's sorted (as `type_new` stores them); `__dict__` and
    /// `__weakref__` are not slots.
    pub slots: Box<[Name]>,
    /// Whether instances take attributes beyond the slots: some class of the MRO has no
    /// `__slots__`, or lists `__dict__`.
    pub has_dict: bool,
    /// Whether instances accept weak references: some class has no `__slots__`, or lists
    /// `__weakref__`.
    pub weakrefable: bool,
}

impl SlotLayout {
    /// A class without `__slots__` anywhere: a dict, weak references, no slots.
    pub fn plain() -> SlotLayout {
        SlotLayout {
            slots: Box::new([]),
            has_dict: true,
            weakrefable: true,
        }
    }
}

impl Shape {
    /// A root shape: no attributes yet.
    pub fn root(class_name: Rc<str>, has_del: bool) -> Rc<Shape> {
        Shape::root_with(class_name, has_del, Rc::new(SlotLayout::plain()))
    }

    /// A root shape for a class with `layout`.
    pub fn root_with(class_name: Rc<str>, has_del: bool, layout: Rc<SlotLayout>) -> Rc<Shape> {
        Rc::new(Shape {
            class_name,
            has_del,
            plain_store: layout.slots.is_empty() && layout.has_dict,
            layout,
            keys: Box::new([]),
            children: RefCell::new(Vec::new()),
        })
    }

    /// Whether instances of this shape run `__del__` (see [`Instance::has_del`]).
    pub fn has_del(&self) -> bool {
        self.has_del
    }

    /// The class's slots, as the shape was made with them.
    pub fn layout(&self) -> &Rc<SlotLayout> {
        &self.layout
    }

    /// Where `name` is among the keys: by pointer first (identifiers are interned, see
    /// `syntax::intern`), then by text for names made at run time.
    #[inline]
    fn position(&self, name: &str) -> Option<usize> {
        match self
            .keys
            .iter()
            .position(|k| std::ptr::eq(k.as_ptr(), name.as_ptr()) && k.len() == name.len())
        {
            Some(i) => Some(i),
            None => self.position_by_text(name),
        }
    }

    /// [`position`](Self::position) for a name that is not the interned one (or is missing).
    #[inline(never)]
    fn position_by_text(&self, name: &str) -> Option<usize> {
        self.keys.iter().position(|k| **k == *name)
    }

    /// Whether `name` is among the keys, for a name known to be the interned one (a name of the
    /// syntax tree): the keys are interned too (see [`child`](Self::child)), so the text need
    /// not be compared.
    #[inline]
    fn has_interned(&self, name: &Name) -> bool {
        debug_assert!(Rc::ptr_eq(name, &crate::syntax::intern::intern(name)));
        self.keys.iter().any(|k| Rc::ptr_eq(k, name))
    }

    /// The shape with `name` added after this one's names. The name is kept interned, as the
    /// tree's are, so that comparing pointers is enough to find a tree's name among the keys.
    fn child(&self, name: &Name) -> Rc<Shape> {
        let mut children = self.children.borrow_mut();
        if let Some(c) = children.iter().find(|c| c.keys.last() == Some(name)) {
            return c.clone();
        }
        let mut keys = Vec::with_capacity(self.keys.len() + 1);
        keys.extend(self.keys.iter().cloned());
        keys.push(crate::syntax::intern::intern(name));
        let child = Rc::new(Shape {
            class_name: self.class_name.clone(),
            has_del: self.has_del,
            plain_store: self.plain_store,
            layout: self.layout.clone(),
            keys: keys.into_boxed_slice(),
            children: RefCell::new(Vec::new()),
        });
        children.push(child.clone());
        child
    }
}

/// Whether `name` is one `object.__setattr__` does not simply bind on an instance: `__dict__`
/// or `__class__` (errors: not supported) or `__traceback__` (an exception's, kept apart).
#[inline]
fn special_attr_name(name: &str) -> bool {
    matches!(name.len(), 8 | 9 | 13) && matches!(name, "__dict__" | "__class__" | "__traceback__")
}

/// What few instances have: a builtin payload, a traceback, or attributes beyond shapes.
struct Extra {
    /// The attributes, once the instance left its shape (a deletion, or too many names).
    dict: Option<Attrs>,
    /// The instance's `__dict__` once it was asked for: a `dict` object that from then on holds
    /// every attribute but the slots (CPython's materialised dict), shared with whoever got it.
    dict_object: Option<Value>,
    payload: Payload,
    traceback: Option<Value>,
}

/// An instance's attributes: a [`Shape`] and the values in its order, or (after a deletion, or
/// past 30 names) an [`Attrs`] of its own. The same interface as [`Attrs`].
pub struct InstanceAttrs {
    shape: Rc<Shape>,
    /// `values[i]` is the attribute `shape.keys[i]` (empty once `extra.dict` holds them).
    values: SmallVec<[Value; 2]>,
    extra: Option<Box<Extra>>,
}

impl InstanceAttrs {
    fn extra_mut(&mut self) -> &mut Extra {
        self.extra.get_or_insert_with(|| {
            Box::new(Extra {
                dict: None,
                dict_object: None,
                payload: Payload::None,
                traceback: None,
            })
        })
    }

    #[inline]
    fn dict(&self) -> Option<&Attrs> {
        self.extra.as_ref().and_then(|e| e.dict.as_ref())
    }

    /// Moves the attributes out of the shape into an [`Attrs`] of the instance's own.
    fn make_dict(&mut self) -> &mut Attrs {
        if self.dict().is_none() {
            let mut attrs = Attrs::default();
            for (k, v) in self.shape.keys.iter().zip(self.values.drain(..)) {
                attrs.set(k.clone(), v);
            }
            self.values = SmallVec::new();
            self.extra_mut().dict = Some(attrs);
        }
        self.extra_mut().dict.as_mut().expect("just made")
    }

    /// The value bound to `name`.
    #[inline]
    pub fn get(&self, name: &str) -> Option<Value> {
        match self.dict() {
            Some(d) => d.get(name),
            None => self.shape.position(name).map(|i| self.values[i]),
        }
    }

    /// Binds `name`; a new name goes last. Returns the value it replaces.
    pub fn set(&mut self, name: Name, value: Value) -> Option<Value> {
        if self.dict().is_none() {
            if let Some(i) = self.shape.position(&name) {
                return Some(std::mem::replace(&mut self.values[i], value));
            }
            if self.shape.keys.len() < SHAPE_MAX_KEYS {
                self.shape = self.shape.child(&name);
                self.values.push(value);
                return None;
            }
        }
        self.make_dict().set(name, value)
    }

    /// [`get`](Self::get), looking first where `hint` says `name` was last time (a load site's
    /// [`Hint`]): the value there is used only if the shape's key at that position is `name`
    /// itself (the same interned text), so a hint never needs invalidating.
    #[inline]
    pub fn get_hinted(&self, name: &str, hint: &Hint) -> Option<Value> {
        if self.dict().is_some() {
            return self.get(name);
        }
        if let Some(i) = hint.get() {
            if let (Some(k), Some(v)) = (self.shape.keys.get(i), self.values.get(i)) {
                if std::ptr::eq(k.as_ptr(), name.as_ptr()) && k.len() == name.len() {
                    return Some(*v);
                }
            }
        }
        let i = self.shape.position(name)?;
        hint.set(i);
        self.values.get(i).copied()
    }

    /// The value where `hint` says `name` was last time, if it is still there: the hit half of
    /// [`get_hinted`](Self::get_hinted), small enough to inline into a load site. Misses (no
    /// hint, another shape, an instance with a dict of its own, whose `values` are empty) are
    /// `None`, for the caller's general path.
    #[inline(always)]
    pub fn at_hint(&self, name: &str, hint: &Hint) -> Option<Value> {
        let i = hint.get()?;
        let v = *self.values.get(i)?;
        let k = self.shape.keys.get(i)?;
        (std::ptr::eq(k.as_ptr(), name.as_ptr()) && k.len() == name.len()).then_some(v)
    }

    /// [`set_plain`](Self::set_plain)'s most common case, small enough to inline into a store
    /// site: an instance with nothing but its shape and values, rebinding the name where `hint`
    /// says it is. Returns the value replaced; `None` (nothing changed) for everything else.
    #[inline(always)]
    pub fn replace_at_hint(&mut self, name: &Name, value: Value, hint: &Hint) -> Option<Value> {
        if !self.shape.plain_store || self.extra.is_some() {
            return None;
        }
        let i = hint.get()?;
        let k = self.shape.keys.get(i)?;
        // A name among the keys was bound on an instance of this class, so rebinding it is what
        // `object.__setattr__` would do: `__dict__` and `__class__` never become keys, nor an
        // exception's `__traceback__`.
        if !(std::ptr::eq(k.as_ptr(), name.as_ptr()) && k.len() == name.len()) {
            return None;
        }
        let slot = self.values.get_mut(i)?;
        Some(std::mem::replace(slot, value))
    }

    /// [`set`](Self::set) for `object.__setattr__`'s common case, an instance without slots or a
    /// `__dict__` object given a name that is not `__dict__` or `__traceback__` (which are not
    /// kept here): `Some` of what `set` returns, `None` (nothing changed) if that is not the
    /// case. The name is cloned only when it is new; `hint` is the store site's, as in
    /// [`get_hinted`](Self::get_hinted).
    #[inline]
    pub fn set_plain(&mut self, name: &Name, value: Value, hint: &Hint) -> Option<Option<Value>> {
        if !self.shape.plain_store || special_attr_name(name) {
            return None;
        }
        match &self.extra {
            None => {}
            Some(e) if e.dict_object.is_some() => return None,
            Some(e) if e.dict.is_some() => return Some(self.set(name.clone(), value)),
            Some(_) => {}
        }
        if let Some(i) = hint.get() {
            if let (Some(k), Some(v)) = (self.shape.keys.get(i), self.values.get_mut(i)) {
                if std::ptr::eq(k.as_ptr(), name.as_ptr()) && k.len() == name.len() {
                    return Some(Some(std::mem::replace(v, value)));
                }
            }
        }
        if let Some(i) = self.shape.position(name) {
            hint.set(i);
            return Some(Some(std::mem::replace(&mut self.values[i], value)));
        }
        // A new name goes last, where the next instance given it in this order will have it.
        hint.set(self.values.len());
        Some(self.add_new(name, value))
    }

    /// [`set`](Self::set) of a name the shape does not have (the instance keeps its shape).
    fn add_new(&mut self, name: &Name, value: Value) -> Option<Value> {
        if self.shape.keys.len() < SHAPE_MAX_KEYS {
            self.shape = self.shape.child(name);
            self.values.push(value);
            return None;
        }
        self.make_dict().set(name.clone(), value)
    }

    /// Whether `name`, the interned name (of the syntax tree), is bound: by pointer alone while
    /// the instance keeps its shape.
    #[inline]
    pub fn has_interned(&self, name: &Name) -> bool {
        match self.dict() {
            Some(d) => d.get(name).is_some(),
            None => self.shape.has_interned(name),
        }
    }

    /// Unbinds `name`; returns the old value. The instance leaves its shape (CPython's
    /// key-sharing dicts also give up sharing on deletion).
    pub fn remove(&mut self, name: &str) -> Option<Value> {
        if self.dict().is_none() {
            self.shape.position(name)?;
        }
        self.make_dict().remove(name)
    }

    /// The bindings, in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = (&Name, Value)> {
        let (shaped, dict) = match self.dict() {
            Some(d) => (None, Some(d.iter())),
            None => (
                Some(self.shape.keys.iter().zip(self.values.iter().copied())),
                None,
            ),
        };
        shaped
            .into_iter()
            .flatten()
            .chain(dict.into_iter().flatten())
    }

    /// How many names are bound.
    pub fn len(&self) -> usize {
        match self.dict() {
            Some(d) => d.len(),
            None => self.values.len(),
        }
    }

    /// Whether no name is bound.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The class's slots (see [`SlotLayout`]).
    pub fn layout(&self) -> &SlotLayout {
        &self.shape.layout
    }

    /// The instance's `__dict__` object, once made: then only the slots are here, and every other
    /// attribute is in that dict (keyed by `str` objects), which the interpreter reads and writes.
    pub fn dict_object(&self) -> Option<Value> {
        self.extra.as_ref().and_then(|e| e.dict_object)
    }

    /// Makes `d` the instance's `__dict__` object: returns the attributes it must receive (all
    /// but the slots, in order), which leave this table.
    pub fn take_into_dict_object(&mut self, d: Value) -> Vec<(Name, Value)> {
        let slots = self.shape.layout.slots.clone();
        let moved: Vec<(Name, Value)> = self
            .iter()
            .filter(|(n, _)| !slots.contains(n))
            .map(|(n, v)| (n.clone(), v))
            .collect();
        if !moved.is_empty() {
            let table = self.make_dict();
            for (n, _) in &moved {
                table.remove(n);
            }
        }
        self.extra_mut().dict_object = Some(d);
        moved
    }

    /// Traces the values last to first (see the `Instance` case of `Object::trace`), then the
    /// payload and traceback. CPython releases slots before the dict, in [`SlotLayout`]'s order:
    /// reversed, those come last.
    fn trace_reversed(&self, tracer: &mut Tracer) {
        // Released after the slots, as `subtype_dealloc` clears slots before the dict.
        self.dict_object().trace(tracer);
        let slots = &self.shape.layout.slots;
        if slots.is_empty() {
            for v in self.values.iter().rev() {
                tracer.edge(*v);
            }
        } else {
            let pairs: Vec<(&Name, Value)> = self.iter().collect();
            for (k, v) in pairs.iter().rev() {
                if !slots.contains(k) {
                    tracer.edge(*v);
                }
            }
            for name in slots.iter().rev() {
                if let Some(v) = self.get(name) {
                    tracer.edge(v);
                }
            }
        }
        if let Some(e) = &self.extra {
            if let Some(d) = &e.dict {
                if slots.is_empty() {
                    d.trace_reversed(tracer);
                }
            }
            e.traceback.trace(tracer);
            match &e.payload {
                Payload::None => {}
                Payload::List(items) => items.trace(tracer),
                Payload::Dict(d) => d.trace(tracer),
                Payload::Value(v) => tracer.edge(*v),
            }
        }
    }
}

/// The builtin part of an instance whose class derives from a builtin container.
pub enum Payload {
    /// A plain object (or an exception: its `args` is an ordinary attribute).
    None,
    /// `class C(list)`.
    List(Vec<Value>),
    /// `class C(dict)`.
    Dict(Dict),
    /// `class C(tuple)`, `C(str)`, `C(int)`, `C(float)`, `C(bytes)`: the immutable builtin value
    /// the instance stands for (a plain `tuple`/`str`/`int`/`float`/`bytes` object), which every
    /// builtin operation the class does not override works on.
    Value(Value),
}

/// A module object.
pub struct Module {
    /// `__name__`.
    pub name: Rc<str>,
    /// The module's namespace: an [`ObjKind::Env`] that is also the globals of every function the
    /// module's source defines, so `module.x = v` is what those functions read as `x`.
    pub globals: Value,
}

/// A name-keyed namespace of variables (function locals live in frame slots instead).
pub struct Env {
    /// The variables, in first-assignment order (module teardown clears globals in this order).
    pub vars: Attrs,
}

/// The locals of a finished frame that a traceback refers to.
pub struct FrameObj {
    /// The frame's name, as tracebacks show it.
    pub name: Rc<str>,
    /// The file tracebacks name for it: `None` for the script, else a built-in module's
    /// (`Interp::frame_file`). A thin pointer: an `Rc<str>` would push `Object` past 64 bytes.
    pub file: Option<Rc<String>>,
    /// The frame's slots when it ended (empty while it runs). A boxed slice, not a `Vec`: the
    /// 8 bytes saved keep `line` within a 64-byte cell.
    pub slots: Box<[Option<Value>]>,
    /// The caller's frame object (`f_back`), set when the frame ends.
    pub back: Option<Value>,
    /// The line the frame was running when it ended (`f_lineno`; a running frame's is read from
    /// the frame itself).
    pub line: u32,
}

/// A weak reference object (`weakref.ref`, `weakref.WeakMethod`, `weakref.KeyedRef`): weak/'s
/// embeddable [`WeakRef`] (the referent and the callback, registered on the referent with this
/// object's handle) plus what minipy's kinds of reference add.
pub struct WeakRefObj {
    /// The referent and the callback. The callback is taken when it is called, as CPython clears
    /// `__callback__`.
    pub weak: WeakRef<Value>,
    /// For a `WeakMethod`: the method's function, held weakly too (CPython's `__func__` ref).
    pub func: Option<WeakAny>,
    /// The referent's hash, cached the first time `hash(ref)` succeeds.
    pub hash: Option<i64>,
    /// For a `weakref.KeyedRef`: its `key` attribute.
    pub key: Option<Value>,
    /// Whether this stands for a reference a weak container holds (`keyrefs()`, `valuerefs()`),
    /// whose callback in CPython is the container's internal removal function.
    pub internal_callback: bool,
}

impl WeakRefObj {
    /// A plain reference (not a `WeakMethod` or `KeyedRef`).
    pub fn new(weak: WeakRef<Value>) -> WeakRefObj {
        WeakRefObj {
            weak,
            func: None,
            hash: None,
            key: None,
            internal_callback: false,
        }
    }

    /// Whether it is a plain reference without callback: the one CPython hands out again.
    pub fn is_basic(&self) -> bool {
        self.weak.callback().is_none() && self.func.is_none() && self.key.is_none()
    }
}

/// A `weakref.proxy` object.
pub struct ProxyObj {
    /// The referent and the callback, as for [`WeakRefObj`].
    pub weak: WeakRef<Value>,
    /// Whether the referent was callable when the proxy was made: CPython then makes a
    /// `weakref.CallableProxyType` instead of a `weakref.ProxyType`.
    pub callable: bool,
}

/// A `weakref.finalize` object: weak/'s embeddable [`Finalize`], registered on its target with
/// this object's handle and rooted by the interpreter's [`FinalizeRegistry`](weakgc::FinalizeRegistry)
/// until it is called or detached.
pub type FinalizeObj = Finalize<Box<FinalizeCall>>;

/// What a `finalize` object calls.
#[derive(Clone)]
pub struct FinalizeCall {
    /// The callable.
    pub func: Value,
    /// Positional arguments.
    pub args: Vec<Value>,
    /// Keyword arguments.
    pub kwargs: Vec<(Name, Value)>,
}

impl Trace for FinalizeCall {
    fn trace(&self, tracer: &mut Tracer) {
        tracer.edge(self.func);
        self.args.trace(tracer);
        for (_, v) in &self.kwargs {
            tracer.edge(*v);
        }
    }
}

/// Where an object holds a weak/ [`WeakRef`]: a reference or a proxy.
impl Embeds<WeakRef<Value>> for Object {
    fn embedded(&self) -> Option<&WeakRef<Value>> {
        match &self.kind {
            ObjKind::WeakRef(w) => Some(&w.weak),
            ObjKind::Proxy(p) => Some(&p.weak),
            _ => None,
        }
    }

    fn embedded_mut(&mut self) -> Option<&mut WeakRef<Value>> {
        match &mut self.kind {
            ObjKind::WeakRef(w) => Some(&mut w.weak),
            ObjKind::Proxy(p) => Some(&mut p.weak),
            _ => None,
        }
    }
}

/// Where an object holds a weak/ [`Finalize`]: a `finalize` object.
impl Embeds<FinalizeObj> for Object {
    fn embedded(&self) -> Option<&FinalizeObj> {
        match &self.kind {
            ObjKind::Finalize(f) => Some(f),
            _ => None,
        }
    }

    fn embedded_mut(&mut self) -> Option<&mut FinalizeObj> {
        match &mut self.kind {
            ObjKind::Finalize(f) => Some(f),
            _ => None,
        }
    }
}

/// A small insertion-ordered map from names to values: instance attributes, class namespaces,
/// variables. Lookups scan linearly below a size where that beats hashing, then use an index.
#[derive(Default)]
pub struct Attrs {
    entries: Vec<(Name, Value)>,
    /// Boxed: one pointer instead of a map's 48 bytes in every class, module and namespace
    /// (it bounds `Object`'s size), for a map most of them never build.
    #[allow(clippy::box_collection)]
    index: Option<Box<NameIndex>>,
    /// The number of the set of names bound (see [`keys_version`](Self::keys_version)).
    keys_version: u32,
}

/// A number for a set of names an [`Attrs`] has just come to bind, never given before on this
/// process: 1, 2, ... and, once the numbers run out, 0 (which a hint never trusts).
fn next_keys_version() -> u32 {
    use std::sync::atomic::{AtomicU32, Ordering::Relaxed};
    static NEXT: AtomicU32 = AtomicU32::new(1);
    NEXT.fetch_update(Relaxed, Relaxed, |v| v.checked_add(1))
        .unwrap_or(0)
}

/// An [`Attrs`]' index: foldhash, not std's SipHash, which cost a module-level store ~100
/// instructions of hashing; seeded per map, so a script cannot pick colliding names ahead.
type NameIndex = std::collections::HashMap<Name, usize, foldhash::fast::RandomState>;

/// Above this many entries an [`Attrs`] keeps a hash index (measured: a linear scan of `Rc<str>`
/// names is faster up to about this size).
const ATTRS_INDEX_AT: usize = 12;

impl Attrs {
    /// The value bound to `name`.
    pub fn get(&self, name: &str) -> Option<Value> {
        self.position(name).map(|i| self.entries[i].1)
    }

    /// The value at position `i`, if the name bound there is `name` itself (the same interned
    /// text): a remembered position checked in a few instructions, without a search.
    #[inline]
    pub fn get_at(&self, i: usize, name: &str) -> Option<Value> {
        let (n, v) = self.entries.get(i)?;
        (std::ptr::eq(n.as_ptr(), name.as_ptr()) && n.len() == name.len()).then_some(*v)
    }

    /// Rebinds the name at position `i` to `value` if it is `name` itself (as
    /// [`get_at`](Self::get_at)); the value it replaces, or `None` (nothing changed) if not.
    #[inline]
    pub fn replace_at(&mut self, i: usize, name: &str, value: Value) -> Option<Value> {
        let (n, v) = self.entries.get_mut(i)?;
        (std::ptr::eq(n.as_ptr(), name.as_ptr()) && n.len() == name.len())
            .then(|| std::mem::replace(v, value))
    }

    /// A number for the set of names bound, which changes whenever a name is added or removed
    /// (not when one is rebound) to one no map has had before; 0 for a map never changed, or
    /// once the numbers run out. A global's load site uses it to trust that a name it found
    /// missing here is still missing (`Hint::builtin`).
    #[inline]
    pub fn keys_version(&self) -> u32 {
        self.keys_version
    }

    /// Where `name` is bound, and its value.
    pub fn find(&self, name: &str) -> Option<(usize, Value)> {
        self.position(name).map(|i| (i, self.entries[i].1))
    }

    fn position(&self, name: &str) -> Option<usize> {
        match &self.index {
            Some(index) => index.get(name).copied(),
            // By pointer first, as `Shape::position`.
            None => self
                .entries
                .iter()
                .position(|(n, _)| std::ptr::eq(n.as_ptr(), name.as_ptr()) && n.len() == name.len())
                .or_else(|| self.entries.iter().position(|(n, _)| &**n == name)),
        }
    }

    /// Binds `name`; a new name goes last. Returns the value it replaces.
    pub fn set(&mut self, name: Name, value: Value) -> Option<Value> {
        if let Some(i) = self.position(&name) {
            return Some(std::mem::replace(&mut self.entries[i].1, value));
        }
        self.entries.push((name.clone(), value));
        self.keys_version = next_keys_version();
        match &mut self.index {
            Some(index) => {
                index.insert(name, self.entries.len() - 1);
            }
            None if self.entries.len() > ATTRS_INDEX_AT => self.reindex(),
            None => {}
        }
        None
    }

    /// Unbinds `name`; returns the old value.
    pub fn remove(&mut self, name: &str) -> Option<Value> {
        let i = self.position(name)?;
        let (_, value) = self.entries.remove(i);
        self.keys_version = next_keys_version();
        if self.index.is_some() {
            self.reindex();
        }
        Some(value)
    }

    fn reindex(&mut self) {
        let index = self
            .entries
            .iter()
            .enumerate()
            .map(|(i, (n, _))| (n.clone(), i))
            .collect();
        self.index = Some(Box::new(index));
    }

    /// The bindings, in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = (&Name, Value)> {
        self.entries.iter().map(|(n, v)| (n, *v))
    }

    /// How many names are bound.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether no name is bound.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Unbinds every name.
    pub fn clear(&mut self) {
        self.entries.clear();
        self.index = None;
        self.keys_version = next_keys_version();
    }
}

impl Attrs {
    /// Traces the values last to first (see the `Instance` case of `Object::trace`).
    pub fn trace_reversed(&self, tracer: &mut Tracer) {
        for (_, v) in self.entries.iter().rev() {
            tracer.edge(*v);
        }
    }
}

impl Trace for Attrs {
    fn trace(&self, tracer: &mut Tracer) {
        for (_, v) in &self.entries {
            tracer.edge(*v);
        }
    }
}

impl Trace for Object {
    fn trace(&self, tracer: &mut Tracer) {
        match &self.kind {
            ObjKind::None
            | ObjKind::NotImplemented
            | ObjKind::Bool(_)
            | ObjKind::Int(_)
            | ObjKind::BigInt(_)
            | ObjKind::Float(_)
            | ObjKind::Complex(..)
            | ObjKind::Str(_)
            | ObjKind::Bytes(_)
            | ObjKind::ByteArray(_)
            | ObjKind::Ellipsis
            | ObjKind::Range(..)
            | ObjKind::Slice(_)
            | ObjKind::Code(_) => {}
            ObjKind::List(items) | ObjKind::Tuple(items) => items.trace(tracer),
            ObjKind::Dict(d) | ObjKind::Set(d) | ObjKind::FrozenSet(d) => d.trace(tracer),
            ObjKind::DictView(d, _) => tracer.edge(*d),
            ObjKind::Function(f) => {
                f.defaults.trace(tracer);
                f.closure.as_slice().trace(tracer);
                tracer.edge(f.globals);
                f.owner.trace(tracer);
                f.annotations.trace(tracer);
                f.dict.trace(tracer);
                f.doc.trace(tracer);
            }
            ObjKind::Builtin(_, recv) => recv.trace(tracer),
            ObjKind::Method(a, b) | ObjKind::Super(a, b) => {
                tracer.edge(*a);
                tracer.edge(*b);
            }
            ObjKind::StaticMethod(f) | ObjKind::ClassMethod(f) => tracer.edge(*f),
            ObjKind::Property(get, set, del, doc) => {
                get.trace(tracer);
                set.trace(tracer);
                del.trace(tracer);
                doc.trace(tracer);
            }
            ObjKind::Class(c) => {
                c.base.trace(tracer);
                c.extra_bases.trace(tracer);
                if let Some(mro) = &c.mro {
                    mro.trace(tracer);
                }
                c.attrs.trace(tracer);
                c.metaclass.trace(tracer);
            }
            ObjKind::Instance(i) => {
                tracer.edge(i.class);
                // Reversed: the collector releases what a dead object alone held last edge first,
                // and CPython releases an instance's attributes in insertion order.
                i.attrs.trace_reversed(tracer);
            }
            ObjKind::Module(m) => tracer.edge(m.globals),
            ObjKind::Env(e) => e.vars.trace(tracer),
            ObjKind::Cell(v) => v.trace(tracer),
            ObjKind::Traceback { frame, next, .. } => {
                tracer.edge(*frame);
                next.trace(tracer);
            }
            // Reported last to first: the collector releases what a dead frame alone held last
            // edge first, and CPython's `frame_dealloc` clears the locals in slot order, then
            // `f_back`.
            ObjKind::Frame(f) => {
                f.back.trace(tracer);
                for v in f.slots.iter().rev().flatten() {
                    tracer.edge(*v);
                }
            }
            ObjKind::Iter(state) => state.trace(tracer),
            ObjKind::WeakRef(w) => {
                w.weak.trace(tracer);
                w.key.trace(tracer);
            }
            ObjKind::Proxy(p) => p.weak.trace(tracer),
            ObjKind::Finalize(f) => f.trace(tracer),
            ObjKind::WeakKeyDict(d) => d.trace(tracer),
            ObjKind::WeakValueDict(d) => d.trace(tracer),
            ObjKind::WeakSet(s) => s.trace(tracer),
            ObjKind::File(_) => {}
            ObjKind::Generator(g) => g.trace(tracer),
        }
    }

    /// The Python type name, so the heap's own messages read as Python's
    /// (`cannot create weak reference to 'int' object`).
    fn type_name(&self) -> &str {
        match &self.kind {
            ObjKind::Instance(i) => i.class_name(),
            other => crate::runtime::types::builtin_type_name(other),
        }
    }

    /// Python's rules: the immutable and variable-size builtins (and `list`, `dict`) refuse weak
    /// references; functions, classes, modules, sets and instances of user classes accept them.
    /// Of the `weakref` module's own types, `WeakMethod` and the weak containers accept them, and
    /// `ref`, proxies and `finalize` (whose class has `__slots__ = ()`) refuse them; so do
    /// `staticmethod`, `classmethod` and `property` objects. (Instances of builtin classes refuse
    /// them too, which the interpreter checks: see `Interp::require_weakrefable`.)
    fn weakref_allowed(&self) -> bool {
        matches!(
            &self.kind,
            ObjKind::Function(_)
                | ObjKind::Builtin(..)
                | ObjKind::Method(..)
                | ObjKind::Class(_)
                | ObjKind::Module(_)
                | ObjKind::Set(_)
                | ObjKind::FrozenSet(_)
                | ObjKind::WeakRef(WeakRefObj { func: Some(_), .. })
                | ObjKind::WeakKeyDict(_)
                | ObjKind::WeakValueDict(_)
                | ObjKind::WeakSet(_)
                | ObjKind::Generator(_)
        ) || matches!(&self.kind, ObjKind::Instance(i) if i.attrs.layout().weakrefable)
    }

    fn has_finalizer(&self) -> bool {
        match &self.kind {
            ObjKind::Instance(i) => i.has_del(),
            ObjKind::Generator(g) => g.needs_close(),
            _ => false,
        }
    }

    /// What `--max-heap` must count beyond the cell: the text of a `str` when it is not inline and
    /// the item array of a `tuple`, both fixed for the object's life (as `extra_bytes` requires).
    /// Lists, dicts and sets grow, so they report nothing; their items are cells of their own, and
    /// one huge growth is refused by `over_limit`.
    fn extra_bytes(&self) -> usize {
        match &self.kind {
            ObjKind::Str(s) => s.heap_bytes(),
            ObjKind::Bytes(b) => b.len(),
            ObjKind::Tuple(items) => std::mem::size_of_val(items.as_slice()),
            _ => 0,
        }
    }

    /// Numbers, singletons, bound methods and the other kinds whose data are handles and plain
    /// values own nothing, so the sweep frees them without a drop (a third of an int-heavy loop's
    /// collection work); so does a `str` whose text is inline. Right for an object's life: no
    /// object ever changes its kind, and a `str`'s text never changes form.
    fn needs_drop(&self) -> bool {
        if let ObjKind::Str(s) = &self.kind {
            return !s.is_inline();
        }
        !matches!(
            self.kind,
            ObjKind::None
                | ObjKind::NotImplemented
                | ObjKind::Bool(_)
                | ObjKind::Int(_)
                | ObjKind::Float(_)
                | ObjKind::Complex(..)
                | ObjKind::Ellipsis
                | ObjKind::Range(..)
                | ObjKind::DictView(..)
                | ObjKind::Method(..)
                | ObjKind::Super(..)
                | ObjKind::StaticMethod(_)
                | ObjKind::ClassMethod(_)
                | ObjKind::Property(..)
                | ObjKind::Cell(_)
        )
    }

    fn label(&self) -> Option<String> {
        match &self.kind {
            ObjKind::Function(f) => Some(format!("function {}", f.qualname)),
            ObjKind::Class(c) => Some(format!("class {}", c.name)),
            ObjKind::Str(s) if s.len() <= 40 => Some(format!("{s:?}")),
            _ => None,
        }
    }

    fn has_weak_entries(&self) -> bool {
        matches!(
            &self.kind,
            ObjKind::WeakKeyDict(_) | ObjKind::WeakValueDict(_) | ObjKind::WeakSet(_)
        )
    }

    fn prune_weak(&mut self, liveness: &Liveness<'_>) {
        match &mut self.kind {
            ObjKind::WeakKeyDict(d) => d.prune_weak(liveness),
            ObjKind::WeakValueDict(d) => d.prune_weak(liveness),
            ObjKind::WeakSet(s) => s.prune_weak(liveness),
            _ => {}
        }
    }
}

/// A `def`'s docstring (`__doc__`): its first statement when that is a string literal. (Lambdas
/// have none; a class's `__doc__` needs the class body to bind it, which it does not yet.)
pub fn docstring(code: &Code) -> Option<&std::rc::Rc<str>> {
    let Code::Def(def) = code else {
        return None;
    };
    crate::syntax::ast::body_docstring(&def.body)
}

#[cfg(test)]
mod tests {
    use super::*;
    use weakgc::Heap;

    #[test]
    fn keys_version_changes_with_the_set_of_names_and_is_never_reused() {
        let mut heap = Heap::new();
        let v = heap.alloc(Object::new(ObjKind::None));
        let (mut a, mut b) = (Attrs::default(), Attrs::default());
        assert_eq!(a.keys_version(), 0, "a map never changed trusts no hint");
        let mut seen = std::collections::HashSet::new();
        a.set(Rc::from("x"), v);
        assert!(seen.insert(a.keys_version()));
        // Rebinding keeps the number; adding, removing and clearing give fresh ones, above and
        // below the index threshold, in either map.
        let before = a.keys_version();
        a.set(Rc::from("x"), v);
        assert_eq!(a.keys_version(), before);
        for i in 0..20 {
            a.set(Rc::from(format!("n{i}")), v);
            assert!(seen.insert(a.keys_version()));
            b.set(Rc::from(format!("n{i}")), v);
            assert!(seen.insert(b.keys_version()));
        }
        assert!(a.remove("n3").is_some());
        assert!(seen.insert(a.keys_version()));
        let unchanged = a.keys_version();
        assert!(a.remove("n3").is_none());
        assert_eq!(
            a.keys_version(),
            unchanged,
            "removing a missing name changes nothing"
        );
        b.clear();
        assert!(seen.insert(b.keys_version()));
        assert!(seen.iter().all(|&k| k != 0));
    }

    #[test]
    fn attrs_keep_insertion_order_across_the_index_threshold() {
        let mut heap = Heap::new();
        let v = heap.alloc(Object::new(ObjKind::None));
        let mut attrs = Attrs::default();
        for i in 0..20 {
            attrs.set(Rc::from(format!("a{i}")), v);
        }
        attrs.set(Rc::from("a3"), v);
        assert_eq!(attrs.len(), 20);
        assert!(attrs.remove("a5").is_some());
        assert!(attrs.get("a5").is_none());
        assert!(attrs.get("a19").is_some());
        let names: Vec<String> = attrs.iter().map(|(n, _)| n.to_string()).take(6).collect();
        assert_eq!(names, ["a0", "a1", "a2", "a3", "a4", "a6"]);
    }

    #[test]
    fn objects_fit_a_64_byte_cell_and_instances_take_48_bytes() {
        // Every object's heap cell is `size_of::<Object>()` rounded up to a size class: one big
        // variant would cost every int and instance (benches/minipy/tree).
        assert!(std::mem::size_of::<Object>() <= 64);
        assert!(std::mem::size_of::<Instance>() <= 48);
    }

    #[test]
    fn instances_of_a_class_share_shapes_until_one_deletes() {
        let mut heap = Heap::new();
        let v = heap.alloc(Object::new(ObjKind::None));
        let root = Shape::root(Rc::from("C"), false);
        let mut a = Instance::new(v, root.clone(), Payload::None);
        let mut b = Instance::new(v, root.clone(), Payload::None);
        for inst in [&mut a, &mut b] {
            assert!(inst.attrs.set(Rc::from("x"), v).is_none());
            assert!(inst.attrs.set(Rc::from("y"), v).is_none());
        }
        assert!(Rc::ptr_eq(&a.attrs.shape, &b.attrs.shape));
        assert_eq!(root.children.borrow().len(), 1);
        assert_eq!(a.attrs.set(Rc::from("x"), v), Some(v));
        assert!(a.attrs.remove("nope").is_none());
        assert_eq!(a.attrs.remove("x"), Some(v));
        assert!(a.attrs.get("x").is_none());
        assert!(a.attrs.set(Rc::from("x"), v).is_none());
        let names: Vec<String> = a.attrs.iter().map(|(n, _)| n.to_string()).collect();
        assert_eq!(names, ["y", "x"]);
        let names: Vec<String> = b.attrs.iter().map(|(n, _)| n.to_string()).collect();
        assert_eq!(names, ["x", "y"]);
        for i in 0..SHAPE_MAX_KEYS + 5 {
            b.attrs.set(Rc::from(format!("a{i}")), v);
        }
        assert_eq!(b.attrs.len(), SHAPE_MAX_KEYS + 7);
        assert_eq!(
            b.attrs.iter().last().map(|(n, _)| n.to_string()).as_deref(),
            Some("a34")
        );
        assert!(b.attrs.get("a0").is_some() && b.attrs.get("y").is_some());
    }

    #[test]
    fn builtins_refuse_weak_references_and_instances_accept_them() {
        let int = Object::new(ObjKind::Int(1));
        assert!(!int.weakref_allowed());
        assert_eq!(int.type_name(), "int");
        let none = Object::new(ObjKind::None);
        assert_eq!(none.type_name(), "NoneType");
    }
}
