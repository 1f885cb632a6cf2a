//! Model-based test: random sequences of heap operations against the reachability oracle in
//! `testkit/` (the same oracle the `heap_ops` fuzz target uses). After every collection the heap's
//! marked, kept and freed counts, each object's liveness, every weak handle, the exact set of
//! queued finalizers and callbacks (listing-only watchers queue none) and every live object's
//! watcher list must match the oracle; jobs are drained with actions that
//! resurrect, allocate, make weak references, or collect re-entrantly. Some collections have one
//! object's `trace` panic (issue #16): the oracle knows which step it interrupts and what that
//! step leaves, and every finalizer and callback must still be queued exactly once. Incremental
//! steps (issue #13) with small budgets run between the other ops, so links, unlinks, interior
//! stores (announced by `write_barrier`), drains and full collections happen mid-cycle; the
//! oracle checks what incremental cycles promise (see the testkit's crate doc). Minor collections
//! and mode changes (issue #14) come at random points too, and a second property starts every
//! program in generational mode: a minor may keep old garbage but never frees a live object, and
//! must free unreferenced objects allocated since the last collection call; every full collection
//! stays exact.

use proptest::prelude::*;
use weakgc_testkit::{mode_of, JobAction, Op, World};

fn action() -> impl Strategy<Value = JobAction> {
    prop_oneof![
        2 => Just(JobAction::Nothing),
        1 => Just(JobAction::Resurrect),
        1 => (0u8..4, 0u8..2).prop_map(|(n, with_finalizer)| JobAction::Allocate { n, with_finalizer }),
        1 => any::<usize>().prop_map(JobAction::WeakTo),
        1 => Just(JobAction::Collect),
    ]
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        3 => any::<bool>().prop_map(|finalizer| Op::Alloc { finalizer }),
        4 => (any::<usize>(), any::<usize>()).prop_map(|(from, to)| Op::Link { from, to }),
        1 => any::<usize>().prop_map(|from| Op::Unlink { from }),
        1 => any::<usize>().prop_map(|obj| Op::Root { obj }),
        3 => any::<usize>().prop_map(|obj| Op::Unroot { obj }),
        2 => any::<usize>().prop_map(|obj| Op::Weak { obj }),
        2 => (any::<usize>(), any::<usize>(), any::<bool>())
            .prop_map(|(target, watcher, calls_back)| Op::Watch { target, watcher, calls_back }),
        2 => Just(Op::Collect),
        1 => any::<usize>().prop_map(|obj| Op::PanicCollect { obj }),
        1 => action().prop_map(|action| Op::Drain { action }),
        4 => any::<u8>().prop_map(|budget| Op::Step { budget: budget % 8 }),
        2 => (any::<usize>(), any::<usize>()).prop_map(|(from, to)| Op::InteriorLink { from, to }),
        1 => any::<usize>().prop_map(|obj| Op::WriteBarrier { obj }),
        3 => Just(Op::Minor),
        1 => any::<u8>().prop_map(|mode| Op::SetMode { mode }),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn heap_agrees_with_the_reachability_oracle(ops in proptest::collection::vec(op(), 1..120)) {
        let mut world = World::new();
        for op in &ops {
            world.apply(op);
        }
        world.finish();
    }

    #[test]
    fn generational_heaps_agree_with_the_oracle(
        mode in 2u8..4,
        ops in proptest::collection::vec(op(), 1..120),
    ) {
        let mut world = World::with_mode(mode_of(mode));
        for op in &ops {
            world.apply(op);
        }
        world.finish();
    }
}

#[test]
fn decoded_byte_programs_run_against_the_oracle() {
    // The fuzz target's decoder: every byte string is a valid program.
    let mut seed = 0x9e37_79b9_7f4a_7c15u64;
    for _ in 0..64 {
        let bytes: Vec<u8> = (0..200)
            .map(|_| {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                seed as u8
            })
            .collect();
        let mut world = World::new();
        for op in Op::decode(&bytes) {
            world.apply(&op);
        }
        world.finish();
    }
}
