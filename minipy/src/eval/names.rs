//! Reading, binding and deleting variables: Python's LEGB rule over `Env` namespaces.
//!
//! A function's locals live in its call's `Env`, whose parent is the `Env` of the function that
//! defined it (closures); class bodies and comprehensions get their own `Env` too. The module's
//! globals are an `Env` without parent, and builtins come last.

use crate::ast::Name;
use crate::exceptions::PyResult;
use crate::interp::{Frame, FrameKind, Interp};
use crate::object::{ObjKind, Value};

impl Interp {
    /// The running frame.
    pub fn frame(&self) -> &Frame {
        self.roots.frames.last().expect("a frame is running")
    }

    fn env_get(&self, env: Value, name: &str) -> Option<Value> {
        match self.obj(env) {
            ObjKind::Env(e) => e.vars.get(name),
            _ => None,
        }
    }

    fn env_parent(&self, env: Value) -> Option<Value> {
        match self.obj(env) {
            ObjKind::Env(e) => e.parent,
            _ => None,
        }
    }

    /// Binds `name` in the namespace `env`.
    pub fn env_set(&mut self, env: Value, name: Name, value: Value) {
        if let ObjKind::Env(e) = self.obj_mut(env) {
            e.vars.set(name, value);
        }
    }

    fn env_remove(&mut self, env: Value, name: &str) -> bool {
        match self.obj_mut(env) {
            ObjKind::Env(e) => e.vars.remove(name).is_some(),
            _ => false,
        }
    }

    /// The value of variable `name` where the running frame sees it.
    ///
    /// # Errors
    /// `NameError`, or `UnboundLocalError` for a local read before assignment.
    pub fn load_name(&mut self, name: &Name) -> PyResult<Value> {
        let frame = self.frame();
        let (env, globals) = (frame.env, frame.globals);
        let found = match &frame.kind {
            FrameKind::Module => self.env_get(env, name),
            FrameKind::Function { scope, .. } => {
                if scope.globals.contains(name) {
                    self.env_get(globals, name)
                } else if scope.locals.contains(name) {
                    match self.env_get(env, name) {
                        Some(v) => Some(v),
                        None => {
                            return Err(self.err(
                                "UnboundLocalError",
                                format!(
                                    "cannot access local variable '{name}' where it is not \
                                     associated with a value"
                                ),
                            ))
                        }
                    }
                } else {
                    self.enclosing_lookup(self.env_parent(env), name)
                        .or_else(|| self.env_get(globals, name))
                }
            }
            FrameKind::Class | FrameKind::Comprehension => self
                .enclosing_lookup(Some(env), name)
                .or_else(|| self.env_get(globals, name)),
        };
        if let Some(v) = found.or_else(|| self.roots.builtins.get(name)) {
            self.push_temp(v);
            return Ok(v);
        }
        Err(self.err("NameError", format!("name '{name}' is not defined")))
    }

    /// The first binding of `name` in `env` and its parents.
    fn enclosing_lookup(&self, mut env: Option<Value>, name: &str) -> Option<Value> {
        let mut hops = 0;
        while let Some(e) = env {
            if let Some(v) = self.env_get(e, name) {
                return Some(v);
            }
            env = self.env_parent(e);
            hops += 1;
            if hops > 100_000 {
                return None;
            }
        }
        None
    }

    /// The namespace an assignment to `name` writes to in the running frame.
    fn binding_env(&self, name: &str) -> Value {
        let frame = self.frame();
        match &frame.kind {
            FrameKind::Function { scope, .. } if scope.globals.contains(name) => frame.globals,
            FrameKind::Function { scope, .. } if scope.nonlocals.contains(name) => {
                let mut env = self.env_parent(frame.env);
                while let Some(e) = env {
                    if self.env_get(e, name).is_some() {
                        return e;
                    }
                    env = self.env_parent(e);
                }
                self.env_parent(frame.env).unwrap_or(frame.env)
            }
            _ => frame.env,
        }
    }

    /// `name = value` in the running frame.
    pub fn store_name(&mut self, name: &Name, value: Value) {
        let env = self.binding_env(name);
        self.env_set(env, name.clone(), value);
    }

    /// `del name` in the running frame.
    ///
    /// # Errors
    /// `NameError` if the name is not bound there.
    pub fn delete_name(&mut self, name: &Name) -> PyResult<()> {
        let env = self.binding_env(name);
        if self.env_remove(env, name) {
            return Ok(());
        }
        let local = matches!(&self.frame().kind, FrameKind::Function { scope, .. }
            if scope.locals.contains(name));
        Err(if local {
            self.err(
                "UnboundLocalError",
                format!(
                    "cannot access local variable '{name}' where it is not associated with a value"
                ),
            )
        } else {
            self.err("NameError", format!("name '{name}' is not defined"))
        })
    }

    /// The namespace a function defined in the running frame closes over: the frame's own locals,
    /// except that class bodies are skipped (methods do not see class attributes as variables) and
    /// the module level needs none.
    pub fn closure_env(&self) -> Option<Value> {
        let frame = self.frame();
        match frame.kind {
            FrameKind::Module => None,
            FrameKind::Function { .. } | FrameKind::Comprehension => Some(frame.env),
            FrameKind::Class => self.env_parent(frame.env),
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
    fn locals_shadow_globals_and_builtins() {
        let src = "len = 5\ndef f():\n    len = 7\n    return len\nprint(f(), len)\ndel len\nprint(len([1]))\n";
        assert_eq!(run(src), "7 5\n1\n");
    }

    #[test]
    fn reading_a_local_before_assignment_is_unbound_local_error() {
        let src = "x = 1\ndef f():\n    print(x)\n    x = 2\ntry:\n    f()\nexcept UnboundLocalError as e:\n    print(type(e).__name__, isinstance(e, NameError))\n";
        assert_eq!(run(src), "UnboundLocalError True\n");
    }

    #[test]
    fn methods_do_not_see_class_attributes_as_variables() {
        let src = "y = 'global'\nclass C:\n    y = 'class'\n    def m(self):\n        return y\nprint(C().m(), C.y)\n";
        assert_eq!(run(src), "global class\n");
    }

    #[test]
    fn deleting_an_unbound_name_is_name_error() {
        let src = "try:\n    del nothing\nexcept NameError as e:\n    print(e)\n";
        assert_eq!(run(src), "name 'nothing' is not defined\n");
    }
}
