//! How the `weakref` module's objects behave once made: weak references' equality and
//! attributes, their calls (and proxies' and `finalize`'s), the attribute stores CPython refuses
//! with its own messages, and the names CPython gives the methods of the classes `weakref.py` and
//! `_weakrefset.py` define in Python (their reprs, types and argument errors).

use crate::builtins::Builtin;
use crate::runtime::exceptions::{Exc, PyResult};
use crate::runtime::interp::Interp;
use crate::runtime::object::{ObjKind, Value, WeakRefObj};

use super::weakref::Kwargs;

pub use crate::runtime::builtin_id::{python_method_params, python_method_qualname};

impl Interp {
    /// Binds keyword arguments to the parameters of Python-level method `id` (see
    /// [`python_method_params`]), as a Python function call does: the positional arguments
    /// extended with the keywords in parameter order, or CPython's `TypeError` for an unknown or
    /// repeated name. A missing parameter before a given one is left to the arity check.
    pub(crate) fn bind_py_kwargs(
        &mut self,
        id: Builtin,
        mut args: Vec<Value>,
        kwargs: Kwargs,
    ) -> PyResult<Vec<Value>> {
        let qualname = python_method_qualname(id).unwrap_or_default();
        let (params, required) = python_method_params(id);
        let mut bound: Vec<Option<Value>> = vec![None; params.len()];
        for (name, value) in kwargs {
            let Some(i) = params.iter().position(|p| *p == &*name) else {
                return Err(self.type_error(format!(
                    "{qualname}() got an unexpected keyword argument '{name}'"
                )));
            };
            if i < args.len() || bound[i].is_some() {
                return Err(self.type_error(format!(
                    "{qualname}() got multiple values for argument '{name}'"
                )));
            }
            bound[i] = Some(value);
        }
        for (i, slot) in bound.into_iter().enumerate().skip(args.len()) {
            match slot {
                Some(v) if i == args.len() => args.push(v),
                Some(_) => {
                    // A gap before a keyword: the gap is a missing parameter (only a required
                    // one can precede another parameter in these signatures).
                    self.check_py_arity(&qualname, params, required, &args)?;
                }
                None => {}
            }
        }
        Ok(args)
    }

    /// The referent of weak reference `r` and, for a `WeakMethod`, its function: `None` once
    /// either died (a `WeakMethod` is dead when either is: CPython's `_alive`).
    fn weakref_parts(&mut self, r: Value) -> Option<(Value, Option<Value>)> {
        let ObjKind::WeakRef(w) = self.obj(r) else {
            return None;
        };
        let (target, func) = (w.weak.target(), w.func);
        let obj = self
            .heap
            .upgrade_any(target)
            .and_then(|t| self.as_value(t))?;
        let func = match func {
            None => None,
            Some(f) => Some(self.heap.upgrade_any(f).and_then(|f| self.as_value(f))?),
        };
        self.push_temp(obj);
        if let Some(f) = func {
            self.push_temp(f);
        }
        Some((obj, func))
    }

    /// `a == b` for two weak references, as CPython's `weakref_richcompare` and
    /// `WeakMethod.__eq__`: while both live, their referents compare (and two `WeakMethod`s'
    /// functions too); once either died, only identity. A `WeakMethod` compared with a plain
    /// `ref` returns `NotImplemented`, so the `ref` side answers by referents.
    pub(crate) fn weakref_eq(&mut self, a: Value, b: Value) -> PyResult<bool> {
        if a == b {
            return Ok(true);
        }
        let (Some((x, fx)), Some((y, fy))) = (self.weakref_parts(a), self.weakref_parts(b)) else {
            return Ok(false);
        };
        if let (Some(fx), Some(fy)) = (fx, fy) {
            if !self.eq(fx, fy)? {
                return Ok(false);
            }
        }
        self.eq(x, y)
    }

    /// `a == b` when either is a proxy. A proxy compares as its referent (`proxy_richcompare`
    /// unwraps both operands), except under a plain reference on the left: `ref.__eq__` accepts
    /// any weak reference object, proxies included, and compares the two referents while both
    /// live, identities once either died (so without `ReferenceError`).
    pub(crate) fn proxy_eq(&mut self, a: Value, b: Value) -> PyResult<Value> {
        let plain_ref = matches!(self.obj(a), ObjKind::WeakRef(w) if w.func.is_none());
        if plain_ref && matches!(self.obj(b), ObjKind::Proxy(_)) {
            let target = match self.obj(b) {
                ObjKind::Proxy(p) => self.heap.upgrade_any(p.weak.target()),
                _ => None,
            };
            let referents = (
                self.weakref_parts(a).map(|(x, _)| x),
                target.and_then(|t| self.as_value(t)),
            );
            return match referents {
                (Some(x), Some(y)) => {
                    self.push_temp(y);
                    self.rich_eq(x, y)
                }
                _ => Ok(self.bool_value(false)),
            };
        }
        let a = self.unproxy(a)?;
        let b = self.unproxy(b)?;
        self.rich_eq(a, b)
    }

    /// `r.__callback__`: the callback while the referent lives, else `None`. A live
    /// `WeakMethod`'s is CPython's internal `_cb` function, which minipy does not have.
    pub(crate) fn weakref_callback_attr(&mut self, r: Value) -> PyResult<Value> {
        let ObjKind::WeakRef(w) = self.obj(r) else {
            return Ok(self.none());
        };
        let (callback, is_method, internal) = (
            w.weak.callback().copied(),
            w.func.is_some(),
            w.internal_callback,
        );
        let target = w.weak.target();
        // A `WeakMethod` is a reference to its object: its callback stays set while the object
        // lives, even once the function died.
        let alive = if is_method {
            self.heap.upgrade_any(target).is_some()
        } else {
            self.weakref_parts(r).is_some()
        };
        if !alive {
            return Ok(self.none());
        }
        if is_method {
            return Err(self.err(
                Exc::NotImplementedError,
                "minipy does not support WeakMethod.__callback__ (CPython's internal _cb function)",
            ));
        }
        if internal {
            return Err(self.err(
                Exc::NotImplementedError,
                "minipy does not support the __callback__ of a weak container's references \
                 (CPython's internal remove function)",
            ));
        }
        Ok(callback.unwrap_or(self.none()))
    }

    /// `obj.name = value` (`value` is `None` for `del obj.name`) for the `weakref` module's
    /// objects where CPython does more than say `has no attribute`: a `KeyedRef`'s `key` slot is
    /// writable; `__callback__` is a read-only member of weak references; `finalize`'s `alive`
    /// is a property without setter and its methods are read-only under `__slots__ = ()`. `None`
    /// for anything else.
    pub(crate) fn weak_setattr(
        &mut self,
        obj: Value,
        name: &str,
        value: Option<Value>,
    ) -> Option<PyResult<()>> {
        let delete = value.is_none();
        if let (ObjKind::WeakRef(WeakRefObj { key: Some(_), .. }), "key") = (self.obj(obj), name) {
            let Some(value) = value else {
                return Some(Err(self.err(
                    Exc::NotImplementedError,
                    "minipy does not support deleting KeyedRef.key",
                )));
            };
            if let ObjKind::WeakRef(w) = self.obj_mut(obj) {
                w.key = Some(value);
            }
            return Some(Ok(()));
        }
        let msg = match (self.obj(obj), name) {
            (ObjKind::WeakRef(_), "__callback__") => "readonly attribute".to_string(),
            (ObjKind::Code(_), n) if n.starts_with("co_") => "readonly attribute".to_string(),
            (ObjKind::Finalize(_), "alive" | "atexit") => {
                let missing = if delete { "deleter" } else { "setter" };
                format!("property '{name}' of 'finalize' object has no {missing}")
            }
            (ObjKind::Finalize(_), "peek" | "detach" | "__call__") => {
                format!("'finalize' object attribute '{name}' is read-only")
            }
            _ => return None,
        };
        Some(Err(self.err(Exc::AttributeError, msg)))
    }

    /// Calls a weak reference, proxy or `finalize` object, with CPython's argument errors: a
    /// reference takes no arguments, a proxy is callable only if it is a `CallableProxyType`, and
    /// `finalize.__call__(self, _=None)` takes (and ignores) one.
    pub(crate) fn call_weak(
        &mut self,
        f: Value,
        args: Vec<Value>,
        kwargs: Kwargs,
    ) -> PyResult<Value> {
        match self.obj(f) {
            ObjKind::WeakRef(_) => {
                if !kwargs.is_empty() {
                    return Err(self.type_error("weakref() takes no keyword arguments"));
                }
                if !args.is_empty() {
                    return Err(self
                        .type_error(format!("weakref expected 0 arguments, got {}", args.len())));
                }
                self.weakref_call(f)
            }
            ObjKind::Proxy(p) if !p.callable => {
                Err(self.type_error("'weakref.ProxyType' object is not callable"))
            }
            ObjKind::Proxy(_) => {
                let target = self.proxy_target(f)?;
                self.call(target, args, kwargs)
            }
            _ => {
                let mut positional = args;
                for (name, value) in kwargs {
                    if &*name != "_" || !positional.is_empty() {
                        let msg = if &*name == "_" {
                            "finalize.__call__() got multiple values for argument '_'".to_string()
                        } else {
                            format!(
                                "finalize.__call__() got an unexpected keyword argument '{name}'"
                            )
                        };
                        return Err(self.type_error(msg));
                    }
                    positional.push(value);
                }
                self.check_py_arity("finalize.__call__", &["_"], 0, &positional)?;
                self.call_finalize(f)
            }
        }
    }
}
