//! Python's `gc` module over the weakgc collector.
//!
//! Generations: in the default (generational) mode the heap has two, young and old, reported as
//! CPython's three: generation 0 is the young objects (minor collections), generation 2 the whole
//! heap (full collections and incremental majors); generation 1 never collects. In the other
//! modes every collection is generation 2. Which collections Python sees (callbacks, stats,
//! `DEBUG_SAVEALL`): `gc.collect()` and the background ones the pacing starts at statement
//! starts and calls, as CPython's automatic collections; not those after a statement that
//! dropped a watched object (they stand for reference counting, which CPython's `gc` does not
//! see), nor the stress modes' (they run inside an allocation, where no Python code may run).
//! docs/semantics.md, "minipy's gc module", says where this departs from CPython.

use std::collections::HashSet;

use weakgc::{CycleEvent, CycleKind, GcAny, GcPhase, Observed};

use crate::builtins::Builtin;
use crate::modules::stdlib::Kwargs;
use crate::runtime::exceptions::PyResult;
use crate::runtime::interp::{GcWork, Interp};
use crate::runtime::object::{ObjKind, Value};
use crate::syntax::ast::Name;

/// `gc.DEBUG_STATS`.
pub const DEBUG_STATS: i64 = 1;
/// `gc.DEBUG_COLLECTABLE`.
pub const DEBUG_COLLECTABLE: i64 = 2;
/// `gc.DEBUG_UNCOLLECTABLE`.
pub const DEBUG_UNCOLLECTABLE: i64 = 4;
/// `gc.DEBUG_SAVEALL`.
pub const DEBUG_SAVEALL: i64 = 32;
/// `gc.DEBUG_LEAK`.
pub const DEBUG_LEAK: i64 = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL;

pub use crate::runtime::gc_state::GcModule;

/// CPython's generation of a collection of `kind`: 0 for a minor, 2 for the whole heap.
fn generation_of(kind: CycleKind) -> usize {
    match kind.generation() {
        weakgc::Generation::Young => 0,
        weakgc::Generation::Whole => 2,
    }
}

impl Interp {
    /// Calls a `gc` function.
    pub(crate) fn gc_function(&mut self, id: Builtin, args: &[Value]) -> PyResult<Value> {
        let name = id.name();
        match id {
            Builtin::GcCollect => {
                self.check_arity(name, args, 0, 1)?;
                let generation = match args.first() {
                    Some(g) => self.index_arg(*g)?,
                    None => 2,
                };
                if !(0..=2).contains(&generation) {
                    return Err(self.value_error("invalid generation"));
                }
                let n = self.gc_collect_generation(generation as usize);
                self.int_value(n as i64)
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
                let (count, _) = self.gc_generations();
                self.int_triple(count)
            }
            Builtin::GcGetThreshold => {
                self.check_arity(name, args, 0, 0)?;
                let (_, threshold) = self.gc_generations();
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
                self.collect_full();
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
                let tracked = self.is_tracked(args[0]);
                Ok(self.bool_value(tracked))
            }
            _ => unreachable!("gc functions only"),
        }
    }

    /// Calls one of the `gc` functions declared in the module-function block (or the `minipy`
    /// module's): none takes keyword arguments.
    pub(crate) fn gc_module_call(
        &mut self,
        id: Builtin,
        args: &[Value],
        kw: &Kwargs,
    ) -> PyResult<Value> {
        let name = id.name();
        if !kw.is_empty() {
            return Err(self.type_error(format!("{name}() takes no keyword arguments")));
        }
        let qualified = format!("gc.{name}");
        match id {
            Builtin::GcSetThreshold => {
                if args.is_empty() || args.len() > 3 {
                    let msg = if args.is_empty() {
                        "set_threshold() takes at least 1 argument (0 given)".to_string()
                    } else {
                        format!(
                            "set_threshold() takes at most 3 arguments ({} given)",
                            args.len()
                        )
                    };
                    return Err(self.type_error(msg));
                }
                let mut t = Vec::new();
                for a in args {
                    t.push(self.index_arg(*a)?);
                }
                self.gc_set_threshold(&t);
                Ok(self.none())
            }
            Builtin::GcGetStats => {
                self.check_arity(&qualified, args, 0, 0)?;
                // Generation 0 is the minors, 2 the full collections and majors; 1 never runs.
                let collector = &self.gcmod.collector;
                let young = collector.totals_of(CycleKind::Minor);
                let full = collector.totals_of(CycleKind::Full);
                let major = collector.totals_of(CycleKind::Major);
                let stats = [
                    (young.collections, young.collected),
                    (0, 0),
                    (
                        full.collections + major.collections,
                        full.collected + major.collected,
                    ),
                ];
                let mut out = Vec::new();
                for (collections, collected) in stats {
                    let items = [
                        ("collections", collections),
                        ("collected", collected),
                        ("uncollectable", 0),
                    ];
                    out.push(self.str_int_dict(&items)?);
                }
                self.alloc(ObjKind::List(out))
            }
            Builtin::GcGetDebug => {
                self.check_arity(&qualified, args, 0, 0)?;
                self.int_value(self.gcmod.debug)
            }
            Builtin::GcSetDebug => {
                self.check_arity(&qualified, args, 1, 1)?;
                self.gcmod.debug = self.index_arg(args[0])?;
                let save_all = self.gcmod.debug & DEBUG_SAVEALL != 0;
                self.gcmod.collector.set_save_all(save_all);
                Ok(self.none())
            }
            Builtin::GcIsFinalized => {
                self.check_arity(&qualified, args, 1, 1)?;
                let gc = GcAny::from(args[0]);
                let finalized = self.heap.is_finalized(gc) && !self.gcmod.collector.armed_only(gc);
                Ok(self.bool_value(finalized))
            }
            Builtin::GcFreeze => {
                self.check_arity(&qualified, args, 0, 0)?;
                self.gc_freeze();
                Ok(self.none())
            }
            Builtin::GcUnfreeze => {
                self.check_arity(&qualified, args, 0, 0)?;
                self.gcmod.frozen.clear();
                Ok(self.none())
            }
            Builtin::GcGetFreezeCount => {
                self.check_arity(&qualified, args, 0, 0)?;
                let heap = &self.heap;
                self.gcmod.frozen.retain(|gc| heap.is_alive(*gc));
                self.int_value(self.gcmod.frozen.len() as i64)
            }
            Builtin::MinipyWhyAlive => {
                self.check_arity(name, args, 1, 1)?;
                self.why_alive(args[0])
            }
            _ => unreachable!("gc module functions only"),
        }
    }

    /// At interpreter exit, as CPython's `_PyGC_DumpShutdownStats`: with `DEBUG_UNCOLLECTABLE`
    /// (and not `DEBUG_SAVEALL`) and objects left in `gc.garbage`, their list's repr on stderr.
    /// (CPython's `ResourceWarning` about them is ignored by default, so it is not printed.)
    pub(crate) fn dump_shutdown_garbage(&mut self) {
        let debug = self.gcmod.debug;
        if debug & DEBUG_SAVEALL != 0 || debug & DEBUG_UNCOLLECTABLE == 0 {
            return;
        }
        let Some(garbage) = self.roots.side.gc_garbage else {
            return;
        };
        if !matches!(self.obj(garbage), ObjKind::List(items) if !items.is_empty()) {
            return;
        }
        if let Ok(text) = self.repr(garbage) {
            self.out.write_err(&format!("      {text}\n"));
        }
    }

    /// A dict of string keys and int values (a `gc.get_stats()` line, a callback's `info`).
    fn str_int_dict(&mut self, items: &[(&str, u64)]) -> PyResult<Value> {
        let d = self.alloc(ObjKind::Dict(crate::runtime::dict::Dict::new()))?;
        for (k, v) in items {
            let k = self.str_value(k)?;
            let v = self.int_value(i64::try_from(*v).unwrap_or(i64::MAX))?;
            self.dict_set(d, k, v)?;
        }
        Ok(d)
    }

    /// Binds the `gc` module's constants and lists in `attrs` (at its import).
    pub(crate) fn gc_module_attrs(
        &mut self,
        attrs: &mut crate::runtime::object::Attrs,
    ) -> PyResult<()> {
        for (name, value) in [
            ("DEBUG_STATS", DEBUG_STATS),
            ("DEBUG_COLLECTABLE", DEBUG_COLLECTABLE),
            ("DEBUG_UNCOLLECTABLE", DEBUG_UNCOLLECTABLE),
            ("DEBUG_SAVEALL", DEBUG_SAVEALL),
            ("DEBUG_LEAK", DEBUG_LEAK),
        ] {
            let v = self.int_value(value)?;
            attrs.set(Name::from(name), v);
        }
        // The module holds the lists as CPython's `gcstate` does: rebinding `gc.callbacks`
        // does not change the list collections call.
        let garbage = self.alloc(ObjKind::List(Vec::new()))?;
        attrs.set(Name::from("garbage"), garbage);
        self.roots.side.gc_garbage = Some(garbage);
        let callbacks = self.alloc(ObjKind::List(Vec::new()))?;
        attrs.set(Name::from("callbacks"), callbacks);
        self.roots.side.gc_callbacks = Some(callbacks);
        Ok(())
    }

    // ---- collections Python sees ----

    /// `gc.collect(generation)`: a full collection (in generational mode, generation 0 or 1 is a
    /// minor one) through the collector, its callbacks, its finalizers and callbacks drained.
    /// Returns the number of objects it found unreachable; 0 without collecting while a
    /// collection Python sees is already under way (a finalizer or gc callback calling
    /// `gc.collect()`), as CPython.
    pub(crate) fn gc_collect_generation(&mut self, generation: usize) -> u64 {
        if self.gcmod.collecting {
            return 0;
        }
        let minor = generation < 2
            && self.heap.mode().is_generational()
            && self.heap.gc_phase() == GcPhase::Idle;
        self.gcmod.collecting = true;
        let kind = if minor {
            CycleKind::Minor
        } else {
            CycleKind::Full
        };
        self.gcmod.collector.start(&self.heap, kind);
        self.gc_events();
        // The count is CPython's: the garbage reference counting would have left.
        // Objects a finalizer kept through the last collection are found again: CPython freed
        // them in that collection, and counted them once.
        let before = self.gcmod.found_before.clone();
        let mut found = HashSet::new();
        let frozen = std::mem::take(&mut self.gcmod.frozen);
        let mut count = |heap: &weakgc::HeapCore, dead: &[GcAny]| {
            let kept = crate::runtime::cyclic::frozen_cycles(heap, dead, &frozen);
            found = crate::runtime::cyclic::cpython_garbage(heap, dead)
                .into_iter()
                .map(GcAny::from)
                .filter(|gc| !kept.contains(gc))
                .collect();
            let collected = found.difference(&before.borrow()).count() as u64;
            Observed {
                keep: kept,
                collected: Some(collected),
            }
        };
        let collector = &mut self.gcmod.collector;
        if minor {
            // As `run_gc_work`'s minor: the temporaries may be promoted (`promoted_temps`).
            collector.collect_minor_observing(&mut self.heap, &self.roots, &mut count);
        } else {
            collector.collect_observing(&mut self.heap, &self.roots, &mut count);
            self.drop_needs_full = false;
        }
        self.note_collection();
        self.gcmod.frozen = frozen;
        *self.gcmod.found_before.borrow_mut() = found;
        let collected = self.gc_events().unwrap_or(0);
        self.gcmod.collecting = false;
        collected
    }

    /// Before a background collection Python sees (a minor, a full collection, or the step that
    /// begins a major): the collector tells its start, so its callbacks run before it does.
    pub(crate) fn gc_announce(&mut self, work: GcWork) {
        let kind = match work {
            GcWork::Minor => CycleKind::Minor,
            GcWork::Full => CycleKind::Full,
            GcWork::Step if self.heap.gc_phase() == GcPhase::Idle => {
                if self.heap.mode().is_generational() {
                    CycleKind::Major
                } else {
                    CycleKind::Full
                }
            }
            GcWork::Step | GcWork::Nothing => return,
        };
        self.gcmod.collector.start(&self.heap, kind);
    }

    /// Handles the collector's queued events in order: a start calls `gc.callbacks` with
    /// `"start"` and prints the debug lines; a stop runs the collection's queued finalizers and
    /// callbacks, counts nothing more (the collector's totals are `gc.get_stats()`), prints
    /// `DEBUG_STATS`' last line and calls `gc.callbacks` with `"stop"`. Returns the last stop's
    /// count of objects found unreachable. A `gc.collect()` inside returns 0.
    pub(crate) fn gc_events(&mut self) -> Option<u64> {
        let mut last = None;
        while let Some(event) = self.gcmod.collector.next_event() {
            let was = std::mem::replace(&mut self.gcmod.collecting, true);
            let generation = generation_of(event.kind());
            match event {
                CycleEvent::Start { .. } => self.seen_collection_start(generation),
                CycleEvent::Stop { collected, .. } => {
                    self.seen_collection_end(generation, collected);
                    last = Some(collected);
                }
            }
            self.gcmod.collecting = was;
        }
        last
    }

    /// A collection Python sees begins: its callbacks get `"start"`, and the debug flags print
    /// what it will find. (With `DEBUG_SAVEALL` the collector arms its garbage to be saved.)
    fn seen_collection_start(&mut self, generation: usize) {
        self.run_gc_callbacks("start", generation, 0);
        if self.gcmod.debug & DEBUG_STATS != 0 {
            self.print_generations(generation);
        }
        if self.gcmod.debug & DEBUG_COLLECTABLE != 0 {
            self.print_collectable(generation);
        }
    }

    /// `DEBUG_STATS` at a collection's start, in CPython's words: the generation, then the
    /// objects in each generation and the permanent one. The counts are the heap's objects
    /// (young ones in generation 0, old ones in 2; every object in 2 outside generational mode),
    /// not CPython's tracked containers, so they differ from CPython's (docs/semantics.md).
    fn print_generations(&mut self, generation: usize) {
        let all = self.heap.object_count();
        let young = if self.heap.mode().is_generational() {
            self.heap.young_count()
        } else {
            0
        };
        let heap = &self.heap;
        self.gcmod.frozen.retain(|gc| heap.is_alive(*gc));
        let text = format!(
            "gc: collecting generation {generation}...\n\
             gc: objects in each generation: {young} 0 {}\n\
             gc: objects in permanent generation: {}\n",
            all - young,
            self.gcmod.frozen.len()
        );
        self.out.write_err(&text);
        self.gcmod.started = Some(std::time::Instant::now());
    }

    /// `DEBUG_COLLECTABLE`: each object the coming collection will find unreachable, as
    /// CPython's `debug_cycle` prints it before any weak reference callback or finalizer runs.
    /// Objects the script cannot see (frames' namespaces) are not listed; a minor lists only
    /// young garbage.
    fn print_collectable(&mut self, generation: usize) {
        let minor = generation < 2 && self.heap.mode().is_generational();
        let mut text = String::new();
        for v in self.coming_garbage(minor) {
            let name = self.type_name(v);
            text.push_str(&format!("gc: collectable <{name} {:#x}>\n", self.id_of(v)));
        }
        self.out.write_err(&text);
    }

    /// A collection Python sees ended, having found `collected` objects unreachable: its queued
    /// work runs (the finalizers and callbacks, as CPython runs them inside the collection),
    /// then its callbacks get `"stop"`.
    fn seen_collection_end(&mut self, generation: usize, collected: u64) {
        // Where collections stand for refcounting, they keep the cyclic garbage for this one:
        // what it finds runs in CPython's `gc` order. Elsewhere it finds all the garbage, whose
        // jobs run in DESIGN's (refcounting's) order.
        let mode = self.opts.gc;
        if mode.cpython_timing() || mode == crate::runtime::options::GcMode::Eager {
            self.drain_batch_in_gc_order();
        } else {
            self.drain_pending();
        }
        if let Some(started) = self.gcmod.started.take() {
            let elapsed = started.elapsed().as_secs_f64();
            self.out.write_err(&format!(
                "gc: done, {collected} unreachable, 0 uncollectable, {elapsed:.4}s elapsed\n"
            ));
        }
        self.run_gc_callbacks("stop", generation, collected);
    }

    /// Calls every callback in `gc.callbacks` with `(phase, info)`, as CPython's
    /// `invoke_gc_callback`: one `info` dict for all, the list read afresh at each index (a
    /// callback may change it), an error printed as unraisable and the rest still called.
    fn run_gc_callbacks(&mut self, phase: &str, generation: usize, collected: u64) {
        let Some(list) = self.roots.side.gc_callbacks else {
            return;
        };
        if !matches!(self.obj(list), ObjKind::List(items) if !items.is_empty()) {
            return;
        }
        let height = self.temps_height();
        let args = self.str_value(phase).and_then(|phase| {
            let info = self.str_int_dict(&[
                ("generation", generation as u64),
                ("collected", collected),
                ("uncollectable", 0),
            ])?;
            Ok((phase, info))
        });
        if let Ok((phase, info)) = args {
            let mut i = 0;
            while let Some(cb) = match self.obj(list) {
                ObjKind::List(items) => items.get(i).copied(),
                _ => None,
            } {
                self.push_temp(cb);
                if let Err(e) = self.call(cb, vec![phase, info], Vec::new()) {
                    self.print_unraisable(cb, &e);
                }
                i += 1;
            }
        }
        self.truncate_temps(height);
    }

    /// The garbage CPython's collector would find in the coming collection (a minor: young
    /// garbage only), before it runs: one walk of the live heap (`Heap::unreachable`), so only
    /// for the debug flags.
    fn coming_garbage(&self, minor: bool) -> Vec<Value> {
        let mut dead = self.heap.unreachable(&self.roots);
        if minor {
            dead.retain(|gc| !self.heap.is_old(*gc));
        }
        let mut garbage = crate::runtime::cyclic::cpython_garbage(&self.heap, &dead);
        let before = self.gcmod.found_before.borrow();
        garbage.retain(|v| !before.contains(&GcAny::from(*v)));
        garbage
    }

    /// Before `obj`'s finalizer job runs: whether its `__del__` must be skipped, because
    /// `DEBUG_SAVEALL` (the collector's save-all mode) gave it a heap finalizer only to keep it
    /// for `gc.garbage`.
    pub(crate) fn saveall_job(&mut self, obj: Value) -> bool {
        self.gcmod.collector.armed_only(obj)
    }

    /// After `obj`'s finalizer job: if the collection saved it (`DEBUG_SAVEALL`), the collector
    /// hands it over and it is appended to `gc.garbage`, as CPython's `delete_garbage` does.
    pub(crate) fn save_if_saving(&mut self, obj: Value) {
        if !matches!(
            self.gcmod.collector.finalizer_ran(&self.heap, obj),
            Ok(true)
        ) {
            return;
        }
        let saved: Vec<Value> = self
            .gcmod
            .collector
            .take_garbage()
            .iter()
            .filter_map(|root| self.as_value(weakgc::Gc::erase(weakgc::Root::gc(root))))
            .collect();
        if let Some(garbage) = self.roots.side.gc_garbage {
            if let ObjKind::List(items) = self.obj_mut(garbage) {
                items.extend(saved);
            }
        }
    }

    // ---- generations and thresholds ----

    /// What `gc.get_count()` and `gc.get_threshold()` report (count, threshold), per generation.
    ///
    /// Generational mode: generation 0 is the young objects: its count the objects' worth of
    /// bytes allocated since the last collection (a minor is due when it reaches the threshold,
    /// `Pacing::minor_bytes` in the same unit); generation 1 is the old generation's growth since
    /// the last full or major cycle, in percent (a major is due at `Pacing::major_percent`);
    /// generation 2 does not exist (0, 0). Other modes: one generation, counted in bytes (see
    /// `Interp::gc_debt_and_threshold`).
    pub fn gc_generations(&self) -> ([u64; 3], [u64; 3]) {
        let pacing = self.pacing();
        if self.heap.mode().is_generational() {
            let unit = crate::runtime::interp::OBJECT_BYTES as u64;
            let (old, after_major) = self.heap.old_bytes();
            let growth = (old.saturating_sub(after_major) as u128 * 100)
                .checked_div(after_major as u128)
                .unwrap_or(0);
            let count = [
                self.heap.allocated_since_minor() / unit,
                u64::try_from(growth).unwrap_or(u64::MAX),
                0,
            ];
            let t0 = if self.gcmod.auto_off {
                0
            } else {
                pacing.minor_bytes as u64 / unit
            };
            (count, [t0, pacing.major_percent as u64, 0])
        } else {
            let (debt, threshold) = self.gc_debt_and_threshold();
            let t0 = if self.gcmod.auto_off { 0 } else { threshold };
            ([debt, 0, 0], [t0, 0, 0])
        }
    }

    /// `gc.set_threshold(t0, t1, t2)`: t0 below 1 turns background collection off (as CPython's
    /// 0); otherwise in generational mode t0 objects' worth of bytes is `minor_bytes` and t1 the
    /// old generation's growth in percent that starts a major; in the other modes t0 is the
    /// allocation debt in bytes below which no collection is due (`Pacing::min_debt`). t2 has
    /// no generation to set.
    fn gc_set_threshold(&mut self, t: &[i64]) {
        self.gcmod.auto_off = t[0] < 1;
        let generational = self.heap.mode().is_generational();
        let pacing = self.pacing_mut();
        let t0 = t[0].max(1) as u64;
        if generational {
            let bytes = t0.saturating_mul(crate::runtime::interp::OBJECT_BYTES as u64);
            pacing.minor_bytes = usize::try_from(bytes).unwrap_or(usize::MAX);
            if let Some(t1) = t.get(1) {
                pacing.major_percent = u32::try_from((*t1).max(0)).unwrap_or(u32::MAX);
            }
        } else {
            pacing.min_debt = usize::try_from(t0).unwrap_or(usize::MAX);
        }
    }

    /// `gc.freeze()`: every object alive now is frozen, as in CPython's permanent generation:
    /// the cyclic collector (`gc.collect()`, background collections) keeps a frozen object it
    /// finds in or reachable from a garbage cycle, and what it reaches, until `gc.unfreeze()`;
    /// the collections standing for reference counting still free frozen garbage outside cycles,
    /// as CPython's refcounting does. In generational mode the frozen objects are made old, so
    /// minors never trace them; background majors become full collections while any is frozen.
    fn gc_freeze(&mut self) {
        if self.heap.mode().is_generational() {
            // Re-entering the mode makes everything old (and finishes a major under way).
            let mode = self.heap.mode();
            self.heap.set_mode(mode);
        }
        self.gcmod.frozen = self.heap.live_objects().into_iter().collect();
    }

    /// `(a, b, c)` as a tuple of ints.
    fn int_triple(&mut self, n: [u64; 3]) -> PyResult<Value> {
        let mut items = Vec::new();
        for x in n {
            items.push(self.int_value(i64::try_from(x).unwrap_or(i64::MAX))?);
        }
        self.alloc(ObjKind::Tuple(items))
    }

    /// `gc.is_tracked(v)`: CPython untracks atomic values, and dicts and tuples that hold only
    /// atomic values.
    fn is_tracked(&self, v: Value) -> bool {
        crate::runtime::cyclic::is_tracked(&self.heap, v)
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
    use crate::runtime::interp::Interp;
    use crate::{run_captured, Options};

    /// Addresses and times as `ADDR` and `T`, so the debug lines can be compared with CPython's.
    fn normalized(out: &str) -> String {
        let mut text = String::new();
        for word in out.split_inclusive([' ', '\n', '>']) {
            let (core, end) = word.split_at(word.len() - 1);
            if core.starts_with("0x") {
                text.push_str("ADDR");
                text.push_str(end);
            } else if core.ends_with('s') && core[..core.len() - 1].parse::<f64>().is_ok() {
                text.push('T');
                text.push_str(end);
            } else {
                text.push_str(word);
            }
        }
        text
    }

    #[test]
    fn debug_flags_print_what_cpython_prints() {
        // Recorded from python3.11 (addresses and the elapsed time normalized; the object counts
        // of DEBUG_STATS's second line are the heap's, so that line is checked apart).
        let src = "import gc\nclass T: pass\ngc.collect()\ngc.set_debug(gc.DEBUG_COLLECTABLE)\nb = T(); b.self = b\nc = [1]; c.append(c)\ndel b, c\nprint('collected', gc.collect())\ngc.set_debug(gc.DEBUG_LEAK)\nd = T(); d.self = d\ndel d\nprint('collected', gc.collect(), len(gc.garbage))\ngc.set_debug(gc.DEBUG_UNCOLLECTABLE)\nprint(gc.collect())\n";
        let out = normalized(&run_captured(src, &Options::default()).1);
        assert_eq!(
            out,
            "gc: collectable <T ADDR>\ngc: collectable <list ADDR>\ncollected 2\ngc: collectable <T ADDR>\ncollected 1 1\n0\n      [<__main__.T object at ADDR>]\n"
        );
        let src = "import gc\nclass T: pass\ngc.collect()\ngc.set_debug(gc.DEBUG_STATS)\na = T(); a.self = a\ndel a\nprint('collected', gc.collect())\n";
        let out = normalized(&run_captured(src, &Options::default()).1);
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 5, "{out}");
        assert_eq!(lines[0], "gc: collecting generation 2...");
        let counts: Vec<&str> = lines[1]
            .strip_prefix("gc: objects in each generation: ")
            .unwrap()
            .split(' ')
            .collect();
        assert!(counts.len() == 3 && counts.iter().all(|c| c.parse::<u64>().is_ok()));
        assert_eq!(lines[2], "gc: objects in permanent generation: 0");
        assert_eq!(
            lines[3],
            "gc: done, 1 unreachable, 0 uncollectable, T elapsed"
        );
        assert_eq!(lines[4], "collected 1");
    }

    #[test]
    fn referents_and_referrers_see_container_edges() {
        let src = "import gc\nclass A:\n    pass\na = A()\nholder = [a]\nprint(a in gc.get_referents(holder), any(r is holder for r in gc.get_referrers(a)), gc.is_tracked(1), gc.is_tracked([]))\n";
        let out = run_captured(src, &Options::default()).1;
        assert_eq!(out, "True True False True\n");
    }

    /// Outside generational mode, `get_count()[0]` is the heap's allocation debt in bytes and
    /// `get_threshold()[0]` the debt at which a background collection is due: a collection
    /// takes the debt back to nothing, the threshold grows with what survived it, and
    /// allocation raises the debt by about each object's size.
    #[test]
    fn count_and_threshold_are_the_heaps_pacing_in_bytes_when_not_generational() {
        let src = "import gc\ngc.disable()\ngc.collect()\nc, t = gc.get_count(), gc.get_threshold()\nprint(c[0] < 1000, c[1:], t[1:], t[0] >= 32768)\nx = [str(i) for i in range(20000)]\nc2 = gc.get_count()\nprint(c2[0] > t[0], c2[0] > 20000 * 16)\ngc.collect()\nprint(gc.get_count()[0] < 1000, gc.get_threshold()[0] > t[0])\n";
        let paced = Options {
            gc: crate::GcMode::Paced,
            ..Options::default()
        };
        let out = run_captured(src, &paced).1;
        assert_eq!(out, "True (0, 0) (0, 0) True\nTrue True\nTrue True\n");
    }

    /// In generational mode generation 0 counts the objects' worth of bytes allocated since
    /// the last collection against `minor_bytes` in the same unit, generation 1 the old
    /// generation's growth in percent against `major_percent`; `set_threshold` sets both, and
    /// 0 turns background collection off.
    #[test]
    fn count_and_threshold_report_the_young_and_old_generations() {
        let unit = crate::runtime::interp::OBJECT_BYTES;
        let pacing = weakgc::Pacing::default();
        let src = "import gc\ngc.disable()\ngc.collect()\nprint(gc.get_count(), gc.get_threshold())\nx = [[i] for i in range(20000)]\nprint(gc.get_count()[0] >= 20000)\ngc.collect(0)\nprint(gc.get_count()[0] < 100)\ngc.collect()\nprint(gc.get_count()[1])\ngc.set_threshold(500, 50, 7)\nprint(gc.get_threshold())\n";
        let out = run_captured(src, &Options::default()).1;
        assert_eq!(
            out,
            format!(
                "(0, 0, 0) ({}, {}, 0)\nTrue\nTrue\n0\n(500, 50, 0)\n",
                pacing.minor_bytes / unit,
                pacing.major_percent
            )
        );
        let src = "import gc\ngc.set_threshold(0)\nprint(gc.get_threshold()[0])\nx = [[i] for i in range(50000)]\n";
        let module = crate::syntax::compile(src).unwrap();
        let out = crate::Output::capture();
        let buf = out.captured();
        let mut interp = Interp::new(Options::default(), out);
        interp.run_module(&module);
        assert_eq!(buf.borrow().as_str(), "0\n");
        assert_eq!(interp.side.gc_stats.minors + interp.side.gc_stats.steps, 0);
    }

    /// `gc.freeze()` counts the objects it froze and `unfreeze()` forgets them; frozen garbage
    /// outside cycles still dies, as CPython's refcounting frees it.
    #[test]
    fn freeze_counts_the_frozen_and_frozen_garbage_outside_cycles_is_freed() {
        let src = "import gc, weakref\nclass A:\n    pass\na = A()\nw = weakref.ref(a)\ngc.freeze()\nprint(gc.get_freeze_count() > 100)\nh = [a]\na = None\nh = None\ngc.collect(0)\nprint(w() is None)\ngc.unfreeze()\nprint(gc.get_freeze_count())\ngc.collect()\nprint(w() is None)\n";
        let incremental = Options {
            gc: crate::GcMode::Incremental,
            ..Options::default()
        };
        // No CPython timing: only the explicit collections run.
        let out = run_captured(src, &incremental).1;
        assert_eq!(out, "True\nTrue\n0\nTrue\n");
        let generational_without_timing = "import gc, weakref\ngc.disable()\nclass A:\n    pass\nkeep = [A()]\nw = weakref.ref(keep[0])\ngc.freeze()\nprint(gc.get_freeze_count() > 100)\n";
        let out = run_captured(generational_without_timing, &Options::default()).1;
        assert_eq!(out, "True\n");
    }

    /// Background collections run through the library's `Collector`: each one Python sees
    /// calls the callbacks with a start, then a stop of the same generation (a major in steps:
    /// start at its first step, stop at its last), and `gc.get_stats()` counts each once, when
    /// it ends. A major still in steps when the callback is removed has told only its start.
    #[test]
    fn background_collections_are_told_in_pairs_and_counted_once() {
        let src = "import gc\nlog = []\ndef cb(phase, info):\n    log.append((phase, info['generation']))\ngc.callbacks.append(cb)\nbefore = gc.get_stats()\nclass N: pass\nkeep = []\nfor i in range(100000):\n    a = N(); b = N(); a.b = b; b.a = a\n    if i % 2: keep.append(a)\ngc.disable()\ngc.callbacks.remove(cb)\nafter = gc.get_stats()\ntail = len(log) % 2 == 0 or log.pop() == ('start', 2)\npairs = [(log[i], log[i + 1]) for i in range(0, len(log), 2)]\nprint(len(log) % 2, tail and all(s[0] == 'start' and t[0] == 'stop' and s[1] == t[1] for s, t in pairs))\nfor g in (0, 2):\n    n = sum(1 for s, t in pairs if s[1] == g)\n    print(g, n > 0, after[g]['collections'] - before[g]['collections'] == n)\n";
        for mode in [crate::GcMode::Default, crate::GcMode::Incremental] {
            let opts = Options {
                gc: mode,
                ..Options::default()
            };
            let out = run_captured(src, &opts).1;
            let young = if mode == crate::GcMode::Default {
                "0 True True"
            } else {
                "0 False True"
            };
            assert_eq!(out, format!("0 True\n{young}\n2 True True\n"), "{mode:?}");
        }
    }

    #[test]
    fn collect_runs_finalizers_before_returning() {
        let src = "import gc\nclass A:\n    def __del__(self):\n        print('del')\na = A()\na = None\ngc.collect()\nprint('after')\n";
        let out = run_captured(src, &Options::default()).1;
        assert_eq!(out, "del\nafter\n");
    }
}

#[cfg(test)]
mod generation_tests {
    use crate::runtime::interp::Interp;
    use crate::{Options, Output};

    /// After `gc.freeze()` every object is old, so minors never trace them.
    #[test]
    fn freeze_makes_every_object_old() {
        let src = "import gc\ngc.disable()\nclass A:\n    pass\nkeep = [A() for i in range(10)]\ngc.freeze()\n";
        let module = crate::syntax::compile(src).unwrap();
        let mut interp = Interp::new(Options::default(), Output::capture());
        interp.run_module(&module);
        assert_eq!(interp.heap.young_count(), 0);
    }
}
