//! Python's `weakref` module: making `ref`, `proxy`, `WeakMethod`, `KeyedRef` and `finalize`
//! objects, `getweakrefcount`, `getweakrefs`, and the construction of the weak containers. How the
//! objects then behave is in `weak_objects`; the containers' operations are in `weak_tables`,
//! `weak_set_ops` and `weak_iter`.
//!
//! Every weak reference object (`ref`, `proxy`, `WeakMethod`, `KeyedRef`) is a heap object embedding
//! weak/'s `WeakRef` (its weak handle, which the collector clears when the referent dies before any
//! finalizer runs, and its callback), registered on its referent with the object's own handle by
//! `WeakRef::register_embedded`: with a callback through `Heap::watch`, so the collector queues a
//! callback job for it when the referent dies — if the weak reference object is itself alive then;
//! without one through `Heap::watch_without_callback`, so a death queues nothing for it (as in
//! CPython). A `finalize` object embeds weak/'s `Finalize`, made and rooted by the interpreter's
//! `FinalizeRegistry`. Both kinds are what `getweakrefcount` and `getweakrefs` list, together with
//! one listing-only registration per weak-container entry, which stands for the references
//! CPython's containers hold (see `weak_tables`).

use std::collections::hash_map::Entry;
use std::collections::HashMap;

use weakgc::{Finalize, Gc, HeapError, WeakAny, WeakKeyDictionary, WeakRef, WeakValueDictionary};

use crate::builtins::Builtin;
use crate::runtime::exceptions::{Exc, PyErr, PyResult};
use crate::runtime::interp::Interp;
use crate::runtime::object::{FinalizeCall, ObjKind, ProxyObj, Value, WeakRefObj};
use crate::runtime::types::TypeTag;
use crate::syntax::ast::Name;

/// Keyword arguments of a call, in order.
pub(crate) type Kwargs = Vec<(Name, Value)>;

pub use crate::runtime::basic_refs::BasicRefs;

impl Interp {
    /// A weak handle to `obj`, or CPython's `TypeError` for types that refuse weak references.
    pub fn downgrade(&mut self, obj: Value) -> PyResult<WeakAny> {
        self.require_weakrefable(obj)?;
        self.note_watched_object(obj);
        self.heap
            .downgrade_any(weakgc::Gc::erase(obj))
            .map_err(|e| self.heap_error(e))
    }

    /// A heap error as the Python exception it means.
    pub fn heap_error(&mut self, e: HeapError) -> PyErr {
        match e {
            HeapError::NotWeakReferenceable { .. } => self.type_error(e.to_string()),
            HeapError::OutOfMemory { .. } | HeapError::SystemOutOfMemory { .. } => {
                self.memory_error()
            }
            other => self.err(Exc::SystemError, format!("internal heap error: {other}")),
        }
    }

    /// A weak reference to `obj` carrying `callback`, to put into a reference or proxy object and
    /// register with [`register_ref`](Self::register_ref) once allocated; CPython's `TypeError`
    /// for types that refuse weak references.
    fn weak_ref(&mut self, obj: Value, callback: Option<Value>) -> PyResult<WeakRef<Value>> {
        self.require_weakrefable(obj)?;
        self.note_watched_object(obj);
        WeakRef::unregistered(&mut self.heap, obj, callback).map_err(|e| self.heap_error(e))
    }

    /// Registers reference or proxy object `r` on its referent (see the module doc).
    fn register_ref(&mut self, r: Value) -> PyResult<()> {
        WeakRef::register_embedded(&mut self.heap, r).map_err(|e| self.heap_error(e))
    }

    /// Registers weak reference object `wr` on `target`; its death queues a callback job for `wr`
    /// only if `calls_back`.
    fn watch(&mut self, target: Value, wr: Value, calls_back: bool) -> PyResult<()> {
        let (target, wr) = (weakgc::Gc::erase(target), weakgc::Gc::erase(wr));
        let registered = if calls_back {
            self.heap.watch(target, wr)
        } else {
            self.heap.watch_without_callback(target, wr)
        };
        registered.map_err(|e| self.heap_error(e))
    }

    /// Calls one of the `weakref` classes.
    pub(crate) fn construct_weak(
        &mut self,
        tag: TypeTag,
        args: Vec<Value>,
        kwargs: Vec<(Name, Value)>,
    ) -> PyResult<Value> {
        if tag == TypeTag::Finalize {
            // `__init__(self, obj, func, /, *args, **kwargs)`.
            if args.len() < 2 {
                self.check_py_arity("finalize.__init__", &["obj", "func"], 2, &args)?;
            }
            return self.new_finalize(args[0], args[1], args[2..].to_vec(), kwargs);
        }
        if tag == TypeTag::KeyedRef {
            return self.new_keyed_ref(args, kwargs);
        }
        let (args, kwargs) = self.weak_container_kwargs(tag, args, kwargs)?;
        if !kwargs.is_empty() && matches!(tag, TypeTag::WeakRef | TypeTag::WeakMethod) {
            // `WeakMethod.__new__` passes its keywords on to `ref.__new__`.
            return Err(self.type_error("ref() takes no keyword arguments"));
        }
        match tag {
            TypeTag::WeakRef => {
                self.check_arity("__new__", &args, 1, 2)?;
                let callback = args.get(1).copied().filter(|c| !self.is_none(*c));
                self.new_weakref(args[0], callback)
            }
            TypeTag::WeakMethod => {
                self.check_py_arity("WeakMethod.__new__", &["meth", "callback"], 1, &args)?;
                let callback = args.get(1).copied().filter(|c| !self.is_none(*c));
                let ObjKind::Method(func, recv) = self.obj(args[0]) else {
                    let t = self.type_of(args[0]);
                    let t = self.repr(t)?;
                    return Err(
                        self.type_error(format!("argument should be a bound method, not {t}"))
                    );
                };
                let (func, recv) = (*func, *recv);
                let weak = self.weak_ref(recv, callback)?;
                let func_target = self.downgrade(func)?;
                let wm = self.alloc(ObjKind::WeakRef(WeakRefObj {
                    func: Some(func_target),
                    ..WeakRefObj::new(weak)
                }))?;
                // CPython's WeakMethod also holds `ref(func, _cb)`: the callback runs once, when
                // the object or the function dies first (a second death finds it taken), and
                // the function counts that reference.
                self.register_ref(wm)?;
                self.watch(func, wm, callback.is_some())?;
                Ok(wm)
            }
            TypeTag::WeakKeyDict => {
                self.check_py_arity("WeakKeyDictionary.__init__", &["dict"], 0, &args)?;
                let d = self.alloc(ObjKind::WeakKeyDict(Box::new(WeakKeyDictionary::new())))?;
                if let Some(src) = args.first() {
                    self.weak_update(d, *src)?;
                }
                Ok(d)
            }
            TypeTag::WeakValueDict => {
                self.check_py_arity("WeakValueDictionary.__init__", &["other"], 0, &args)?;
                let d = self.alloc(ObjKind::WeakValueDict(Box::new(WeakValueDictionary::new())))?;
                if let Some(src) = args.first() {
                    self.weak_update(d, *src)?;
                }
                self.weak_update_kwargs(d, kwargs)?;
                Ok(d)
            }
            TypeTag::WeakSet => {
                self.check_py_arity("WeakSet.__init__", &["data"], 0, &args)?;
                let s = self.alloc(ObjKind::WeakSet(Box::default()))?;
                if let Some(src) = args.first() {
                    self.weak_update(s, *src)?;
                }
                Ok(s)
            }
            _ => Err(self.type_error("not a weakref class")),
        }
    }

    /// Binds the keyword arguments of the weak containers' constructors as their Python
    /// signatures do: `WeakKeyDictionary(dict=None)` and `WeakSet(data=None)` take their one
    /// parameter by keyword too, and `WeakValueDictionary(other=(), /, **kw)` keeps the rest as
    /// entries (returned). References' keywords are returned for the caller to refuse.
    fn weak_container_kwargs(
        &mut self,
        tag: TypeTag,
        mut args: Vec<Value>,
        kwargs: Vec<(Name, Value)>,
    ) -> PyResult<(Vec<Value>, Kwargs)> {
        let (class, param) = match tag {
            TypeTag::WeakKeyDict => ("WeakKeyDictionary", "dict"),
            TypeTag::WeakSet => ("WeakSet", "data"),
            _ => return Ok((args, kwargs)),
        };
        for (name, value) in kwargs {
            if &*name != param {
                return Err(self.type_error(format!(
                    "{class}.__init__() got an unexpected keyword argument '{name}'"
                )));
            }
            if !args.is_empty() {
                return Err(self.type_error(format!(
                    "{class}.__init__() got multiple values for argument '{param}'"
                )));
            }
            args.push(value);
        }
        Ok((args, Vec::new()))
    }

    /// `d.update(**kwargs)` for a weak dictionary: each keyword becomes a `str` key (which a
    /// `WeakKeyDictionary` refuses, as CPython's does).
    pub(crate) fn weak_update_kwargs(
        &mut self,
        d: Value,
        kwargs: Vec<(Name, Value)>,
    ) -> PyResult<()> {
        for (name, value) in kwargs {
            let key = self.str_value(&name)?;
            self.weak_setitem(d, key, value)?;
        }
        Ok(())
    }

    /// Whether `v` is `None`.
    pub fn is_none(&self, v: Value) -> bool {
        matches!(self.obj(v), ObjKind::None)
    }

    /// `weakref.ref(obj, callback)`. Without a callback, an existing plain reference to `obj` is
    /// returned instead of a new one, as CPython does.
    pub fn new_weakref(&mut self, obj: Value, callback: Option<Value>) -> PyResult<Value> {
        let weak = self.weak_ref(obj, callback)?;
        if callback.is_none() {
            if let Some(r) = self.reusable_weakref(obj, false) {
                return Ok(r);
            }
        }
        let wr = self.alloc(ObjKind::WeakRef(WeakRefObj::new(weak)))?;
        self.register_ref(wr)?;
        if callback.is_none() {
            self.remember_basic_ref(obj, wr, false);
        }
        Ok(wr)
    }

    /// A new reference to `obj` without callback that is not registered on it, so it is neither
    /// counted by `getweakrefcount` nor handed out again by `ref(obj)`: what minipy returns for a
    /// reference CPython keeps inside a weak container or a `finalize` object, which minipy holds
    /// as a registration, not as an object.
    pub(crate) fn unregistered_weakref(&mut self, obj: Value) -> PyResult<Value> {
        let weak = self.weak_ref(obj, None)?;
        self.alloc(ObjKind::WeakRef(WeakRefObj::new(weak)))
    }

    /// What `keyrefs()` (`key`: `None`) and `valuerefs()` (`key`: the entry's key, making a
    /// `KeyedRef`) list for an entry whose weak part is `obj`: a reference like those CPython's
    /// containers hold, with their internal callback (see `unregistered_weakref`).
    pub(crate) fn container_weakref(&mut self, obj: Value, key: Option<Value>) -> PyResult<Value> {
        let weak = self.weak_ref(obj, None)?;
        self.alloc(ObjKind::WeakRef(WeakRefObj {
            key,
            internal_callback: true,
            ..WeakRefObj::new(weak)
        }))
    }

    /// `weakref.KeyedRef(ob, callback, key)`: a reference with a `key` attribute, never reused.
    fn new_keyed_ref(&mut self, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
        let mut args = args;
        for (name, value) in kwargs {
            if &*name != "key" || args.len() != 2 {
                return Err(self.type_error(format!(
                    "KeyedRef.__new__() got an unexpected keyword argument '{name}'"
                )));
            }
            args.push(value);
        }
        self.check_py_arity("KeyedRef.__new__", &["ob", "callback", "key"], 3, &args)?;
        let (obj, key) = (args[0], args[2]);
        let callback = Some(args[1]).filter(|c| !self.is_none(*c));
        let weak = self.weak_ref(obj, callback)?;
        let r = self.alloc(ObjKind::WeakRef(WeakRefObj {
            key: Some(key),
            ..WeakRefObj::new(weak)
        }))?;
        self.register_ref(r)?;
        Ok(r)
    }

    /// A live plain reference (or proxy) to `obj` without callback, which CPython hands out again
    /// instead of making a new one.
    fn reusable_weakref(&mut self, obj: Value, proxy: bool) -> Option<Value> {
        // A stale handle (the reference died) does not downcast.
        let found = self.as_value(self.side.basic_refs.get(Gc::erase(obj), proxy)?)?;
        // Found dead by a collection whose sweep has not reached it yet: it still downcasts.
        if !self.heap.is_alive(found) {
            return None;
        }
        let weak = match self.obj(found) {
            ObjKind::WeakRef(r) if !proxy && r.is_basic() => &r.weak,
            ObjKind::Proxy(p) if proxy && p.weak.callback().is_none() => &p.weak,
            _ => {
                debug_assert!(false, "the index records only references without callback");
                return None;
            }
        };
        // A reference cleared by a collection stays cleared when a finalizer resurrects its
        // referent: it is no longer the object's reference (CPython unlinks it from the list).
        if weak.referent(&self.heap) != Some(Gc::erase(obj)) {
            return None;
        }
        self.push_temp(found);
        Some(found)
    }

    /// Records `r`, a new reference (`proxy`: a proxy) to `obj` without callback, for reuse.
    fn remember_basic_ref(&mut self, obj: Value, r: Value, proxy: bool) {
        let heap = &self.heap;
        self.side
            .basic_refs
            .insert(Gc::erase(obj), Gc::erase(r), proxy, |gc| heap.is_alive(gc));
    }

    /// An object's weak reference objects (`watchers`, in registration order) in the order
    /// CPython's `getweakrefs` lists them: the plain reference without callback, then the proxy
    /// without callback (each object has at most one of each: they are reused), then all the
    /// others newest first, as `weakref_ref`'s list insertion leaves them.
    fn in_cpython_list_order(&self, watchers: Vec<Value>) -> Vec<Value> {
        let is_basic_ref = |v: &Value| matches!(self.obj(*v), ObjKind::WeakRef(r) if r.is_basic());
        let is_basic_proxy =
            |v: &Value| matches!(self.obj(*v), ObjKind::Proxy(p) if p.weak.callback().is_none());
        let basic = watchers.iter().copied().filter(is_basic_ref);
        let proxy = watchers.iter().copied().filter(is_basic_proxy);
        let rest = watchers
            .iter()
            .rev()
            .copied()
            .filter(|v| !is_basic_ref(v) && !is_basic_proxy(v));
        basic.chain(proxy).chain(rest).collect()
    }

    /// `r()`: the referent while it lives, else `None`; for a `WeakMethod`, a new bound method.
    pub(crate) fn weakref_call(&mut self, wr: Value) -> PyResult<Value> {
        let ObjKind::WeakRef(w) = self.obj(wr) else {
            return Ok(self.none());
        };
        let (obj, func) = (w.weak.referent(&self.heap), w.func);
        let obj = obj.and_then(|t| self.as_value(t));
        let Some(obj) = obj else {
            return Ok(self.none());
        };
        match func {
            None => {
                self.push_temp(obj);
                Ok(obj)
            }
            Some(f) => match self.heap.upgrade_any(f).and_then(|f| self.as_value(f)) {
                Some(f) => {
                    // Both were reached through weak handles only: root them before allocating.
                    self.push_temp(obj);
                    self.push_temp(f);
                    self.alloc(ObjKind::Method(f, obj))
                }
                None => Ok(self.none()),
            },
        }
    }

    /// `weakref.finalize(obj, func, *args, **kwargs)`: a weak/ `Finalize` made by the
    /// interpreter's registry, embedded in a `finalize` object, which the registry then watches
    /// `obj` with and roots.
    fn new_finalize(
        &mut self,
        obj: Value,
        func: Value,
        args: Vec<Value>,
        kwargs: Vec<(Name, Value)>,
    ) -> PyResult<Value> {
        self.require_weakrefable(obj)?;
        self.note_watched_object(obj);
        let call = Box::new(FinalizeCall { func, args, kwargs });
        let fin = self
            .side
            .finalizers
            .unregistered(&mut self.heap, obj, call)
            .map_err(|e| self.heap_error(e))?;
        let f = self.alloc(ObjKind::Finalize(fin))?;
        self.side
            .finalizers
            .register_embedded(&mut self.heap, f)
            .map_err(|e| self.heap_error(e))?;
        Ok(f)
    }

    /// Roots what `finalize` object call `call` refers to on the temporaries stack: the object
    /// that held it no longer traces it.
    fn root_finalize_call(&mut self, call: &FinalizeCall) {
        self.push_temp(call.func);
        self.roots.temps.extend(call.args.iter().copied());
        self.roots.temps.extend(call.kwargs.iter().map(|(_, v)| *v));
    }

    /// `f()` for a `finalize` object: calls `func(*args, **kwargs)` once and returns its result;
    /// `None` once dead.
    pub fn call_finalize(&mut self, f: Value) -> PyResult<Value> {
        match Finalize::call(&mut self.heap, f) {
            Some(call) => {
                self.root_finalize_call(&call);
                self.call(call.func, call.args, call.kwargs)
            }
            None => Ok(self.none()),
        }
    }

    /// `f.detach()` and `f.peek()`: `(obj, func, args, kwargs)` while alive and the object lives.
    pub(crate) fn finalize_info(&mut self, f: Value, detach: bool) -> PyResult<Value> {
        let found = if detach {
            Finalize::detach(&mut self.heap, f)
        } else {
            Finalize::peek(&self.heap, f).map(|(obj, call)| (obj, call.clone()))
        };
        let Some((obj, call)) = found else {
            return Ok(self.none());
        };
        let Some(obj) = self.as_value(obj) else {
            return Ok(self.none());
        };
        self.push_temp(obj);
        self.root_finalize_call(&call);
        let args = self.alloc(ObjKind::Tuple(call.args))?;
        let kwargs = self.alloc(ObjKind::Dict(crate::runtime::dict::Dict::new()))?;
        for (k, v) in call.kwargs {
            let key = self.str_value(&k)?;
            self.dict_set(kwargs, key, v)?;
        }
        self.alloc(ObjKind::Tuple(vec![obj, call.func, args, kwargs]))
    }

    /// `weakref.proxy`, `weakref.getweakrefcount`, `weakref.getweakrefs`.
    pub(crate) fn weakref_function(&mut self, id: Builtin, args: &[Value]) -> PyResult<Value> {
        let name = id.name();
        match id {
            Builtin::WeakProxy => {
                self.check_arity(name, args, 1, 2)?;
                let obj = args[0];
                let callback = args.get(1).copied().filter(|c| !self.is_none(*c));
                let weak = self.weak_ref(obj, callback)?;
                if callback.is_none() {
                    if let Some(p) = self.reusable_weakref(obj, true) {
                        return Ok(p);
                    }
                }
                let callable = self.is_callable(obj);
                let p = self.alloc(ObjKind::Proxy(ProxyObj { weak, callable }))?;
                self.register_ref(p)?;
                if callback.is_none() {
                    self.remember_basic_ref(obj, p, true);
                }
                Ok(p)
            }
            Builtin::WeakGetRefCount | Builtin::WeakGetRefs => {
                self.check_arity(&format!("_weakref.{name}"), args, 1, 1)?;
                // Refcounting would already have freed temporary weak references; a collection
                // (its queued work runs at the next statement) does that here.
                self.collect_full();
                let watchers: Vec<Value> = self
                    .heap
                    .watchers(weakgc::Gc::erase(args[0]))
                    .into_iter()
                    .filter_map(|w| self.as_value(w))
                    .collect();
                if id == Builtin::WeakGetRefCount {
                    return self.int_value(watchers.len() as i64);
                }
                let obj = args[0];
                let mut refs = Vec::with_capacity(watchers.len());
                // Per `WeakValueDictionary`, the keys of its entries holding `obj` not yet listed
                // (registrations come newest first, so they are taken from the back).
                let mut keys: HashMap<Value, Vec<Value>> = HashMap::new();
                for w in self.in_cpython_list_order(watchers) {
                    self.push_temp(w);
                    let r = match self.obj(w) {
                        // A `WeakMethod` listed for its function: CPython's `_func_ref`.
                        ObjKind::WeakRef(m)
                            if m.func.is_some()
                                && m.weak.referent(&self.heap) != Some(Gc::erase(obj)) =>
                        {
                            self.container_weakref(obj, None)?
                        }
                        ObjKind::WeakRef(_) | ObjKind::Proxy(_) => w,
                        // A container entry or a `finalize` object: CPython would return the
                        // reference object it holds; minipy has none, so it makes a stand-in.
                        ObjKind::Finalize(_) => {
                            // `finalize` holds `ref(obj, self)`: its callback is the finalizer.
                            // An unregistered stand-in, not counted itself.
                            let weak = self.weak_ref(obj, Some(w))?;
                            self.alloc(ObjKind::WeakRef(WeakRefObj::new(weak)))?
                        }
                        ObjKind::WeakValueDict(_) => {
                            if let Entry::Vacant(slot) = keys.entry(w) {
                                let held: Vec<Value> = self
                                    .weak_items(w)?
                                    .into_iter()
                                    .filter(|(_, v)| *v == obj)
                                    .map(|(k, _)| k)
                                    .collect();
                                slot.insert(held);
                            }
                            let key = keys.get_mut(&w).and_then(Vec::pop);
                            let key = key.unwrap_or(self.none());
                            self.container_weakref(obj, Some(key))?
                        }
                        _ => self.container_weakref(obj, None)?,
                    };
                    refs.push(r);
                }
                self.alloc(ObjKind::List(refs))
            }
            _ => unreachable!("weakref functions only"),
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::{run_captured, Options};

    fn run(src: &str) -> String {
        run_captured(src, &Options::default()).1
    }

    #[test]
    fn refs_without_callback_are_reused_and_die_with_their_referent() {
        let src = "import weakref, gc\nclass T:\n    pass\nt = T()\na = weakref.ref(t)\nprint(a is weakref.ref(t), a() is t)\ndel t\ngc.collect()\nprint(a())\n";
        assert_eq!(run(src), "True True\nNone\n");
    }

    #[test]
    fn builtins_refuse_weak_references_with_cpythons_message() {
        let src = "import weakref\nfor v in [1, 'x', [], {}, (), None, 1.5]:\n    try:\n        weakref.ref(v)\n    except TypeError as e:\n        print(e)\n";
        assert_eq!(
            run(src),
            "cannot create weak reference to 'int' object\n\
             cannot create weak reference to 'str' object\n\
             cannot create weak reference to 'list' object\n\
             cannot create weak reference to 'dict' object\n\
             cannot create weak reference to 'tuple' object\n\
             cannot create weak reference to 'NoneType' object\n\
             cannot create weak reference to 'float' object\n"
        );
    }

    #[test]
    fn finalize_runs_once_and_atexit_ones_run_at_exit_newest_first() {
        let src = "import weakref\nclass R:\n    pass\na = R()\nb = R()\nweakref.finalize(a, print, 'exit a')\nweakref.finalize(b, print, 'exit b')\nf = weakref.finalize(b, print, 'never')\nf.atexit = False\nprint('end')\n";
        assert_eq!(run(src), "end\nexit b\nexit a\n");
    }
}
