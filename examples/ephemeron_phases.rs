//! Where one collection of a weak-key table's dead entries goes, phase by phase (issue #14, "the
//! ephemeron collection"): `cargo run --release --example ephemeron_phases [-- --entries N]
//! [--controls C] [--rounds R]`.
//!
//! The workload of benches/peers' `ephemeron_collect`: N (default 100,000) keys and values, both
//! with `Drop`, each value holding its key, in a `WeakKeyDictionary`, plus C (default 1,000)
//! entries whose keys stay on the stack. One untimed collection with every key held (a warm heap),
//! then the keys are dropped and one collection frees them. The collector's `tracing` spans
//! (mark, clear_weak, finalizable, prune, sweep) print their busy time as they close; the last
//! line of each round is the whole collection per dead entry. R rounds (default 3), each on a
//! fresh heap.
use std::cell::Cell;
use std::time::Instant;

use tracing_subscriber::fmt::format::FmtSpan;
use weakgc::{Gc, Heap, Referent, Trace, Tracer, WeakKeyDictionary};

thread_local! {
    static DROPS: Cell<u64> = const { Cell::new(0) };
}

fn count_drop() {
    DROPS.with(|d| d.set(d.get() + 1));
}

struct Key(#[allow(dead_code)] u64);
impl Trace for Key {
    fn trace(&self, _: &mut Tracer) {}
}
impl Drop for Key {
    fn drop(&mut self) {
        count_drop();
    }
}

/// A value that refers back to its key.
struct Val(Gc<Key>);
impl Trace for Val {
    fn trace(&self, tracer: &mut Tracer) {
        tracer.edge(self.0)
    }
}
impl Drop for Val {
    fn drop(&mut self) {
        count_drop();
    }
}

fn arg(name: &str, default: usize) -> usize {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .map(|v| v.replace('_', "").parse().expect("a number"))
        .unwrap_or(default)
}

/// The collection measured, apart from the warm-up's (for `valgrind --tool=callgrind
/// --toggle-collect='*timed_collection*'`).
#[inline(never)]
fn timed_collection(heap: &mut Heap, keys: &[Gc<Key>]) -> weakgc::CycleReport {
    heap.collect_with(keys)
}

fn main() {
    let entries = arg("--entries", 100_000);
    let controls = arg("--controls", 1_000);
    let rounds = arg("--rounds", 3);
    for round in 1..=rounds {
        DROPS.with(|d| d.set(0));
        let mut heap = Heap::new();
        let map = heap.alloc(WeakKeyDictionary::<Gc<Val>>::new());
        let _root = heap.root(map);
        let mut keys = Vec::with_capacity(controls + entries);
        for i in 0..(controls + entries) as u64 {
            let key = heap.alloc(Key(i));
            let value = heap.alloc(Val(key));
            let referent = Referent::new(&mut heap, key).expect("weakly referenceable");
            heap.get_mut(map).insert(referent.into(), value);
            keys.push(key);
        }
        heap.collect_with(&keys);
        keys.truncate(controls);
        println!("round {round}: the collection that frees {entries} entries");
        let phases = tracing_subscriber::fmt()
            .with_max_level(tracing::Level::DEBUG)
            .with_span_events(FmtSpan::CLOSE)
            .with_ansi(false)
            .finish();
        let (report, elapsed) = tracing::subscriber::with_default(phases, || {
            tracing::callsite::rebuild_interest_cache();
            let t = Instant::now();
            let report = timed_collection(&mut heap, &keys);
            (report, t.elapsed())
        });
        assert_eq!(heap.get(map).len(), controls);
        assert_eq!(DROPS.with(Cell::get), 2 * entries as u64);
        println!(
            "round {round}: {:.2} ms = {:.1} ns per dead entry ({} marked, {} freed)",
            elapsed.as_secs_f64() * 1e3,
            elapsed.as_secs_f64() * 1e9 / entries as f64,
            report.marked,
            report.freed
        );
    }
}
