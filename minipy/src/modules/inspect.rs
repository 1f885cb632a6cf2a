//! minipy's own `minipy` module: why is this object alive? (CPython cannot say.)
//!
//! `minipy.why_alive(obj)` is the heap's retention path (`Heap::retention_path`: a shortest
//! chain of strong references from a root) in Python terms, e.g.
//! `global 'tree' -> list -> [3] -> Node object -> .next -> Node object`, or `None` when only the
//! call itself holds `obj` (it dies at the next collection).

use weakgc::{GcAny, RootKind, Trace, Tracer};

use crate::runtime::exceptions::PyResult;
use crate::runtime::interp::{Interp, Roots};
use crate::runtime::object::{ObjKind, Value};

/// The interpreter's roots without the temporaries stack: the running statement's values (the
/// argument of `why_alive` among them) are not a reason to be alive worth reporting.
struct LastingRoots<'a>(&'a Roots);

impl Trace for LastingRoots<'_> {
    fn trace(&self, tracer: &mut Tracer) {
        self.0.trace_lasting(tracer);
    }
}

impl Interp {
    /// `minipy.why_alive(obj)`: the retention path as a string, or `None`.
    pub(crate) fn why_alive(&mut self, obj: Value) -> PyResult<Value> {
        let target = GcAny::from(obj);
        let Some(path) = self.heap.retention_path(target, &LastingRoots(&self.roots)) else {
            return Ok(self.none());
        };
        let objects: Vec<Value> = path
            .steps
            .iter()
            .filter_map(|s| self.as_value(s.object))
            .collect();
        if objects.len() != path.steps.len() {
            // A step that is not a Python object (no such type in minipy's heap today).
            return Ok(self.none());
        }
        let mut parts = vec![self.root_label(&path.root, objects[0])];
        // The module's namespace is folded into the global's name: `global 'x'`.
        let mut first = 0;
        if self.is_module_globals(objects[0]) && objects.len() > 1 {
            let name = self.edge_label(objects[0], objects[1])?.unwrap_or_default();
            parts = vec![format!("global {}", name.trim_start_matches('.'))];
            first = 1;
        }
        for i in first..objects.len() {
            if !(i == 0 && self.is_module_globals(objects[i])) {
                parts.push(self.describe(objects[i]));
            }
            if let Some(next) = objects.get(i + 1) {
                if path.steps[i + 1].via_ephemeron_key.is_some() {
                    parts.push("value of a live weak key".to_string());
                } else if let Some(label) = self.edge_label(objects[i], *next)? {
                    parts.push(label);
                }
            }
        }
        self.str_value(&parts.join(" -> "))
    }

    fn is_module_globals(&self, v: Value) -> bool {
        self.roots.globals == Some(v)
    }

    /// What roots `first`, the first object of a path.
    fn root_label(&self, root: &RootKind, first: Value) -> String {
        match root {
            RootKind::Pending => "a finalizer or callback waiting to run".to_string(),
            // The heap root weak/'s `FinalizeRegistry` holds each live `finalize` object by.
            RootKind::Root(Some(name)) if name == "finalize registry" => {
                "the weakref.finalize registry".to_string()
            }
            RootKind::Root(Some(name)) => format!("root '{name}'"),
            RootKind::Root(None) => "a root".to_string(),
            RootKind::Extra(_) => {
                let roots = &self.roots;
                if self.is_module_globals(first) {
                    return "module globals".to_string();
                }
                if let Some(f) = roots
                    .frames
                    .iter()
                    .rev()
                    .find(|f| f.slots.contains(&Some(first)))
                {
                    return format!(
                        "a local variable of {}",
                        frame_name(&self.frame_names(f).name)
                    );
                }
                if let Some((name, _)) = roots.side.modules.iter().find(|(_, m)| *m == first) {
                    return format!("module '{name}' (imported)");
                }
                if roots.handling.contains(&first) {
                    return "the exception being handled".to_string();
                }
                if roots.frames.iter().any(|f| f.ns == first) {
                    return "a class body's namespace".to_string();
                }
                "the interpreter (builtins and types)".to_string()
            }
        }
    }

    /// An object as a path shows it.
    fn describe(&self, v: Value) -> String {
        match self.obj(v) {
            ObjKind::Instance(inst) => format!("{} object", self.class_name(inst.class)),
            ObjKind::Function(f) => format!("function {}", f.qualname),
            ObjKind::Class(c) => format!("class {}", c.name),
            ObjKind::Module(m) => format!("module {}", m.name),
            ObjKind::Env(_) => "namespace".to_string(),
            ObjKind::Cell(_) => "closure cell".to_string(),
            _ => self.type_name(v).to_string(),
        }
    }

    /// How `from` refers to `to`, in Python terms: `.name`, `[3]`, `['key']`, `key`.
    fn edge_label(&mut self, from: Value, to: Value) -> PyResult<Option<String>> {
        let dict_key = match self.obj(from) {
            ObjKind::Dict(d) => d.iter().find(|e| e.value == to).map(|e| e.key),
            _ => None,
        };
        if let Some(key) = dict_key {
            return Ok(Some(format!("[{}]", self.repr(key)?)));
        }
        let label = match self.obj(from) {
            ObjKind::Env(env) => env
                .vars
                .iter()
                .find(|(_, v)| *v == to)
                .map(|(n, _)| format!("'{n}'")),
            ObjKind::List(items) | ObjKind::Tuple(items) => items
                .iter()
                .position(|v| *v == to)
                .map(|i| format!("[{i}]")),
            ObjKind::Dict(d) => d.iter().any(|e| e.key == to).then(|| "key".to_string()),
            ObjKind::Set(_) | ObjKind::FrozenSet(_) => Some("element".to_string()),
            ObjKind::Instance(inst) => {
                if inst.class == to {
                    Some(".__class__".to_string())
                } else if inst.attrs.dict_object() == Some(to) {
                    Some(".__dict__".to_string())
                } else {
                    inst.attrs
                        .iter()
                        .find(|(_, v)| *v == to)
                        .map(|(n, _)| format!(".{n}"))
                }
            }
            ObjKind::Module(m) => (m.globals == to).then(|| ".__dict__".to_string()),
            ObjKind::Class(c) => c
                .attrs
                .iter()
                .find(|(_, v)| *v == to)
                .map(|(n, _)| format!(".{n}"))
                .or_else(|| Some("base class".to_string())),
            ObjKind::Function(f) => {
                if f.closure.contains(&to) {
                    Some("closure".to_string())
                } else if f.defaults.contains(&to) {
                    Some("default argument".to_string())
                } else if f.globals == to {
                    Some(".__globals__".to_string())
                } else {
                    None
                }
            }
            ObjKind::Cell(_) => Some("cell contents".to_string()),
            ObjKind::Method(_, _) => Some("bound method".to_string()),
            _ => None,
        };
        Ok(label)
    }
}

/// `f()` for a function frame, `<module>` as is.
fn frame_name(name: &str) -> String {
    if name.starts_with('<') {
        name.to_string()
    } else {
        format!("{name}()")
    }
}

#[cfg(test)]
mod tests {
    use crate::{run_captured, Options};

    fn run(src: &str) -> String {
        run_captured(src, &Options::default()).1
    }

    #[test]
    fn why_alive_names_the_chain_from_a_global() {
        let src = "import minipy\nclass Node:\n    def __init__(self, nxt):\n        self.next = nxt\nlast = Node(None)\ntree = [0, 1, 2, Node(Node(last))]\nlast = None\nprint(minipy.why_alive(tree[3].next.next))\n";
        assert_eq!(
            run(src),
            "global 'tree' -> list -> [3] -> Node object -> .next -> Node object -> .next -> Node object\n"
        );
    }

    #[test]
    fn why_alive_sees_dict_values_locals_and_closures_and_says_none_for_garbage() {
        let src = "import minipy\nclass A:\n    pass\nd = {'k': [A()]}\nprint(minipy.why_alive(d['k'][0]))\ndef f():\n    mine = A()\n    return minipy.why_alive(mine)\nprint(f())\ndef outer():\n    held = A()\n    def inner():\n        return held\n    return inner\ng = outer()\nprint(minipy.why_alive(g()))\nprint(minipy.why_alive(A()))\n";
        assert_eq!(
            run(src),
            "global 'd' -> dict -> ['k'] -> list -> [0] -> A object\na local variable of f() -> A object\nglobal 'g' -> function outer.<locals>.inner -> closure -> closure cell -> cell contents -> A object\nNone\n"
        );
    }

    #[test]
    fn why_alive_names_the_finalize_registry_that_keeps_a_finalizers_arguments() {
        // weak/'s `FinalizeRegistry` roots the `finalize` object under its own root name.
        let src = "import minipy, weakref\nclass A:\n    pass\nclass B:\n    pass\na = A()\nb = B()\nw = weakref.ref(b)\nf = weakref.finalize(a, id, b)\ndel b, f\nprint(minipy.why_alive(w()))\n";
        assert_eq!(
            run(src),
            "the weakref.finalize registry -> finalize -> B object\n"
        );
    }
}
