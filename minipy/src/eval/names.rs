//! Reading, binding and deleting variables through the locators the resolver wrote into the tree
//! (see `resolve`): nothing here searches scopes at run time.
//!
//! A function frame keeps its locals in slots (`Frame::slots`, a Rust vector rooted through
//! `Roots`); a local an inner scope captures lives in a `cell` object on the heap, which the slot
//! holds and every closure using it shares. Module globals and class bodies are name-keyed
//! namespaces (`Env` objects); builtins come last. So a frame's locals die when it returns, unless a
//! cell a closure still holds keeps one.

use crate::runtime::exceptions::{Exc, PyErr, PyResult};
use std::rc::Rc;

use crate::runtime::interp::{Frame, FrameKind, FrameNames, Interp};
use crate::runtime::object::{ObjKind, Value};
use crate::syntax::ast::{Hint, Layout, Name, NameLoc};
use crate::syntax::intern::intern;

impl Interp {
    /// The running frame.
    #[inline]
    pub fn frame(&self) -> &Frame {
        self.roots.frames.last().expect("a frame is running")
    }

    /// `frame`'s name and `__qualname__`: its own, or a function frame's code's (`co_name`,
    /// `co_qualname`). The frame roots its function, whose code is never replaced.
    pub fn frame_names(&self, frame: &Frame) -> FrameNames {
        if let Some(names) = &frame.names {
            return names.clone();
        }
        match &frame.kind {
            FrameKind::Function { func } => match self.obj(*func) {
                ObjKind::Function(f) => FrameNames {
                    name: f.code.name(),
                    qualname: f.code_qualname.clone(),
                },
                _ => FrameNames {
                    name: Rc::from("?"),
                    qualname: Rc::from("?"),
                },
            },
            _ => unreachable!("only a function's frame takes its names from its code"),
        }
    }

    #[inline]
    fn frame_mut(&mut self) -> &mut Frame {
        self.roots.frames.last_mut().expect("a frame is running")
    }

    /// The running frame's slot `i` (`None` if it is empty).
    #[inline]
    fn slot(&self, i: u32) -> Option<Value> {
        self.frame().slots.get(i as usize).copied().flatten()
    }

    pub(crate) fn env_get(&self, env: Value, name: &str) -> Option<Value> {
        match self.obj(env) {
            ObjKind::Env(e) => e.vars.get(name),
            _ => None,
        }
    }

    /// Binds `name` in the namespace `env` (and in its `globals()` dict, if it has one).
    pub fn env_set(&mut self, env: Value, name: Name, value: Value) {
        if self.roots.side.namespace_dicts.is_empty() {
            self.env_set_unmirrored(env, name, value);
        } else {
            // The namespace first: it roots `value` while the dict's key is allocated.
            self.env_set_unmirrored(env, name.clone(), value);
            self.mirror_to_globals_dict(env, &name, Some(value));
        }
    }

    /// Binds `name` in the namespace `env` alone.
    pub(crate) fn env_set_unmirrored(&mut self, env: Value, name: Name, value: Value) {
        if let ObjKind::Env(e) = self.obj_mut(env) {
            if let Some(old) = e.vars.set(name, value) {
                self.note_drop(old);
            }
        }
    }

    fn env_remove(&mut self, env: Value, name: &str) -> bool {
        let removed = self.env_remove_unmirrored(env, name);
        if removed && !self.roots.side.namespace_dicts.is_empty() {
            self.mirror_to_globals_dict(env, name, None);
        }
        removed
    }

    /// Unbinds `name` in the namespace `env` alone; whether it was bound.
    pub(crate) fn env_remove_unmirrored(&mut self, env: Value, name: &str) -> bool {
        let old = match self.obj_mut(env) {
            ObjKind::Env(e) => e.vars.remove(name),
            _ => None,
        };
        if let Some(old) = old {
            self.note_drop(old);
        }
        old.is_some()
    }

    /// What the cell `cell` holds (`None` when empty, or if `cell` is not a cell).
    pub fn cell_get(&self, cell: Value) -> Option<Value> {
        match self.obj(cell) {
            ObjKind::Cell(v) => *v,
            _ => None,
        }
    }

    /// The cell in the running frame's slot `i`.
    fn cell_at(&mut self, name: &Name, i: u32) -> PyResult<Value> {
        match self.slot(i) {
            Some(c) if matches!(self.obj(c), ObjKind::Cell(_)) => Ok(c),
            _ => Err(self.broken_locator(name)),
        }
    }

    /// The value of variable `name`, found where `loc` says.
    ///
    /// # Errors
    /// `NameError`, or `UnboundLocalError` for a local read before assignment, worded as CPython
    /// 3.11 words them.
    #[inline]
    pub fn load_name(&mut self, name: &Name, loc: NameLoc) -> PyResult<Value> {
        let found = match loc {
            NameLoc::Fast(i) => self.slot(i),
            NameLoc::Cell(i) | NameLoc::Free(i) => {
                let cell = self.cell_at(name, i)?;
                self.cell_get(cell)
            }
            NameLoc::ClassFree(i) => match self.env_get(self.frame().ns, name) {
                Some(v) => Some(v),
                None => {
                    let cell = self.cell_at(name, i)?;
                    self.cell_get(cell)
                }
            },
            NameLoc::Global => self.load_global(name),
            NameLoc::Class => self
                .env_get(self.frame().ns, name)
                .or_else(|| self.load_global(name)),
            NameLoc::Unresolved => return Err(self.broken_locator(name)),
        };
        match found {
            Some(v) => Ok(v),
            None => self.load_missing(name, loc),
        }
    }

    /// A global name (`NameLoc::Global`) as [`load_name`](Self::load_name) finds it, first at
    /// the module-namespace entry `hint` remembers; for a builtin, at the builtins entry it
    /// remembers, while the namespace's names are still the ones it did not have then (CPython
    /// 3.11's `LOAD_GLOBAL` caches both likewise, checking the dicts' key versions).
    #[inline]
    pub(crate) fn load_global_hinted(&mut self, name: &Name, hint: &Hint) -> PyResult<Value> {
        let globals = self.frame().globals;
        if let ObjKind::Env(env) = self.obj(globals) {
            if let Some(v) = hint.get().and_then(|i| env.vars.get_at(i, name)) {
                return Ok(v);
            }
            let keys = env.vars.keys_version();
            let builtins = &self.roots.side.builtins;
            if let Some(v) = hint.builtin(keys).and_then(|i| builtins.get_at(i, name)) {
                return Ok(v);
            }
            if let Some((i, v)) = env.vars.find(name) {
                hint.set(i);
                return Ok(v);
            }
            if let Some((i, v)) = builtins.find(name) {
                hint.set_builtin(i, keys);
                return Ok(v);
            }
        }
        self.load_name(name, NameLoc::Global)
    }

    /// `name = value` as [`store_name`](Self::store_name) binds it: a local's slot written
    /// inline, a global rebound in place at the module-namespace entry `hint` remembers (see
    /// [`load_global_hinted`](Self::load_global_hinted)).
    #[inline(always)]
    pub(crate) fn store_name_hinted(
        &mut self,
        name: &Name,
        loc: NameLoc,
        value: Value,
        hint: &Hint,
    ) -> PyResult<()> {
        match loc {
            NameLoc::Fast(i) => {
                if let Some(slot) = self.frame_mut().slots.get_mut(i as usize) {
                    if let Some(old) = slot.replace(value) {
                        self.note_drop(old);
                    }
                    return Ok(());
                }
                self.store_name(name, loc, value)
            }
            NameLoc::Global => self.store_global_hinted(name, value, hint),
            _ => self.store_name(name, loc, value),
        }
    }

    /// [`store_name_hinted`](Self::store_name_hinted) for a global.
    #[inline(never)]
    fn store_global_hinted(&mut self, name: &Name, value: Value, hint: &Hint) -> PyResult<()> {
        // With a `globals()` dict to mirror into, the general path.
        if !self.roots.side.namespace_dicts.is_empty() {
            return self.store_name(name, NameLoc::Global, value);
        }
        let globals = self.frame().globals;
        let old = match (hint.get(), self.obj_mut(globals)) {
            (Some(i), ObjKind::Env(env)) => env.vars.replace_at(i, name, value),
            _ => None,
        };
        if let Some(old) = old {
            self.note_drop(old);
            return Ok(());
        }
        self.store_name(name, NameLoc::Global, value)?;
        if let ObjKind::Env(env) = self.obj(globals) {
            if let Some((i, _)) = env.vars.find(name) {
                hint.set(i);
            }
        }
        Ok(())
    }

    /// A name `load_name` did not find: `ExceptionGroup` and `BaseExceptionGroup`, builtins
    /// written in Python (`modules/py/_exceptiongroup.py`), are made on first use; anything else
    /// is the `NameError` (or `UnboundLocalError`).
    #[cold]
    fn load_missing(&mut self, name: &Name, loc: NameLoc) -> PyResult<Value> {
        let global = matches!(loc, NameLoc::Global | NameLoc::Class);
        // `__builtins__`, which CPython binds in `__main__`: the builtins module.
        if global && &**name == "__builtins__" {
            return self.builtins_module();
        }
        if global && matches!(&**name, "ExceptionGroup" | "BaseExceptionGroup") {
            let module = self.import_module("_exceptiongroup")?;
            for n in ["BaseExceptionGroup", "ExceptionGroup"] {
                if let Some(v) = self.getattr_opt(module, n)? {
                    self.roots.side.builtins.set(intern(n), v);
                }
            }
            if let Some(v) = self.roots.side.builtins.get(name) {
                return Ok(v);
            }
        }
        Err(self.unbound(name, loc))
    }

    /// `name` in the module namespace, then in builtins.
    fn load_global(&self, name: &str) -> Option<Value> {
        self.env_get(self.frame().globals, name)
            .or_else(|| self.roots.side.builtins.get(name))
    }

    /// The error for reading or deleting `name` at `loc` while it is unbound there.
    fn unbound(&mut self, name: &Name, loc: NameLoc) -> PyErr {
        match loc {
            NameLoc::Fast(_) | NameLoc::Cell(_) => self.err(
                Exc::UnboundLocalError,
                format!(
                    "cannot access local variable '{name}' where it is not associated with a value"
                ),
            ),
            NameLoc::Free(_) | NameLoc::ClassFree(_) => self.err(
                Exc::NameError,
                format!(
                    "cannot access free variable '{name}' where it is not associated with a value \
                     in enclosing scope"
                ),
            ),
            _ => self.err(Exc::NameError, format!("name '{name}' is not defined")),
        }
    }

    /// A locator that does not fit the running frame: the module was not resolved, or the
    /// resolver and evaluator disagree (a minipy bug, reported rather than panicking).
    fn broken_locator(&mut self, name: &Name) -> PyErr {
        self.err(
            Exc::SystemError,
            format!("minipy: no resolved location for variable '{name}'"),
        )
    }

    /// `name = value`, where `loc` says.
    ///
    /// # Errors
    /// Only `SystemError` for a locator that does not fit the frame (a minipy bug).
    #[inline]
    pub fn store_name(&mut self, name: &Name, loc: NameLoc, value: Value) -> PyResult<()> {
        match loc {
            NameLoc::Fast(i) => match self.frame_mut().slots.get_mut(i as usize) {
                Some(slot) => {
                    if let Some(old) = slot.replace(value) {
                        self.note_drop(old);
                    }
                }
                None => return Err(self.broken_locator(name)),
            },
            NameLoc::Cell(i) | NameLoc::Free(i) | NameLoc::ClassFree(i) => {
                let cell = self.cell_at(name, i)?;
                if let ObjKind::Cell(contents) = self.obj_mut(cell) {
                    if let Some(old) = contents.replace(value) {
                        self.note_drop(old);
                    }
                }
            }
            NameLoc::Global => {
                let globals = self.frame().globals;
                self.env_set(globals, name.clone(), value);
            }
            NameLoc::Class => {
                let ns = self.frame().ns;
                self.env_set(ns, name.clone(), value);
            }
            NameLoc::Unresolved => return Err(self.broken_locator(name)),
        }
        Ok(())
    }

    /// `del name`, where `loc` says.
    ///
    /// # Errors
    /// `NameError` or `UnboundLocalError` if the name is not bound there.
    pub fn delete_name(&mut self, name: &Name, loc: NameLoc) -> PyResult<()> {
        let removed = match loc {
            NameLoc::Fast(i) => {
                let old = self
                    .frame_mut()
                    .slots
                    .get_mut(i as usize)
                    .and_then(Option::take);
                old.map(|v| self.note_drop(v)).is_some()
            }
            NameLoc::Cell(i) | NameLoc::Free(i) | NameLoc::ClassFree(i) => {
                let cell = self.cell_at(name, i)?;
                let old = match self.obj_mut(cell) {
                    ObjKind::Cell(contents) => contents.take(),
                    _ => None,
                };
                old.map(|v| self.note_drop(v)).is_some()
            }
            NameLoc::Global => {
                let globals = self.frame().globals;
                self.env_remove(globals, name)
            }
            NameLoc::Class => {
                let ns = self.frame().ns;
                self.env_remove(ns, name)
            }
            NameLoc::Unresolved => return Err(self.broken_locator(name)),
        };
        if removed {
            Ok(())
        } else {
            Err(self.unbound(name, loc))
        }
    }

    /// The cells a scope defined in the running frame captures: the slots `layout.free_from`
    /// names (a function object keeps them as its closure; a class body or comprehension starts
    /// with them).
    ///
    /// # Errors
    /// `SystemError` if one of those slots holds no cell (a minipy bug).
    pub fn capture_cells(&mut self, layout: &Layout) -> PyResult<Vec<Value>> {
        self.capture_cells_into(layout)
    }

    /// [`capture_cells`](Self::capture_cells), into a collection of the caller's choosing.
    pub fn capture_cells_into<C: Default + Extend<Value>>(
        &mut self,
        layout: &Layout,
    ) -> PyResult<C> {
        let mut cells = C::default();
        for (i, &slot) in layout.free_from.iter().enumerate() {
            let name = &layout.names[layout.locals as usize + i];
            cells.extend(Some(self.cell_at(name, slot)?));
        }
        Ok(cells)
    }

    /// A frame's slots before it starts: all empty, then the free variables' `cells`.
    pub fn new_slots(layout: &Layout, cells: &[Value]) -> Vec<Option<Value>> {
        let mut slots = vec![None; layout.names.len()];
        for (slot, cell) in slots[layout.locals as usize..].iter_mut().zip(cells) {
            *slot = Some(*cell);
        }
        slots
    }

    /// Makes the running frame's cells (`layout.cells`), each holding what its slot held (a
    /// parameter's argument, or nothing). Call right after pushing the frame: the slot keeps the
    /// value rooted while its cell is allocated.
    ///
    /// # Errors
    /// `MemoryError`.
    pub fn make_cells(&mut self, layout: &Layout) -> PyResult<()> {
        for &i in &layout.cells {
            let value = self.slot(i);
            let cell = self.alloc(ObjKind::Cell(value))?;
            if let Some(slot) = self.frame_mut().slots.get_mut(i as usize) {
                *slot = Some(cell);
            }
        }
        Ok(())
    }

    /// The value of the running frame's local in slot `i`, through its cell if it has one.
    pub fn local_value(&self, layout: &Layout, i: u32) -> Option<Value> {
        let v = self.slot(i)?;
        if layout.cells.contains(&i) {
            self.cell_get(v)
        } else {
            Some(v)
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
        let src = "x = 1\ndef f():\n    print(x)\n    x = 2\ntry:\n    f()\nexcept UnboundLocalError as e:\n    print(type(e).__name__, isinstance(e, NameError), e)\n";
        assert_eq!(
            run(src),
            "UnboundLocalError True cannot access local variable 'x' where it is not associated with a value\n"
        );
    }

    #[test]
    fn reading_an_empty_free_variable_is_name_error() {
        let src = "def f():\n    def g():\n        return x\n    try:\n        g()\n    except NameError as e:\n        print(type(e).__name__, e)\n    x = 1\n    return g()\nprint(f())\n";
        assert_eq!(
            run(src),
            "NameError cannot access free variable 'x' where it is not associated with a value in enclosing scope\n1\n"
        );
    }

    #[test]
    fn deleting_a_captured_local_empties_its_cell() {
        let src = "def f():\n    x = 1\n    g = lambda: x\n    del x\n    try:\n        g()\n    except NameError as e:\n        print(e)\n    try:\n        del x\n    except UnboundLocalError as e:\n        print(e)\nf()\n";
        assert_eq!(
            run(src),
            "cannot access free variable 'x' where it is not associated with a value in enclosing scope\n\
             cannot access local variable 'x' where it is not associated with a value\n"
        );
    }

    #[test]
    fn methods_do_not_see_class_attributes_as_variables() {
        let src = "y = 'global'\nclass C:\n    y = 'class'\n    def m(self):\n        return y\nprint(C().m(), C.y)\n";
        assert_eq!(run(src), "global class\n");
    }

    #[test]
    fn class_bodies_read_enclosing_cells_and_pass_them_to_methods() {
        let src = "def f():\n    x = 'x cell'\n    y = 'y cell'\n    class C:\n        a = y\n        x = 'class'\n        def m(self):\n            return x\n    return C\nC = f()\nprint(C.a, C.x, C().m())\n";
        assert_eq!(run(src), "y cell class x cell\n");
    }

    #[test]
    fn a_name_a_class_body_binds_is_never_read_from_the_enclosing_cell() {
        let src = "def f():\n    x = 'cell'\n    class C:\n        a = x\n        x = 'class'\n    return C\ntry:\n    f()\nexcept NameError as e:\n    print(e)\n";
        assert_eq!(run(src), "name 'x' is not defined\n");
    }

    #[test]
    fn deleting_an_unbound_name_is_name_error() {
        let src = "try:\n    del nothing\nexcept NameError as e:\n    print(e)\n";
        assert_eq!(run(src), "name 'nothing' is not defined\n");
    }

    #[test]
    fn except_as_names_are_unbound_after_the_handler() {
        let src = "def f():\n    try:\n        1 // 0\n    except ZeroDivisionError as e:\n        pass\n    return e\ntry:\n    f()\nexcept UnboundLocalError as u:\n    print(u)\n";
        assert_eq!(
            run(src),
            "cannot access local variable 'e' where it is not associated with a value\n"
        );
    }

    #[test]
    fn remembered_global_positions_follow_deletions_and_rebinding() {
        // The same load and store sites run while the module namespace's entries shift.
        let src = "a = 1\nb = 2\nc = 3\ndef f():\n    return c\ndef g():\n    global c\n    c += 10\n    return len\nout = []\nfor i in range(4):\n    out.append(f())\n    if i == 0:\n        del a\n    if i == 1:\n        del c\n        c = 5\n    if i == 2:\n        len = 'shadow'\n    out.append(g() is len)\nprint(out, c)\ndel len\nprint(g() is len, c)\n";
        assert_eq!(
            run(src),
            "[3, True, 13, True, 15, True, 25, True] 35\nTrue 45\n"
        );
    }
}
