//! `globals()`: a dict kept in step with a module's namespace.
//!
//! A module's globals live in a name-keyed namespace (`ObjKind::Env`), which every global load
//! and store reads directly; CPython's are a dict. `globals()` returns one dict per namespace
//! (the same object at every call) and keeps the two equal in both directions:
//!
//! - a store into the dict (`dict_set`, `dict_remove`, `popitem`, `clear`) binds or unbinds the
//!   name in the namespace, when the key is a `str`;
//! - a binding in the namespace through `env_set`/`env_remove` (assignments, `del`, `def`,
//!   `import`) is written into the dict;
//! - bindings made another way (`setattr` on the module object) are copied in at the next
//!   `globals()` call, which brings the dict up to date before returning it.
//!
//! Invariant: `Roots::namespace_dicts` pairs each namespace with its dict, at most once each; it
//! is empty until a script calls `globals()`, so every hook below costs one length test then.
//! At exit the pairs are forgotten (the dicts would keep every global alive through the module
//! teardown, which must release them in CPython's order).

use crate::runtime::exceptions::PyResult;
use crate::runtime::interp::Interp;
use crate::runtime::object::{ObjKind, Value};
use crate::syntax::ast::Name;

impl Interp {
    /// The dict `globals()` returns for the namespace `env`: the same one at every call, brought
    /// up to date with the namespace first.
    pub(crate) fn globals_dict(&mut self, env: Value) -> PyResult<Value> {
        let pairs: Vec<(Name, Value)> = match self.obj(env) {
            ObjKind::Env(e) => e.vars.iter().map(|(n, v)| (n.clone(), v)).collect(),
            _ => Vec::new(),
        };
        let known = self.namespace_dict_of(env);
        let d = match known {
            Some(d) => d,
            None => self.alloc(ObjKind::Dict(crate::runtime::dict::Dict::new()))?,
        };
        if known.is_none() && !self.shutting_down {
            self.roots.side.namespace_dicts.push((env, d));
        }
        // Names the namespace no longer has (bound and unbound by `setattr`/`delattr` on the
        // module since the last call) leave the dict; the rest are set where they differ.
        if known.is_some() {
            let stale: Vec<Value> = self
                .dict_ref(d)
                .map(|t| {
                    t.iter()
                        .filter(|e| match self.obj(e.key) {
                            ObjKind::Str(s) => !pairs.iter().any(|(n, _)| **n == **s),
                            _ => false,
                        })
                        .map(|e| e.key)
                        .collect()
                })
                .unwrap_or_default();
            for key in stale {
                self.dict_remove_unmirrored(d, key)?;
            }
        }
        for (name, value) in pairs {
            let key = self.str_value(&name)?;
            if self.dict_get(d, key)? != Some(value) {
                self.dict_set_unmirrored(d, key, value)?;
            }
        }
        Ok(d)
    }

    /// The dict `globals()` made for the namespace `env`, if any.
    fn namespace_dict_of(&self, env: Value) -> Option<Value> {
        self.roots
            .side
            .namespace_dicts
            .iter()
            .find(|(e, _)| *e == env)
            .map(|&(_, d)| d)
    }

    /// After `d[key]` was set to `value` (or removed, `None`): if `d` is a namespace's dict and
    /// `key` a `str`, the same binding in the namespace.
    pub(crate) fn globals_dict_changed(&mut self, d: Value, key: Value, value: Option<Value>) {
        let Some(&(env, _)) = self
            .roots
            .side
            .namespace_dicts
            .iter()
            .find(|(_, nd)| *nd == d)
        else {
            return;
        };
        let ObjKind::Str(text) = self.obj(key) else {
            return;
        };
        let name = crate::syntax::intern::intern(text);
        match value {
            Some(v) => self.env_set_unmirrored(env, name, v),
            None => {
                self.env_remove_unmirrored(env, &name);
            }
        }
    }

    /// After `name` was bound to `value` in `env` (or unbound, `None`): the same in the dict
    /// `globals()` made for `env`, if any. A `MemoryError` making the key leaves the dict behind
    /// until the next `globals()` call, which catches it up.
    pub(crate) fn mirror_to_globals_dict(&mut self, env: Value, name: &str, value: Option<Value>) {
        let Some(d) = self.namespace_dict_of(env) else {
            return;
        };
        let height = self.temps_height();
        if let Ok(key) = self.str_value(name) {
            // A `str` key's hash and comparison cannot raise.
            let _ = match value {
                Some(v) => self.dict_set_unmirrored(d, key, v),
                None => self.dict_remove_unmirrored(d, key).map(drop),
            };
        }
        self.truncate_temps(height);
    }

    /// Forgets every namespace's dict (at exit; see the module doc).
    pub(crate) fn forget_globals_dicts(&mut self) {
        self.roots.side.namespace_dicts.clear();
    }
}
