//! One module per heap, each implementing every workload (or saying why it cannot).

pub mod boa;
pub mod dumpster;
pub mod gc_arena;
pub mod rc;
pub mod rust_gc;
pub mod weakgc;

use crate::common::{Outcome, Sizes, Workload};

/// The heaps compared, in table order (weakgc first: ratios are against it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HeapKind {
    Weakgc,
    GcArena,
    Boa,
    RustGc,
    Dumpster,
    Rc,
}

impl HeapKind {
    pub const ALL: [HeapKind; 6] = [
        HeapKind::Weakgc,
        HeapKind::GcArena,
        HeapKind::Boa,
        HeapKind::RustGc,
        HeapKind::Dumpster,
        HeapKind::Rc,
    ];

    /// The name on the command line.
    pub fn name(self) -> &'static str {
        match self {
            HeapKind::Weakgc => "weakgc",
            HeapKind::GcArena => "gc-arena",
            HeapKind::Boa => "boa_gc",
            HeapKind::RustGc => "rust-gc",
            HeapKind::Dumpster => "dumpster",
            HeapKind::Rc => "rc",
        }
    }

    /// The crate whose version the table shows (from Cargo.lock), if any.
    pub fn crate_name(self) -> Option<&'static str> {
        match self {
            HeapKind::Weakgc => Some("weakgc"),
            HeapKind::GcArena => Some("gc-arena"),
            HeapKind::Boa => Some("boa_gc"),
            HeapKind::RustGc => Some("gc"),
            HeapKind::Dumpster => Some("dumpster"),
            HeapKind::Rc => None,
        }
    }

    /// The column label without version.
    pub fn label(self) -> &'static str {
        match self {
            HeapKind::Weakgc => "weakgc",
            HeapKind::GcArena => "gc-arena",
            HeapKind::Boa => "boa_gc",
            HeapKind::RustGc => "gc (rust-gc)",
            HeapKind::Dumpster => "dumpster",
            HeapKind::Rc => "Rc/Box",
        }
    }

    pub fn from_name(name: &str) -> Option<HeapKind> {
        HeapKind::ALL.into_iter().find(|h| h.name() == name)
    }

    pub fn run(self, workload: Workload, sizes: &Sizes) -> Outcome {
        match self {
            HeapKind::Weakgc => weakgc::run(workload, sizes),
            HeapKind::GcArena => gc_arena::run(workload, sizes),
            HeapKind::Boa => boa::run(workload, sizes),
            HeapKind::RustGc => rust_gc::run(workload, sizes),
            HeapKind::Dumpster => dumpster::run(workload, sizes),
            HeapKind::Rc => rc::run(workload, sizes),
        }
    }

    /// How this heap runs a workload, where that needs saying (idiom, hand-built tables).
    pub fn note(self, workload: Workload) -> Option<&'static str> {
        let notes = match self {
            HeapKind::Weakgc => weakgc::NOTES,
            HeapKind::GcArena => gc_arena::NOTES,
            HeapKind::Boa => boa::NOTES,
            HeapKind::RustGc => rust_gc::NOTES,
            HeapKind::Dumpster => dumpster::NOTES,
            HeapKind::Rc => rc::NOTES,
        };
        notes.iter().find(|(w, _)| *w == workload).map(|(_, n)| *n)
    }
}
