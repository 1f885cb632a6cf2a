//! Random heap programs against the reachability oracle: allocation, links, roots, weak handles,
//! watchers, collections (some with a `trace` that panics, issue #16), and drains whose jobs
//! resurrect, allocate, make weak references or collect re-entrantly; incremental steps with the
//! mutator's links, interior stores and `write_barrier`s between them (issue #13); minor
//! collections and mode changes, generational mode included (issue #14). Any
//! disagreement with the oracle, unplanted panic or memory error is a finding.
#![no_main]

use libfuzzer_sys::fuzz_target;
use weakgc_testkit::{Op, World};

fuzz_target!(|data: &[u8]| {
    let mut world = World::new();
    for op in Op::decode(data) {
        world.apply(&op);
    }
    world.finish();
});
