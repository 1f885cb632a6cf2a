//! Python's `gc` module over the weakgc collector.

use weakgc::{collect_with, GcAny};

use crate::builtins::Builtin;
use crate::exceptions::PyResult;
use crate::interp::Interp;
use crate::object::{ObjKind, Value};

impl Interp {
    /// Calls a `gc` function.
    pub(crate) fn gc_function(&mut self, id: Builtin, args: &[Value]) -> PyResult<Value> {
        let name = id.name();
        match id {
            Builtin::GcCollect => {
                self.check_arity(name, args, 0, 1)?;
                let report = self.collect_now();
                self.int_value((report.freed + report.kept_for_finalizers) as i64)
            }
            Builtin::GcDisable => {
                self.check_arity(name, args, 0, 0)?;
                self.heap.disable();
                Ok(self.none())
            }
            Builtin::GcEnable => {
                self.check_arity(name, args, 0, 0)?;
                self.heap.enable();
                Ok(self.none())
            }
            Builtin::GcIsEnabled => {
                self.check_arity(name, args, 0, 0)?;
                Ok(self.bool_value(self.heap.is_enabled()))
            }
            Builtin::GcGetCount => {
                self.check_arity(name, args, 0, 0)?;
                let (count, _) = self.gc_debt_and_threshold();
                self.int_triple(count)
            }
            Builtin::GcGetThreshold => {
                self.check_arity(name, args, 0, 0)?;
                let (_, threshold) = self.gc_debt_and_threshold();
                self.int_triple(threshold)
            }
            Builtin::GcGetReferents => {
                let mut out = Vec::new();
                for a in args {
                    out.extend(self.python_referents(*a));
                }
                self.alloc(ObjKind::List(out))
            }
            Builtin::GcGetReferrers => {
                // Refcounting would already have freed garbage that still refers to the targets.
                collect_with(&mut self.heap, &self.roots);
                let targets: Vec<GcAny> = args.iter().map(|a| weakgc::Gc::erase(*a)).collect();
                let mut out = Vec::new();
                for gc in self.heap.live_objects() {
                    let refs = self.heap.referents(gc).unwrap_or_default();
                    if refs.iter().any(|r| targets.contains(r)) {
                        out.extend(self.visible(vec![gc]));
                    }
                }
                self.alloc(ObjKind::List(out))
            }
            Builtin::GcGetObjects => {
                self.check_arity(name, args, 0, 1)?;
                let all = self.heap.live_objects();
                let out = self.visible(all);
                self.alloc(ObjKind::List(out))
            }
            Builtin::GcIsTracked => {
                self.check_arity(name, args, 1, 1)?;
                let tracked = match self.obj(args[0]) {
                    // CPython untracks dicts and tuples that hold only atomic values.
                    ObjKind::Dict(d) => d
                        .iter()
                        .any(|e| !self.is_atomic(e.key) || !self.is_atomic(e.value)),
                    ObjKind::Tuple(items) => items.iter().any(|v| !self.is_atomic(*v)),
                    _ => !self.is_atomic(args[0]),
                };
                Ok(self.bool_value(tracked))
            }
            _ => unreachable!("gc functions only"),
        }
    }

    /// `(n, 0, 0)`: one generation, as the heap has (the other two counts stay 0 until
    /// generational collection exists).
    fn int_triple(&mut self, n: u64) -> PyResult<Value> {
        let items = vec![
            self.int_value(i64::try_from(n).unwrap_or(i64::MAX))?,
            self.int_value(0)?,
            self.int_value(0)?,
        ];
        self.alloc(ObjKind::Tuple(items))
    }

    fn is_atomic(&self, v: Value) -> bool {
        matches!(
            self.obj(v),
            ObjKind::None
                | ObjKind::Bool(_)
                | ObjKind::Int(_)
                | ObjKind::Float(_)
                | ObjKind::Str(_)
                | ObjKind::NotImplemented
        )
    }

    /// `gc.get_referents(v)` in CPython's order: a list or tuple lists its items last to first
    /// (`list_traverse`), a dict with only string keys its values, another dict value then key per
    /// entry, an instance its attribute values then its class; anything else what the heap traces.
    fn python_referents(&self, v: Value) -> Vec<Value> {
        match self.obj(v) {
            ObjKind::List(items) | ObjKind::Tuple(items) => items.iter().rev().copied().collect(),
            ObjKind::Dict(d) => {
                let str_keys = d.iter().all(|e| matches!(self.obj(e.key), ObjKind::Str(_)));
                if str_keys {
                    d.iter().map(|e| e.value).collect()
                } else {
                    d.iter().flat_map(|e| [e.value, e.key]).collect()
                }
            }
            ObjKind::Instance(inst) => inst
                .attrs
                .iter()
                .map(|(_, v)| v)
                .chain(inst.attrs.dict_object())
                .chain(std::iter::once(inst.class))
                .collect(),
            _ => {
                let refs = self
                    .heap
                    .referents(weakgc::Gc::erase(v))
                    .unwrap_or_default();
                self.visible(refs)
            }
        }
    }

    /// The objects a script may see: interpreter namespaces (frames' locals, globals) are left out.
    fn visible(&self, objects: Vec<GcAny>) -> Vec<Value> {
        objects
            .into_iter()
            .filter_map(|gc| self.as_value(gc))
            .filter(|v| !matches!(self.obj(*v), ObjKind::Env(_)))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use crate::{run_captured, Options};

    #[test]
    fn referents_and_referrers_see_container_edges() {
        let src = "import gc\nclass A:\n    pass\na = A()\nholder = [a]\nprint(a in gc.get_referents(holder), any(r is holder for r in gc.get_referrers(a)), gc.is_tracked(1), gc.is_tracked([]))\n";
        let out = run_captured(src, &Options::default()).1;
        assert_eq!(out, "True True False True\n");
    }

    /// `get_count()[0]` is the heap's allocation debt in bytes and `get_threshold()[0]` the debt
    /// at which a background collection is due: a collection takes the debt back to nothing, the
    /// threshold grows with what survived it, and allocation raises the debt by about each
    /// object's size.
    #[test]
    fn count_and_threshold_are_the_heaps_pacing_in_bytes() {
        let src = "import gc\ngc.disable()\ngc.collect()\nc, t = gc.get_count(), gc.get_threshold()\nprint(c[0] < 1000, c[1:], t[1:], t[0] >= 32768)\nx = [str(i) for i in range(20000)]\nc2 = gc.get_count()\nprint(c2[0] > t[0], c2[0] > 20000 * 16)\ngc.collect()\nprint(gc.get_count()[0] < 1000, gc.get_threshold()[0] > t[0])\n";
        let out = run_captured(src, &Options::default()).1;
        assert_eq!(out, "True (0, 0) (0, 0) True\nTrue True\nTrue True\n");
    }

    #[test]
    fn collect_runs_finalizers_before_returning() {
        let src = "import gc\nclass A:\n    def __del__(self):\n        print('del')\na = A()\na = None\ngc.collect()\nprint('after')\n";
        let out = run_captured(src, &Options::default()).1;
        assert_eq!(out, "del\nafter\n");
    }
}
