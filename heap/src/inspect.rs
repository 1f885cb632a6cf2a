//! Looking at a heap without changing it: censuses, referrers, and why an object is alive.
//!
//! These walk the heap with the objects' own `Trace` implementations, as a collection would, but
//! mark nothing: they are safe to call at any time and cost O(live objects + edges).

use std::borrow::Cow;
use std::collections::{BTreeMap, VecDeque};
use std::fmt;

use hashbrown::HashMap;

use crate::handle::{GcAny, WeakAny};
use crate::page::Bit;
use crate::trace::{Trace, Tracer};
use crate::Heap;

/// Live objects and their bytes, by `Trace::type_name`; objects whose finalizer is queued and has
/// not run yet are counted apart ([`awaiting_finalizer`](Census::awaiting_finalizer)): they are
/// garbage, kept only until the embedder drains the pending queue.
///
/// # Examples
/// ```
/// use weakgc_heap::Heap;
/// let mut heap = Heap::new();
/// let before = heap.census();
/// heap.alloc(String::from("a"));
/// heap.alloc(String::from("b"));
/// let grown = heap.census().diff(&before);
/// assert_eq!(grown.count("String"), 2);
/// assert_eq!(grown.awaiting_finalizer("String"), 0);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Census {
    by_type: BTreeMap<String, TypeCount>,
    /// Objects named by queued `Finalize` jobs, by type.
    awaiting_finalizer: BTreeMap<String, TypeCount>,
}

/// One line of a [`Census`]: how many objects of a type, and their cell bytes. In a
/// [`diff`](Census::diff) both may be negative.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TypeCount {
    /// Objects.
    pub objects: i64,
    /// Cell bytes.
    pub bytes: i64,
}

impl Census {
    /// Objects of type `name` (0 if none), not counting those awaiting their finalizer.
    pub fn count(&self, name: &str) -> i64 {
        self.by_type.get(name).map_or(0, |c| c.objects)
    }

    /// Objects of type `name` whose finalizer is queued and has not run yet (0 if none).
    pub fn awaiting_finalizer(&self, name: &str) -> i64 {
        self.awaiting_finalizer.get(name).map_or(0, |c| c.objects)
    }

    /// Every type with its count, by name, not counting objects awaiting their finalizer.
    pub fn iter(&self) -> impl Iterator<Item = (&str, TypeCount)> {
        self.by_type.iter().map(|(k, v)| (k.as_str(), *v))
    }

    /// Every type with objects awaiting their finalizer, by name.
    pub fn iter_awaiting_finalizer(&self) -> impl Iterator<Item = (&str, TypeCount)> {
        self.awaiting_finalizer
            .iter()
            .map(|(k, v)| (k.as_str(), *v))
    }

    /// Total objects, not counting those awaiting their finalizer.
    pub fn total_objects(&self) -> i64 {
        self.by_type.values().map(|c| c.objects).sum()
    }

    /// Total objects awaiting their finalizer.
    pub fn total_awaiting_finalizer(&self) -> i64 {
        self.awaiting_finalizer.values().map(|c| c.objects).sum()
    }

    /// What changed from `earlier` to `self`: types whose counts differ, with the difference.
    pub fn diff(&self, earlier: &Census) -> Census {
        Census {
            by_type: diff_counts(&self.by_type, &earlier.by_type),
            awaiting_finalizer: diff_counts(&self.awaiting_finalizer, &earlier.awaiting_finalizer),
        }
    }

    /// At most `n` types with the most objects (by absolute count, so a diff's largest changes),
    /// then by name: what a message shows when the whole census could grow with the heap.
    pub fn largest(&self, n: usize) -> Vec<(&str, TypeCount)> {
        let mut all: Vec<(&str, TypeCount)> = self.iter().collect();
        all.sort_by_key(|(name, c)| (std::cmp::Reverse(c.objects.unsigned_abs()), *name));
        all.truncate(n);
        all
    }

    /// Whether no type has any objects (for a diff: nothing changed).
    pub fn is_empty(&self) -> bool {
        self.by_type.is_empty() && self.awaiting_finalizer.is_empty()
    }
}

fn diff_counts(
    now: &BTreeMap<String, TypeCount>,
    then: &BTreeMap<String, TypeCount>,
) -> BTreeMap<String, TypeCount> {
    let mut out = BTreeMap::new();
    for name in now.keys().chain(then.keys()) {
        let a = now.get(name).copied().unwrap_or_default();
        let b = then.get(name).copied().unwrap_or_default();
        let delta = TypeCount {
            objects: a.objects - b.objects,
            bytes: a.bytes - b.bytes,
        };
        if delta != TypeCount::default() {
            out.insert(name.clone(), delta);
        }
    }
    out
}

impl fmt::Display for Census {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (name, c) in &self.by_type {
            writeln!(f, "{:>8} {:>10} B  {name}", c.objects, c.bytes)?;
        }
        for (name, c) in &self.awaiting_finalizer {
            writeln!(
                f,
                "{:>8} {:>10} B  {name} (awaiting finalizer)",
                c.objects, c.bytes
            )?;
        }
        Ok(())
    }
}

/// The name a retention path gives a frozen object ([`Heap::freeze`]) as its root.
pub const FROZEN_ROOT: &str = "frozen (Heap::freeze)";

/// Where a retention path starts. A frozen object ([`Heap::freeze`]) is a root named
/// [`FROZEN_ROOT`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RootKind {
    /// A [`Root`](crate::Root), with its name if it was given one.
    Root(Option<Cow<'static, str>>),
    /// The `n`th handle reported by the extra roots passed in (0-based).
    Extra(usize),
    /// A queued finalizer or callback not yet drained.
    Pending,
}

impl fmt::Display for RootKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RootKind::Root(Some(name)) => write!(f, "root \"{name}\""),
            RootKind::Root(None) => write!(f, "unnamed root"),
            RootKind::Extra(i) => write!(f, "extra root #{i}"),
            RootKind::Pending => write!(f, "pending finalizer/callback queue"),
        }
    }
}

/// One object on a retention path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PathStep {
    /// The object.
    pub object: GcAny,
    /// Its `Trace::type_name`.
    pub type_name: String,
    /// Its `Trace::label`, if any.
    pub label: Option<String>,
    /// `Some(key)` when this object is reached as the value of a weak-key table entry whose key is
    /// `key` (the entry lives because the key does).
    pub via_ephemeron_key: Option<GcAny>,
}

/// A shortest chain of strong references from a root to an object: why it is alive.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RetentionPath {
    /// Where the chain starts.
    pub root: RootKind,
    /// The objects from the root's referent to the target, inclusive.
    pub steps: Vec<PathStep>,
}

/// Steps a displayed [`RetentionPath`] shows at each end; the ones between are counted, not shown.
const PATH_ENDS_SHOWN: usize = 5;
/// Characters of a label a displayed path shows.
const LABEL_CHARS_SHOWN: usize = 80;

/// Displays the root, then at most the first and last five steps with a count of the ones left
/// out between (issue #16: a 1M-step path printed 22.9 MB), each label cut to 80 characters. The
/// whole path is in [`steps`](RetentionPath::steps).
impl fmt::Display for RetentionPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.root)?;
        let n = self.steps.len();
        // Eliding a single step would save nothing.
        let elided = if n > 2 * PATH_ENDS_SHOWN + 1 {
            n - 2 * PATH_ENDS_SHOWN
        } else {
            0
        };
        for (i, step) in self.steps.iter().enumerate() {
            if elided > 0 && i == PATH_ENDS_SHOWN {
                write!(f, "\n  -> ... {elided} more steps ...")?;
            }
            if elided > 0 && (PATH_ENDS_SHOWN..n - PATH_ENDS_SHOWN).contains(&i) {
                continue;
            }
            write!(f, "\n  -> '{}' {:?}", step.type_name, step.object)?;
            if let Some(label) = &step.label {
                write!(f, " {}", Shortened(label))?;
            }
            if let Some(key) = step.via_ephemeron_key {
                write!(f, " (weak-key table value, kept by its key {key:?})")?;
            }
        }
        Ok(())
    }
}

/// A user-supplied string cut to 80 characters (then `...`) for a message.
pub struct Shortened<'a>(pub &'a str);

impl fmt::Display for Shortened<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0.char_indices().nth(LABEL_CHARS_SHOWN) {
            Some((cut, _)) => write!(f, "{}...", &self.0[..cut]),
            None => f.write_str(self.0),
        }
    }
}

impl Heap {
    /// Re-checks the heap's bookkeeping (Lua's `lua_checkmemory`, CPython's `validate_list`): the
    /// per-cell bits and metadata (see the arena's invariants), that every object flagged as a weak
    /// table is registered for pruning, that every queued job names a live object, and that every
    /// finalizer closure belongs to a live object whose finalizer is armed or queued. Collections
    /// call it in debug builds; tests may call it after each `collect()`. O(pages + live objects).
    ///
    /// # Errors
    /// A description of the first inconsistency found: a bug in weakgc.
    pub fn verify(&self) -> Result<(), String> {
        self.arena.verify()?;
        self.verify_frozen()?;
        if self.mode.is_generational() && self.gc_phase() == crate::GcPhase::Idle {
            self.arena.young_pages_cover_young_cells()?;
        } else if !self.mode.is_generational() && self.arena.has_age_bits() {
            return Err("age bits set outside generational mode".into());
        }
        if self.resizable.values().sum::<usize>() != self.resizable_total {
            return Err("resizable charges do not add up to their total".into());
        }
        // `find`, not `is_live`: a found-dead object keeps its charge until a lazy sweep frees it.
        if let Some(gc) = self
            .resizable
            .keys()
            .find(|gc| self.arena.find(**gc).is_none())
        {
            return Err(format!(
                "a resizable charge names {gc:?}, which is not live"
            ));
        }
        // The sweep finds side-table entries of what it frees by this bit.
        let flagged = |gc: &GcAny| {
            self.arena
                .find(*gc)
                .is_some_and(|c| self.arena.bit(c, Bit::SideEntry))
        };
        if let Some(gc) = self
            .resizable
            .keys()
            .chain(self.finalizer_fns.values().map(|(gc, _)| gc))
            .find(|gc| !flagged(gc))
        {
            return Err(format!(
                "{gc:?} has a side-table entry but no SideEntry bit"
            ));
        }
        let registered: hashbrown::HashSet<GcAny> = self.weak_tables.iter().copied().collect();
        for gc in self.live_objects() {
            let cell = self.arena.find(gc).expect("listed as live");
            if self.arena.bit(cell, Bit::WeakTable) && !registered.contains(&gc) {
                return Err(format!(
                    "{gc:?} is a weak table but not registered for pruning"
                ));
            }
        }
        for (_, gc) in &self.pending.jobs {
            if !self.arena.is_live(*gc) {
                return Err(format!("a pending job names {gc:?}, which is not live"));
            }
        }
        for (owner, _) in self.finalizer_fns.values() {
            let armed_or_queued = self.arena.find(*owner).is_some_and(|c| {
                self.arena.bit(c, Bit::Finalizer) || self.arena.bit(c, Bit::Finalized)
            });
            if !armed_or_queued {
                return Err(format!(
                    "a finalizer closure belongs to {owner:?}, which has none"
                ));
            }
        }
        Ok(())
    }

    /// Live objects and bytes by type name, with the objects whose finalizer is queued and has
    /// not run yet counted apart. O(live objects + queued jobs).
    ///
    /// # Examples
    /// ```
    /// use weakgc_heap::Heap;
    /// let mut heap = Heap::new();
    /// heap.alloc(String::from("a"));
    /// heap.alloc(String::from("b"));
    /// heap.alloc(1u64);
    /// let census = heap.census();
    /// assert_eq!((census.count("String"), census.count("u64")), (2, 1));
    /// assert_eq!(census.total_objects(), 3);
    /// println!("{census}"); // one line per type: objects, bytes, name
    /// ```
    pub fn census(&self) -> Census {
        let awaiting: hashbrown::HashSet<GcAny> = self
            .pending
            .jobs
            .iter()
            .filter(|(kind, _)| *kind == crate::PendingKind::Finalize)
            .map(|(_, gc)| *gc)
            .collect();
        let mut census = Census::default();
        for gc in self.live_objects() {
            let cell = self.arena.find(gc).expect("listed as live");
            let name = self.arena.get_dyn(cell).type_name();
            let bytes = self.arena.cell_bytes(cell) as i64;
            let table = if awaiting.contains(&gc) {
                &mut census.awaiting_finalizer
            } else {
                &mut census.by_type
            };
            let entry = table.entry(name.to_string()).or_default();
            entry.objects += 1;
            entry.bytes += bytes;
        }
        census
    }

    /// Whether the collector has to look inside `gc`'s object: it holds strong edges or weak-table
    /// entries now (Python's `gc.is_tracked`, which says `False` for atomic objects like ints and
    /// strings). Unlike CPython, an empty container is untracked until it holds something. `false`
    /// for a collected object.
    pub fn is_tracked(&self, gc: GcAny) -> bool {
        let Ok(value) = self.get_any(gc) else {
            return false;
        };
        let mut tracer = Tracer::new();
        value.trace(&mut tracer);
        tracer.edge_count() > 0 || tracer.has_ephemerons() || value.has_weak_entries()
    }

    /// Live objects holding a strong edge to `target` (Python's `gc.get_referrers`). O(live objects
    /// + edges).
    ///
    /// # Examples
    /// ```
    /// use weakgc_heap::{Gc, GcAny, Heap};
    /// let mut heap = Heap::new();
    /// let shared = heap.alloc(0u8);
    /// let a = heap.alloc(vec![Gc::erase(shared)]);
    /// let b = heap.alloc(vec![Gc::erase(shared)]);
    /// let mut found = heap.referrers(shared.into());
    /// found.sort();
    /// let mut expected: Vec<GcAny> = vec![a.into(), b.into()];
    /// expected.sort();
    /// assert_eq!(found, expected);
    /// ```
    pub fn referrers(&self, target: GcAny) -> Vec<GcAny> {
        self.live_objects()
            .into_iter()
            .filter(|gc| {
                self.referents(*gc)
                    .is_ok_and(|edges| edges.contains(&target))
            })
            .collect()
    }

    /// A shortest path from a root to `target` — why it is still alive — or `None` if nothing
    /// reaches it (it would die in the next collection). Roots are the heap's [`Root`](crate::Root)s,
    /// its pending queue, the frozen objects ([`Heap::freeze`], as [`FROZEN_ROOT`]), and
    /// `extra_roots` (pass what you pass to `collect_with`).
    ///
    /// Weak-key table values count as reachable only through a reachable key, as in a collection.
    ///
    /// # Examples
    /// ```
    /// use weakgc_heap::{Gc, Heap, Trace, Tracer};
    /// struct Cache(Vec<Gc<String>>);
    /// impl Trace for Cache { fn trace(&self, t: &mut Tracer) { self.0.trace(t) } }
    /// let mut heap = Heap::new();
    /// let leaked = heap.alloc(String::from("session"));
    /// let cache = heap.alloc(Cache(vec![leaked]));
    /// let _root = heap.root_named(cache, "global cache");
    /// let path = heap.retention_path(leaked.into(), &()).unwrap();
    /// assert_eq!(path.steps.len(), 2);
    /// assert!(path.to_string().starts_with("root \"global cache\""));
    /// ```
    pub fn retention_path<R: Trace + ?Sized>(
        &self,
        target: GcAny,
        extra_roots: &R,
    ) -> Option<RetentionPath> {
        if !self.is_alive(target) {
            return None;
        }
        let mut search = self.search_from_roots(extra_roots);
        let found = search.run(self, target)?;
        Some(search.path_to(self, found))
    }
}

impl Heap {
    /// A path search seeded with every root: the heap's roots, the pending queue, the frozen
    /// objects, then `extra_roots`' edges.
    fn search_from_roots<R: Trace + ?Sized>(&self, extra_roots: &R) -> PathSearch {
        let mut search = PathSearch::default();
        for (gc, name) in self.root_entries() {
            search.seed(gc, RootKind::Root(name));
        }
        for (_, gc) in self.pending.jobs.iter() {
            search.seed(*gc, RootKind::Pending);
        }
        for &gc in &self.frozen {
            search.seed(gc, RootKind::Root(Some(Cow::Borrowed(FROZEN_ROOT))));
        }
        let mut tracer = Tracer::new();
        extra_roots.trace(&mut tracer);
        for (i, gc) in tracer.take_edges().into_iter().enumerate() {
            search.seed(gc, RootKind::Extra(i));
        }
        search
    }

    /// The live objects nothing reaches from the roots — what a full collection now would find
    /// dead — in cell order. Roots are as for [`retention_path`](Self::retention_path). (Python's
    /// `gc.DEBUG_SAVEALL` needs them before the collection frees them.) O(live objects).
    ///
    /// # Examples
    /// ```
    /// use weakgc_heap::Heap;
    /// let mut heap = Heap::new();
    /// let kept = heap.alloc(1u32);
    /// let _root = heap.root(kept);
    /// let lost = heap.alloc(2u32);
    /// assert_eq!(heap.unreachable(&()), vec![lost.into()]);
    /// ```
    pub fn unreachable<R: Trace + ?Sized>(&self, extra_roots: &R) -> Vec<GcAny> {
        let mut search = self.search_from_roots(extra_roots);
        search.run_all(self);
        self.live_objects()
            .into_iter()
            .filter(|gc| !search.parent.contains_key(gc))
            .collect()
    }
}

/// Breadth-first search from the roots, with ephemeron values released when their key is reached.
#[derive(Default)]
struct PathSearch {
    /// Reached object -> how it was reached.
    parent: HashMap<GcAny, Via>,
    queue: VecDeque<GcAny>,
    /// Unreached key -> (table, values) waiting on it.
    waiting: HashMap<u32, Vec<(GcAny, Vec<GcAny>)>>,
}

#[derive(Clone)]
enum Via {
    Root(RootKind),
    Edge(GcAny),
    Ephemeron { table: GcAny, key: GcAny },
}

impl PathSearch {
    fn seed(&mut self, gc: GcAny, root: RootKind) {
        self.reach(gc, Via::Root(root));
    }

    fn reach(&mut self, gc: GcAny, via: Via) {
        if let hashbrown::hash_map::Entry::Vacant(e) = self.parent.entry(gc) {
            e.insert(via);
            self.queue.push_back(gc);
        }
    }

    fn run(&mut self, heap: &Heap, target: GcAny) -> Option<GcAny> {
        self.search(heap, Some(target))
    }

    /// Reaches everything reachable.
    fn run_all(&mut self, heap: &Heap) {
        self.search(heap, None);
    }

    fn search(&mut self, heap: &Heap, target: Option<GcAny>) -> Option<GcAny> {
        let mut tracer = Tracer::new();
        while let Some(gc) = self.queue.pop_front() {
            if !heap.is_alive(gc) {
                continue;
            }
            if Some(gc) == target {
                return Some(gc);
            }
            if let Some(released) = self.waiting.remove(&gc.index()) {
                for (table, values) in released {
                    for v in values {
                        self.reach(v, Via::Ephemeron { table, key: gc });
                    }
                }
            }
            tracer.clear();
            heap.get_any(gc).expect("checked live").trace(&mut tracer);
            for edge in tracer.take_edges() {
                self.reach(edge, Via::Edge(gc));
            }
            for (key, values) in tracer.take_ephemerons() {
                self.route(heap, gc, key, values);
            }
        }
        None
    }

    fn route(&mut self, heap: &Heap, table: GcAny, key: WeakAny, values: Vec<GcAny>) {
        let Some(key) = heap.upgrade_any(key) else {
            return;
        };
        if self.parent.contains_key(&key) {
            for v in values {
                self.reach(v, Via::Ephemeron { table, key });
            }
        } else {
            self.waiting
                .entry(key.index())
                .or_default()
                .push((table, values));
        }
    }

    fn path_to(&self, heap: &Heap, target: GcAny) -> RetentionPath {
        let mut steps = Vec::new();
        let mut at = target;
        loop {
            let via = self.parent[&at].clone();
            let value = heap.get_any(at).expect("on a path of live objects");
            steps.push(PathStep {
                object: at,
                type_name: value.type_name().to_string(),
                label: value.label(),
                via_ephemeron_key: match via {
                    Via::Ephemeron { key, .. } => Some(key),
                    _ => None,
                },
            });
            match via {
                Via::Root(root) => {
                    steps.reverse();
                    return RetentionPath { root, steps };
                }
                Via::Edge(from) => at = from,
                Via::Ephemeron { table, .. } => at = table,
            }
        }
    }
}
