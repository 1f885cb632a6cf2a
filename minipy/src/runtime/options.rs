//! How a script runs: the collection mode and the limits the command line sets.

/// When collections run without `gc.collect()` (`--gc=MODE`; see `interp.rs`, "Collection
/// points", and docs/semantics.md's minipy section).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum GcMode {
    /// `--gc=default`: generational. The heap runs in `CollectorMode::GENERATIONAL`; after each
    /// statement that made a watched object or dropped a reference from which one may be
    /// reachable (`Interp::note_drop`), CPython's timing collects where refcounting would have
    /// freed it: a minor collection when everything that may have died is young, else a full
    /// one. The rest of the garbage goes in minor collections paced by allocation and incremental
    /// majors paced by the old generation's growth.
    #[default]
    Default,
    /// `--gc=incremental`: incremental cycles paced by allocation only (objects die at the next
    /// cycle's end, not where CPython's refcounting would free them).
    Incremental,
    /// `--gc=auto`: CPython's timing as the default, with stop-the-world paced collections for the
    /// rest of the garbage.
    Auto,
    /// `--gc=paced`: stop-the-world collections when the heap's `Pacing` says one is due.
    Paced,
    /// `--gc=eager`: a full collection after every statement once objects can be seen dying.
    Eager,
}

impl GcMode {
    /// Every mode with its `--gc=` name.
    pub const ALL: [(&'static str, GcMode); 5] = [
        ("default", GcMode::Default),
        ("incremental", GcMode::Incremental),
        ("auto", GcMode::Auto),
        ("paced", GcMode::Paced),
        ("eager", GcMode::Eager),
    ];

    /// What the mode does, one line for `--help`.
    pub fn help(self) -> &'static str {
        match self {
            GcMode::Default => {
                "generational (the default): objects die after the statement that dropped them, \
                 as with refcounting (a minor collection when they are young); the rest in minor \
                 collections and incremental major cycles"
            }
            GcMode::Incremental => "incremental cycles paced by allocation only, in bounded steps",
            GcMode::Auto => "CPython's timing, with stop-the-world paced collections for the rest",
            GcMode::Paced => "stop-the-world collections paced by allocation only",
            GcMode::Eager => "a full collection after every statement",
        }
    }

    /// Whether statements that make or drop watched objects are followed by a collection.
    pub fn cpython_timing(self) -> bool {
        matches!(self, GcMode::Default | GcMode::Auto)
    }

    /// Whether objects die when CPython's reference counting would free them: the modes with
    /// CPython's timing, and `eager` (a collection after every statement that could see one).
    pub fn refcount_timing(self) -> bool {
        self.cpython_timing() || self == GcMode::Eager
    }

    /// Whether background collections are incremental steps rather than stop-the-world.
    pub fn incremental(self) -> bool {
        matches!(self, GcMode::Default | GcMode::Incremental)
    }

    /// Whether the heap runs in generational mode (minor collections, incremental majors).
    pub fn generational(self) -> bool {
        self == GcMode::Default
    }
}

/// A testing mode that collects at every allocation, to check that every handle the evaluator
/// holds is rooted (`--gc=stress`, `--gc=stress-step`, `--gc=stress-minor`). Combined with
/// [`GcMode::Default`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Stress {
    /// No extra collections.
    #[default]
    Off,
    /// `--gc=stress`: a full collection before every allocation outside finalizers.
    Full,
    /// `--gc=stress-step`: an incremental step before every allocation outside finalizers, so
    /// cycles interleave with every mutation (checks the write barrier as well as rooting).
    Step,
    /// `--gc=stress-minor`: a minor collection before every allocation outside finalizers, so
    /// every object is promoted within two allocations and every store of a young object into an
    /// old one must reach the remembered set (checks the generational barrier).
    Minor,
}

impl Stress {
    /// Every stress mode with its `--gc=` name and its `--help` line.
    pub const ALL: [(&'static str, Stress, &'static str); 3] = [
        (
            "stress",
            Stress::Full,
            "(testing) a full collection before every allocation, plus the default's",
        ),
        (
            "stress-step",
            Stress::Step,
            "(testing) an incremental step before every allocation, plus the default's",
        ),
        (
            "stress-minor",
            Stress::Minor,
            "(testing) a minor collection before every allocation, plus the default's",
        ),
    ];
}

/// How to run a script.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// When collections run (`--gc=MODE`).
    pub gc: GcMode,
    /// `--gc=stress`, `--gc=stress-step` or `--gc=stress-minor` (queued work runs at the next
    /// statement). Slow.
    pub stress: Stress,
    /// `--gc-stats`: at exit, print to stderr how many collections and incremental steps the
    /// mode ran at safepoints and their longest pause.
    pub gc_stats: bool,
    /// `--max-heap=BYTES`: the heap limit; allocating past it raises `MemoryError`.
    pub max_heap: Option<usize>,
    /// `--max-steps=N`: statements and loop iterations the script may run before
    /// `ResourceLimitError` (for untrusted scripts).
    pub max_steps: Option<u64>,
    /// `--timeout=SECONDS`: wall-clock time the script may run before `ResourceLimitError`.
    pub timeout: Option<std::time::Duration>,
    /// The arguments after the script path, for `sys.argv[1:]`.
    pub argv: Vec<String>,
    /// `sys.argv[0]` when it is not the script's path: `-c` for `-c CODE`, `-` or the empty
    /// string for a script read from stdin (as python3).
    pub argv0: Option<String>,
}
