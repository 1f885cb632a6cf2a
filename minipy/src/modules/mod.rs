//! The importable modules: `weakref`, `gc`, a minimal `sys`, minipy's own `minipy`, and the
//! standard library's.

pub mod extra;
pub mod gc;
pub mod hashlib;
pub mod importer;
pub mod inspect;
pub mod json;
pub mod math;
pub mod misc;
pub mod random;
pub mod re;
pub mod stdlib;
pub mod sys;
pub mod tb;
pub mod unicode_category;
pub mod unicodedata;
pub mod weak_iter;
pub mod weak_objects;
pub mod weak_set_ops;
pub mod weak_tables;
pub mod weakref;

use std::rc::Rc;

use crate::builtins::Builtin;
use crate::runtime::exceptions::{Exc, PyResult};
use crate::runtime::interp::Interp;
use crate::runtime::object::{Attrs, Env, Module, ObjKind, Value};
use crate::runtime::types::TypeTag;
use crate::syntax::ast::Name;

impl Interp {
    /// Whether minipy has module `name` built in (in Rust or embedded Python).
    pub(crate) fn is_embedded(name: &str) -> bool {
        matches!(
            name,
            "weakref"
                | "gc"
                | "minipy"
                | "sys"
                | "math"
                | "time"
                | "random"
                | "string"
                | "os"
                | "os.path"
        ) || stdlib::python_module(name).is_some()
    }

    /// The built-in module `name` (in Rust or embedded Python), made on first import.
    ///
    /// # Errors
    /// `ModuleNotFoundError` for modules minipy does not have.
    fn import_embedded(&mut self, name: &str) -> PyResult<Value> {
        if let Some(m) = self.cached_module(name)? {
            self.push_temp(m);
            return Ok(m);
        }
        if name == "builtins" {
            return self.builtins_module();
        }
        let mut attrs = Attrs::default();
        // The Python source that finishes the module, run in its namespace after `attrs`.
        let mut source: Option<&'static str> = None;
        match name {
            "weakref" => {
                for (attr, tag) in [
                    ("ref", TypeTag::WeakRef),
                    ("ReferenceType", TypeTag::WeakRef),
                    ("WeakMethod", TypeTag::WeakMethod),
                    ("KeyedRef", TypeTag::KeyedRef),
                    ("ProxyType", TypeTag::Proxy),
                    ("CallableProxyType", TypeTag::CallableProxy),
                    ("finalize", TypeTag::Finalize),
                    ("WeakKeyDictionary", TypeTag::WeakKeyDict),
                    ("WeakValueDictionary", TypeTag::WeakValueDict),
                    ("WeakSet", TypeTag::WeakSet),
                ] {
                    attrs.set(Name::from(attr), self.type_class(tag));
                }
                let proxy_types = vec![
                    self.type_class(TypeTag::Proxy),
                    self.type_class(TypeTag::CallableProxy),
                ];
                let proxy_types = self.alloc(ObjKind::Tuple(proxy_types))?;
                attrs.set(Name::from("ProxyTypes"), proxy_types);
                self.add_functions(
                    &mut attrs,
                    &[
                        Builtin::WeakProxy,
                        Builtin::WeakGetRefCount,
                        Builtin::WeakGetRefs,
                    ],
                )?;
            }
            "gc" => {
                self.add_functions(
                    &mut attrs,
                    &[
                        Builtin::GcCollect,
                        Builtin::GcDisable,
                        Builtin::GcEnable,
                        Builtin::GcIsEnabled,
                        Builtin::GcGetCount,
                        Builtin::GcGetReferrers,
                        Builtin::GcGetReferents,
                        Builtin::GcGetObjects,
                        Builtin::GcIsTracked,
                        Builtin::GcGetThreshold,
                        Builtin::GcSetThreshold,
                        Builtin::GcGetStats,
                        Builtin::GcGetDebug,
                        Builtin::GcSetDebug,
                        Builtin::GcIsFinalized,
                        Builtin::GcFreeze,
                        Builtin::GcUnfreeze,
                        Builtin::GcGetFreezeCount,
                    ],
                )?;
                self.gc_module_attrs(&mut attrs)?;
            }
            // minipy's own: why an object is alive (modules::inspect).
            "minipy" => self.add_functions(&mut attrs, &[Builtin::MinipyWhyAlive])?,
            "sys" => {
                let maxsize = self.int_value(i64::MAX)?;
                attrs.set(Name::from("maxsize"), maxsize);
                self.sys_attrs(&mut attrs)?;
                self.add_functions(&mut attrs, &[Builtin::TbExcInfo, Builtin::TbFrameInfo])?;
                self.add_functions(
                    &mut attrs,
                    &[
                        Builtin::SysExit,
                        Builtin::SysGetFrame,
                        Builtin::SysGetRecursionLimit,
                        Builtin::SysIsFinalizing,
                        Builtin::SysImportModule,
                        Builtin::SysReload,
                    ],
                )?;
                let path = self.sys_path_list()?;
                attrs.set(Name::from("path"), path);
                let modules = self.sys_modules_dict()?;
                attrs.set(Name::from("modules"), modules);
                source = Some(stdlib::SYS_PY);
            }
            "math" => self.math_attrs(&mut attrs)?,
            "time" => {
                self.time_attrs(&mut attrs)?;
                // `struct_time`, `gmtime`, `strftime`, ...
                source = Some(include_str!("py/time.py"));
            }
            "random" => {
                self.random_attrs(&mut attrs)?;
                // `Random` and `SystemRandom`.
                source = Some(include_str!("py/random.py"));
            }
            "string" => {
                self.string_attrs(&mut attrs)?;
                // `Template`, in Python.
                source = Some(include_str!("py/string_template.py"));
            }
            "os" => {
                self.os_attrs(&mut attrs)?;
                source = Some(include_str!("py/os.py"));
            }
            "os.path" => {
                self.os_path_attrs(&mut attrs)?;
                source = Some(include_str!("py/posixpath.py"));
            }
            _ => {
                let Some(module) = stdlib::python_module(name) else {
                    return Err(self.module_not_found(name));
                };
                self.add_module_functions(&mut attrs, module.rust_helpers)?;
                source = Some(module.source);
            }
        }
        let globals = self.module_globals(name, attrs)?;
        if let Some(source) = source {
            self.exec_python_module(name, source, globals)?;
        }
        let m = self.alloc(ObjKind::Module(Module {
            name: Rc::from(name),
            globals,
        }))?;
        self.cache_module(name, m)?;
        Ok(m)
    }

    /// A new module's namespace holding `attrs` and `__name__`.
    fn module_globals(&mut self, name: &str, attrs: Attrs) -> PyResult<Value> {
        let env = self.alloc(ObjKind::Env(Env { vars: attrs }))?;
        self.push_temp(env);
        let module_name = self.str_value(name)?;
        self.env_set(env, Name::from("__name__"), module_name);
        Ok(env)
    }

    /// The `builtins` module: a module whose attributes are the builtins namespace, so that
    /// `builtins.x = v` makes `x` a builtin everywhere, as in CPython. Its own namespace object
    /// stays empty: `Interp::module_attrs` answers for it.
    pub fn builtins_module(&mut self) -> PyResult<Value> {
        if let Some(m) = self.roots.side.builtins_module {
            self.push_temp(m);
            return Ok(m);
        }
        let globals = self.alloc(ObjKind::Env(crate::runtime::object::Env {
            vars: Attrs::default(),
        }))?;
        let m = self.alloc(ObjKind::Module(Module {
            name: Rc::from("builtins"),
            globals,
        }))?;
        self.roots.side.builtins_module = Some(m);
        self.roots.side.modules.set(Name::from("builtins"), m);
        Ok(m)
    }

    /// The namespace of `module` (its attributes), if it is a module.
    pub(crate) fn module_attrs(&self, module: Value) -> Option<&Attrs> {
        if self.roots.side.builtins_module == Some(module) {
            return Some(&self.roots.side.builtins);
        }
        let ObjKind::Module(m) = self.obj(module) else {
            return None;
        };
        match self.obj(m.globals) {
            ObjKind::Env(e) => Some(&e.vars),
            _ => None,
        }
    }

    /// The namespace of `module`, to change, if it is a module.
    pub(crate) fn module_attrs_mut(&mut self, module: Value) -> Option<&mut Attrs> {
        if self.roots.side.builtins_module == Some(module) {
            return Some(&mut self.roots.side.builtins);
        }
        let ObjKind::Module(m) = self.obj(module) else {
            return None;
        };
        let globals = m.globals;
        match self.obj_mut(globals) {
            ObjKind::Env(e) => Some(&mut e.vars),
            _ => None,
        }
    }

    fn add_functions(&mut self, attrs: &mut Attrs, ids: &[Builtin]) -> PyResult<()> {
        for id in ids {
            let f = self.alloc(ObjKind::Builtin(*id, None))?;
            attrs.set(Name::from(id.name()), f);
        }
        Ok(())
    }

    /// Calls a function of the `gc` or `weakref` module.
    pub(crate) fn module_function(&mut self, id: Builtin, args: &[Value]) -> PyResult<Value> {
        match id {
            Builtin::WeakProxy | Builtin::WeakGetRefCount | Builtin::WeakGetRefs => {
                self.weakref_function(id, args)
            }
            Builtin::SysExit => {
                self.check_arity("exit", args, 0, 1)?;
                let class = self.exc_class(Exc::SystemExit);
                Err(self.err_with(class, args.to_vec()))
            }
            Builtin::SysGetFrame => {
                self.check_arity("_getframe", args, 0, 1)?;
                let depth = match args.first() {
                    Some(d) => self.index_arg(*d)?.max(0) as usize,
                    None => 0,
                };
                let running = self.roots.frames.len();
                if depth >= running {
                    return Err(self.value_error("call stack is not deep enough"));
                }
                self.frame_object(running - 1 - depth)
                    .ok_or_else(|| self.memory_error())
            }
            Builtin::SysGetRecursionLimit => {
                self.check_arity("getrecursionlimit", args, 0, 0)?;
                self.int_value(crate::runtime::interp::RECURSION_LIMIT as i64)
            }
            Builtin::SysIsFinalizing => {
                // True from the end of the `atexit` pass, as CPython's `Py_FinalizeEx` sets it
                // before `__main__` is torn down.
                self.check_arity("is_finalizing", args, 0, 0)?;
                Ok(self.bool_value(self.shutting_down))
            }
            Builtin::SysImportModule => {
                self.check_arity("_import_module", args, 1, 1)?;
                let name = match self.obj(args[0]) {
                    ObjKind::Str(s) => s.clone(),
                    _ => return Err(self.type_error("module name must be str")),
                };
                self.import_module(&name)
            }
            Builtin::SysReload => {
                self.check_arity("reload", args, 1, 1)?;
                self.reload_module(args[0])
            }
            _ => self.gc_function(id, args),
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
    fn modules_import_once_and_from_imports_bind_names() {
        let src = "import weakref\nimport weakref as w\nfrom gc import collect, isenabled as on\nprint(weakref is w, callable(collect), on())\n";
        assert_eq!(run(src), "True True True\n");
    }

    #[test]
    fn unknown_modules_and_names_raise_import_errors() {
        let src = "try:\n    import socket\nexcept ImportError as e:\n    print(type(e).__name__, e)\ntry:\n    from gc import nothing\nexcept ImportError as e:\n    print(e)\n";
        assert_eq!(
            run(src),
            "ModuleNotFoundError No module named 'socket'\ncannot import name 'nothing' from 'gc'\n"
        );
    }

    #[test]
    fn only_run_checked_tells_an_imitated_internal_error_from_a_real_one() {
        let src = "import sys\nprint('minipy: internal error')\nsys.exit(101)\n";
        let (code, out) = crate::run_checked(src, &Options::default()).expect("the script ran");
        assert_eq!((code, out.as_str()), (101, "minipy: internal error\n"));
    }

    #[test]
    fn sys_exit_sets_the_exit_code_without_a_traceback() {
        let (code, out) =
            run_captured("import sys\nprint('a')\nsys.exit(4)\n", &Options::default());
        assert_eq!((code, out.as_str()), (4, "a\n"));
    }
}
