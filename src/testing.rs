//! Forced-collection assertions for tests: did it die, and if not, what kept it alive.
//!
//! Each check runs a full collection (with the extra roots you pass, as your embedder would) and,
//! when an object that should have died did not, reports a shortest path from a root to it.
#![doc = include_str!("../docs/testing.md")]

use std::fmt;
use std::fmt::Write as _;
use std::ops::Deref;

use weakgc_collector::{collect_with, CycleReport};
use weakgc_heap::{
    Census, GcAny, Heap, Pending, RetentionPath, RootKind, Shortened, Trace, WeakAny,
};
// `Heap` here is the core heap: `&mut weakgc::Heap` coerces to it, and callbacks that receive the
// core can call these too.

/// An object that should have died is still alive.
#[derive(Clone, Debug)]
pub struct StillAlive {
    /// The object.
    pub object: GcAny,
    /// Its type name.
    pub type_name: String,
    /// Its label, if its type gives one.
    pub label: Option<String>,
    /// Why it is alive: a shortest path from a root, whole (the message shows only its ends when it
    /// is long). `None` when nothing reaches it, which means it is being kept this cycle only for
    /// a finalizer that has not run yet.
    pub path: Option<RetentionPath>,
}

impl fmt::Display for StillAlive {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "'{}' {:?}", self.type_name, self.object)?;
        if let Some(label) = &self.label {
            write!(f, " {}", Shortened(label))?;
        }
        match &self.path {
            Some(path) => write!(
                f,
                " was expected to be collected, but is kept alive by:\n{path}"
            ),
            None => write!(
                f,
                " was expected to be collected, but is kept for a finalizer that has not run yet; \
                 drain the pending queue and collect again"
            ),
        }
    }
}

impl std::error::Error for StillAlive {}

fn still_alive<R: Trace + ?Sized>(heap: &Heap, object: GcAny, roots: &R) -> StillAlive {
    let value = heap.get_any(object).expect("checked alive");
    StillAlive {
        object,
        type_name: value.type_name().to_string(),
        label: value.label(),
        path: heap.retention_path(object, roots),
    }
}

/// Every object a [`check_collected`] expected to die that did not, each with what keeps it
/// alive, in the order they were given. Derefs to the list; displays every survivor.
#[derive(Clone, Debug)]
pub struct Survivors(pub Vec<StillAlive>);

impl Deref for Survivors {
    type Target = [StillAlive];
    fn deref(&self) -> &[StillAlive] {
        &self.0
    }
}

impl fmt::Display for Survivors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let [one] = &self.0[..] {
            return write!(f, "{one}");
        }
        write!(
            f,
            "{} objects were expected to be collected but are alive:",
            self.0.len()
        )?;
        for (i, s) in self.0.iter().enumerate() {
            write!(f, "\n\n[{}] {s}", i + 1)?;
        }
        Ok(())
    }
}

impl std::error::Error for Survivors {}

impl Survivors {
    /// Every survivor's retention path as one Graphviz DOT graph (shared hops drawn once): see
    /// [`retention_paths_dot`].
    pub fn to_dot(&self) -> String {
        let paths: Vec<&RetentionPath> = self.0.iter().filter_map(|s| s.path.as_ref()).collect();
        retention_paths_dot(&paths)
    }

    /// Every survivor as a JSON array of `{"object", "type", "label", "path"}` (`path` as in
    /// [`retention_path_json`], or `null`).
    pub fn to_json(&self) -> String {
        let items: Vec<String> = self
            .0
            .iter()
            .map(|s| {
                format!(
                    "{{\"object\":{},\"type\":{},\"label\":{},\"path\":{}}}",
                    json_str(&format!("{:?}", s.object)),
                    json_str(&s.type_name),
                    s.label.as_deref().map_or("null".into(), json_str),
                    s.path.as_ref().map_or("null".into(), retention_path_json)
                )
            })
            .collect();
        format!("[{}]", items.join(","))
    }
}

/// Collects, then checks that every object in `objects` is gone.
///
/// # Errors
/// Every survivor, each with the path that keeps it alive.
///
/// # Examples
/// ```
/// use weakgc::{testing::check_collected, Heap};
/// let mut heap = Heap::new();
/// let (a, b) = (heap.alloc(1u8), heap.alloc(2u8));
/// let (_ra, _rb) = (heap.root_named(a, "a"), heap.root_named(b, "b"));
/// let err = check_collected(&mut heap, [a.into(), b.into()], &()).unwrap_err();
/// assert_eq!(err.len(), 2); // both reported, not only the first
/// assert!(err.to_string().contains("root \"b\""));
/// ```
pub fn check_collected<R: Trace + ?Sized>(
    heap: &mut Heap,
    objects: impl IntoIterator<Item = GcAny>,
    roots: &R,
) -> Result<CycleReport, Survivors> {
    let report = collect_with(heap, roots);
    let survivors: Vec<StillAlive> = objects
        .into_iter()
        .filter(|o| heap.is_alive(*o))
        .map(|o| still_alive(heap, o, roots))
        .collect();
    if survivors.is_empty() {
        Ok(report)
    } else {
        Err(Survivors(survivors))
    }
}

/// What [`settle`] did.
#[derive(Clone, Debug, Default)]
pub struct Settled {
    /// Collections run.
    pub cycles: u32,
    /// Objects freed, over all of them.
    pub freed: u64,
    /// Finalizers and callbacks drained.
    pub jobs: u64,
    /// Messages of the panics caught in drained jobs.
    pub panics: Vec<String>,
    /// Whether the heap came to rest (a collection that freed and queued nothing, with the queue
    /// empty) within [`SETTLE_MAX_CYCLES`]; `false` means some finalizer keeps making garbage.
    pub settled: bool,
}

/// The most collections [`settle`] runs before giving up.
pub const SETTLE_MAX_CYCLES: u32 = 100;

/// Collects and drains pending work until nothing changes: a collection that frees nothing and
/// queues nothing, with the queue empty. Finalizer closures (`on_finalize`) run; other jobs are
/// handed to `handler` (for callbacks and `__del__`s your embedder runs). A finalizer's garbage,
/// and whatever a resurrected object drops later, is collected by the following rounds, so after
/// `settle` a census counts only what is really reachable.
///
/// # Examples
/// ```
/// use weakgc::{testing::settle, Heap};
/// let mut heap = Heap::new();
/// let a = heap.alloc(String::from("a"));
/// heap.on_finalize(a.into(), |heap, _| {
///     heap.alloc(String::from("garbage made by a finalizer"));
/// }).unwrap();
/// let done = settle(&mut heap, &(), |_, _| {});
/// assert!(done.settled);
/// assert_eq!((done.freed, done.jobs), (2, 1));
/// assert_eq!(heap.object_count(), 0);
/// ```
pub fn settle<R: Trace + ?Sized>(
    heap: &mut Heap,
    roots: &R,
    mut handler: impl FnMut(&mut Heap, &Pending),
) -> Settled {
    let mut out = Settled::default();
    while out.cycles < SETTLE_MAX_CYCLES {
        let report = collect_with(heap, roots);
        out.cycles += 1;
        out.freed += report.freed;
        let drained = heap.run_pending(&mut handler);
        out.jobs += drained.finalizers + drained.callbacks;
        out.panics.extend(drained.panics);
        let queued = report.finalizers_queued + report.callbacks_queued;
        if report.freed == 0 && queued == 0 && heap.pending_len() == 0 {
            out.settled = true;
            break;
        }
    }
    out
}

/// Collects and asserts that `object` died.
///
/// # Panics
/// If it is still alive; the message shows the shortest path from a root that keeps it alive.
///
/// # Examples
/// ```
/// use weakgc::{testing::assert_collected, Heap};
/// let mut heap = Heap::new();
/// let temp = heap.alloc(String::from("temporary"));
/// assert_collected(&mut heap, temp, &());
/// ```
#[track_caller]
pub fn assert_collected<R: Trace + ?Sized>(heap: &mut Heap, object: impl Into<GcAny>, roots: &R) {
    if let Err(e) = check_collected(heap, [object.into()], roots) {
        panic!("{e}");
    }
}

/// Collects and asserts that `object` survived.
///
/// # Panics
/// If it was collected.
#[track_caller]
pub fn assert_alive<R: Trace + ?Sized>(heap: &mut Heap, object: impl Into<GcAny>, roots: &R) {
    let object = object.into();
    collect_with(heap, roots);
    assert!(
        heap.is_alive(object),
        "{object:?} was expected to survive the collection, but was freed"
    );
}

/// Collects and asserts that `weak` no longer upgrades (its referent was found unreachable).
///
/// # Panics
/// If it still upgrades; the message shows what keeps the referent alive.
#[track_caller]
pub fn assert_weak_cleared<R: Trace + ?Sized>(
    heap: &mut Heap,
    weak: impl Into<WeakAny>,
    roots: &R,
) {
    let weak = weak.into();
    collect_with(heap, roots);
    if let Some(object) = heap.upgrade_any(weak) {
        panic!(
            "the weak reference still upgrades: {}",
            still_alive(heap, object, roots)
        );
    }
}

/// Types of a census diff a leak message shows.
const DIFF_TYPES_SHOWN: usize = 20;

/// Measures what a piece of code leaves behind: a census before, a forced collection and a census
/// after.
///
/// # Examples
/// ```
/// use weakgc::{testing::LeakScope, Heap};
/// let mut heap = Heap::new();
/// let scope = LeakScope::begin(&heap);
/// let kept = heap.alloc(String::from("leaked on purpose"));
/// let _root = heap.root(kept);
/// heap.alloc(String::from("garbage"));
/// let leaked = scope.end(&mut heap, &());
/// assert_eq!(leaked.count("String"), 1);
/// ```
pub struct LeakScope {
    before: Census,
}

impl LeakScope {
    /// Takes the census to compare against (collect first if the heap holds garbage you do not want
    /// counted).
    pub fn begin(heap: &Heap) -> LeakScope {
        LeakScope {
            before: heap.census(),
        }
    }

    /// Collects with `roots` and returns what is alive now that was not before, by type.
    pub fn end<R: Trace + ?Sized>(self, heap: &mut Heap, roots: &R) -> Census {
        collect_with(heap, roots);
        heap.census().diff(&self.before)
    }

    /// Like [`end`](Self::end), and panics listing the leaked types if anything of a type named in
    /// `types` grew; an empty `types` checks every type.
    ///
    /// # Panics
    /// If objects of any of `types` (of any type, if `types` is empty) remain that were not there
    /// at [`begin`](Self::begin).
    ///
    /// # Examples
    /// ```should_panic
    /// use weakgc::{testing::LeakScope, Heap};
    /// let mut heap = Heap::new();
    /// let scope = LeakScope::begin(&heap);
    /// let kept = heap.alloc(7u64);
    /// let _root = heap.root(kept);
    /// scope.assert_no_leaks(&mut heap, &(), &[]); // panics: "leaked: 1 x 'u64'"
    /// ```
    #[track_caller]
    pub fn assert_no_leaks<R: Trace + ?Sized>(self, heap: &mut Heap, roots: &R, types: &[&str]) {
        let diff = self.end(heap, roots);
        let leaked: Vec<String> = if types.is_empty() {
            diff.iter()
                .filter(|(_, c)| c.objects > 0)
                .map(|(t, c)| format!("{} x '{t}'", c.objects))
                .collect()
        } else {
            types
                .iter()
                .filter(|t| diff.count(t) > 0)
                .map(|t| format!("{} x '{t}'", diff.count(t)))
                .collect()
        };
        if leaked.is_empty() {
            return;
        }
        // The diff can have a line per type, and an interpreter may have a type per class: show
        // the largest changes only (issue #16). `end` returns the whole diff.
        let mut shown = String::new();
        for (name, c) in diff.largest(DIFF_TYPES_SHOWN) {
            shown.push_str(&format!(
                "{:>8} {:>10} B  {}\n",
                c.objects,
                c.bytes,
                Shortened(name)
            ));
        }
        let more = diff.iter().count().saturating_sub(DIFF_TYPES_SHOWN);
        if more > 0 {
            shown.push_str(&format!("... and {more} more types\n"));
        }
        panic!(
            "leaked: {}\ncensus diff, largest changes first:\n{shown}",
            leaked.join(", ")
        );
    }
}

// ---- DOT and JSON ----

/// A JSON string literal.
fn json_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A DOT quoted string's contents.
fn dot_escape(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

fn root_json(root: &RootKind) -> String {
    match root {
        RootKind::Root(name) => format!(
            "{{\"kind\":\"root\",\"name\":{}}}",
            name.as_deref().map_or("null".into(), json_str)
        ),
        RootKind::Extra(i) => format!("{{\"kind\":\"extra\",\"index\":{i}}}"),
        RootKind::Pending => "{\"kind\":\"pending\"}".into(),
    }
}

/// A retention path as JSON: `{"root": {"kind": "root"|"extra"|"pending", ...}, "steps":
/// [{"object", "type", "label", "via_ephemeron_key"}]}`, every step (not shortened), for tools.
///
/// # Examples
/// ```
/// use weakgc::{testing::retention_path_json, Heap};
/// let mut heap = Heap::new();
/// let s = heap.alloc(String::from("x"));
/// let _r = heap.root_named(s, "config");
/// let path = heap.retention_path(s.into(), &()).unwrap();
/// let json = retention_path_json(&path);
/// assert!(json.starts_with(r#"{"root":{"kind":"root","name":"config"},"steps":[{"object":"#));
/// assert!(json.contains(r#""type":"String","label":null,"via_ephemeron_key":null}]}"#));
/// ```
pub fn retention_path_json(path: &RetentionPath) -> String {
    let steps: Vec<String> = path
        .steps
        .iter()
        .map(|s| {
            format!(
                "{{\"object\":{},\"type\":{},\"label\":{},\"via_ephemeron_key\":{}}}",
                json_str(&format!("{:?}", s.object)),
                json_str(&s.type_name),
                s.label.as_deref().map_or("null".into(), json_str),
                s.via_ephemeron_key
                    .map_or("null".into(), |k| json_str(&format!("{k:?}")))
            )
        })
        .collect();
    format!(
        "{{\"root\":{},\"steps\":[{}]}}",
        root_json(&path.root),
        steps.join(",")
    )
}

/// A retention path as a Graphviz DOT graph: the root as a box, each object as an ellipse labelled
/// with its type, handle and label, an edge per reference (dashed and labelled for a weak-key
/// table value, which lives through its key). Render with `dot -Tsvg`.
pub fn retention_path_dot(path: &RetentionPath) -> String {
    retention_paths_dot(&[path])
}

/// Several retention paths as one DOT graph, each object drawn once (so paths that share a prefix
/// show where they part).
///
/// # Examples
/// ```
/// use weakgc::{testing::retention_path_dot, Gc, Heap, Trace};
/// #[derive(Trace)]
/// #[trace(name = "Session")]
/// struct Session { #[trace(skip, label)] user: String }
/// let mut heap = Heap::new();
/// let s = heap.alloc(Session { user: "alice".into() });
/// let _r = heap.root_named(s, "sessions");
/// let dot = retention_path_dot(&heap.retention_path(s.into(), &()).unwrap());
/// assert!(dot.starts_with("digraph retention {"));
/// assert!(dot.contains(r#"root0 [shape=box, label="root \"sessions\""];"#));
/// assert!(dot.contains(r#"\nalice"#));
/// ```
pub fn retention_paths_dot(paths: &[&RetentionPath]) -> String {
    let mut out =
        String::from("digraph retention {\n  rankdir=LR;\n  node [fontname=\"monospace\"];\n");
    let mut seen_nodes: Vec<GcAny> = Vec::new();
    let mut seen_roots: Vec<String> = Vec::new();
    let mut seen_edges: Vec<(String, String)> = Vec::new();
    let node_id = |o: GcAny| format!("o{}g{}", o.index(), o.generation());
    for path in paths {
        let root_label = path.root.to_string();
        let root_id = match seen_roots.iter().position(|r| *r == root_label) {
            Some(i) => format!("root{i}"),
            None => {
                let i = seen_roots.len();
                let _ = writeln!(
                    out,
                    "  root{i} [shape=box, label=\"{}\"];",
                    dot_escape(&root_label)
                );
                seen_roots.push(root_label);
                format!("root{i}")
            }
        };
        let mut prev = root_id;
        for step in &path.steps {
            let id = node_id(step.object);
            if !seen_nodes.contains(&step.object) {
                let mut label = format!("'{}' {:?}", step.type_name, step.object);
                if let Some(l) = &step.label {
                    let _ = write!(label, "\n{}", Shortened(l));
                }
                let _ = writeln!(out, "  {id} [label=\"{}\"];", dot_escape(&label));
                seen_nodes.push(step.object);
            }
            if !seen_edges.contains(&(prev.clone(), id.clone())) {
                match step.via_ephemeron_key {
                    Some(key) => {
                        let _ = writeln!(
                            out,
                            "  {prev} -> {id} [style=dashed, label=\"value kept by key {}\"];",
                            dot_escape(&format!("{key:?}"))
                        );
                    }
                    None => {
                        let _ = writeln!(out, "  {prev} -> {id};");
                    }
                }
                seen_edges.push((prev.clone(), id.clone()));
            }
            prev = id;
        }
    }
    out.push_str("}\n");
    out
}

/// A census as JSON: `{"types": [{"type", "objects", "bytes"}], "awaiting_finalizer": [...]}`,
/// types in name order.
///
/// # Examples
/// ```
/// use weakgc::{testing::census_json, Heap};
/// let mut heap = Heap::new();
/// heap.alloc(1u64);
/// let json = census_json(&heap.census());
/// assert!(json.starts_with(r#"{"types":[{"type":"u64","objects":1,"bytes":"#));
/// assert!(json.ends_with(r#""awaiting_finalizer":[]}"#));
/// ```
pub fn census_json(census: &Census) -> String {
    let list = |it: &mut dyn Iterator<Item = (&str, weakgc_heap::TypeCount)>| {
        it.map(|(t, c)| {
            format!(
                "{{\"type\":{},\"objects\":{},\"bytes\":{}}}",
                json_str(t),
                c.objects,
                c.bytes
            )
        })
        .collect::<Vec<_>>()
        .join(",")
    };
    format!(
        "{{\"types\":[{}],\"awaiting_finalizer\":[{}]}}",
        list(&mut census.iter()),
        list(&mut census.iter_awaiting_finalizer())
    )
}

/// A census as a DOT graph: one table, a row per type (objects, bytes), largest first, for
/// rendering beside a retention path.
pub fn census_dot(census: &Census) -> String {
    let mut rows: Vec<(&str, weakgc_heap::TypeCount, bool)> = census
        .iter()
        .map(|(t, c)| (t, c, false))
        .chain(census.iter_awaiting_finalizer().map(|(t, c)| (t, c, true)))
        .collect();
    rows.sort_by_key(|(_, c, _)| std::cmp::Reverse(c.bytes.abs()));
    let mut out = String::from(
        "digraph census {\n  node [shape=plaintext, fontname=\"monospace\"];\n  census [label=<\n    <table border=\"0\" cellborder=\"1\" cellspacing=\"0\">\n      <tr><td><b>type</b></td><td><b>objects</b></td><td><b>bytes</b></td></tr>\n",
    );
    for (t, c, awaiting) in rows {
        let name = html_escape(&Shortened(t).to_string());
        let name = if awaiting {
            format!("{name} (awaiting finalizer)")
        } else {
            name
        };
        let _ = writeln!(
            out,
            "      <tr><td align=\"left\">{name}</td><td align=\"right\">{}</td><td align=\"right\">{}</td></tr>",
            c.objects, c.bytes
        );
    }
    out.push_str("    </table>>];\n}\n");
    out
}

fn html_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
