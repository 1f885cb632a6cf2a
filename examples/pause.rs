//! Pauses of incremental collection against stop-the-world (issue #13):
//! `cargo run --release --example pause [-- --objects N] [--ops M] [--step-percent P] [--reps R]`.
//!
//! Builds a live graph of N objects (default 10M: a binary tree, plus one random edge each), then
//! runs the same mutator twice from the same state, once pacing incremental steps (`step_if_due`) and once pacing stop-the-world collections
//! (`collect_if_due`), both at `Pacing::default()`. The mutator does M operations (default 3N), each
//! allocating a node whose random edge points into the graph and storing it in a random tree
//! node's random slot (so the slot's old occupant usually becomes garbage): allocation and edge
//! rewiring through `get_mut`, while the tree keeps the N nodes live. The stop-the-world pause
//! it compares with is one full `collect()` between the two runs, on the heap the mutator works
//! on (about 2N live: the tree and the nodes in its slots). Prints each pause
//! distribution, and as its last line the longest and 99th-percentile step against the
//! stop-the-world pause, and the mutator's total time in incremental mode over stop-the-world mode.
//!
//! Pauses are wall-clock: on the shared 2-core machines the benchmarks run on, a step of 0.3 ms
//! is now and then preempted for several ms, which shows in the longest step, less in the p99.
//! (The thread's on-CPU time from `/proc/thread-self/schedstat` was tried: it moves in 4 ms
//! ticks there.)
use std::time::{Duration, Instant};

use weakgc::{
    collect_step, collect_with, step_is_due, Gc, GcAny, GcPhase, Heap, Pacing, Trace, Tracer,
};

struct Node {
    kids: [Option<Gc<Node>>; 2],
    random: Option<GcAny>,
}

impl Trace for Node {
    fn trace(&self, tracer: &mut Tracer) {
        self.kids.trace(tracer);
        self.random.trace(tracer);
    }
}

struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
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

/// Runs `f`, returning its wall-clock time.
fn timed(f: impl FnOnce()) -> Duration {
    let wall = Instant::now();
    f();
    wall.elapsed()
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

/// What one mutator run measured.
struct Run {
    total: Duration,
    pauses: Vec<Duration>,
    /// The mutator's own time (pauses excluded) and operations, by the phase a batch of 256
    /// operations started in: idle before the run's first pause, marking, sweeping, idle after.
    own: [(Duration, u64); 4],
}

/// The mutator: `ops` allocations and rewirings; after each, when `due` says so, `pause` runs
/// (timed; the test itself is not).
fn mutate(
    heap: &mut Heap,
    nodes: &[Gc<Node>],
    ops: usize,
    seed: u64,
    mut due: impl FnMut(&mut Heap) -> bool,
    mut pause: impl FnMut(&mut Heap),
) -> Run {
    let mut rng = Rng(seed);
    let mut pauses = Vec::new();
    let mut own = [(Duration::ZERO, 0u64); 4];
    let started = Instant::now();
    // Idle operations before the first pause do the same work in both modes; those after it
    // run on a heap the mode has collected its own way.
    let phase = |heap: &Heap, paused: bool| match heap.gc_phase() {
        GcPhase::Idle if paused => 3,
        p => p as usize,
    };
    // The clock is read once per 256 operations, so the split costs ~0.1 ns per operation.
    let mut batch = (started, phase(heap, false));
    for op in 0..ops {
        if op % 256 == 0 {
            let now = Instant::now();
            own[batch.1].0 += now - batch.0;
            batch = (now, phase(heap, !pauses.is_empty()));
        }
        own[batch.1].1 += 1;
        let target = nodes[rng.below(nodes.len())];
        let fresh = heap.alloc(Node {
            kids: [None, None],
            random: Some(target.into()),
        });
        let slot = nodes[rng.below(nodes.len())];
        heap.get_mut(slot).random = Some(fresh.into());
        if due(heap) {
            let pause = timed(|| pause(heap));
            pauses.push(pause);
            // The batch's own time excludes its pauses.
            batch.0 += pause;
        }
    }
    let now = Instant::now();
    own[batch.1].0 += now.saturating_duration_since(batch.0);
    Run {
        total: started.elapsed(),
        pauses,
        own,
    }
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

fn describe(name: &str, run: &mut Run) {
    run.pauses.sort();
    let pauses = &run.pauses;
    let sum: Duration = pauses.iter().sum();
    println!(
        "{name}: mutator total {:.0} ms, {} pauses summing to {:.0} ms; median {:.3} ms, p99 {:.3} ms, longest {:.3} ms",
        ms(run.total),
        pauses.len(),
        ms(sum),
        ms(percentile(pauses, 0.5)),
        ms(percentile(pauses, 0.99)),
        ms(pauses.last().copied().unwrap_or_default()),
    );
    let per_op = |(d, n): (Duration, u64)| {
        if n == 0 {
            "-".to_string()
        } else {
            format!("{:.0} ns x {n}", d.as_secs_f64() * 1e9 / n as f64)
        }
    };
    println!(
        "  mutator's own time per operation (pauses excluded): idle {} then {} after the first pause, marking {}, sweeping {}",
        per_op(run.own[0]),
        per_op(run.own[3]),
        per_op(run.own[1]),
        per_op(run.own[2]),
    );
}

/// One incremental step, labelled by what it did, for the list of the longest.
struct Labelled {
    duration: Duration,
    label: &'static str,
    work: u64,
    marked: u64,
    retraced: u64,
    freed: u64,
}

impl Labelled {
    /// `after`: the heap's phase once the step returned.
    fn of(step: &weakgc::StepReport, after: GcPhase) -> Labelled {
        let label = match (step.phase, after) {
            (GcPhase::Idle, GcPhase::Sweep) => "begin+mark+atomic",
            (GcPhase::Idle, _) => "begin+mark",
            (GcPhase::Mark, GcPhase::Sweep) => "mark+atomic",
            (GcPhase::Mark, _) => "mark",
            (GcPhase::Sweep, GcPhase::Sweep) => "sweep",
            (GcPhase::Sweep, _) => "last sweep",
        };
        Labelled {
            duration: step.duration,
            label,
            work: step.work,
            marked: step.marked,
            retraced: step.retraced,
            freed: step.freed,
        }
    }
}

/// Prints the five longest steps (the step's own clock) with what they did, and the longest of
/// each kind.
fn longest_steps(steps: &mut [Labelled]) {
    steps.sort_by_key(|s| std::cmp::Reverse(s.duration));
    let show = |s: &Labelled| {
        format!(
            "{} {:.3} ms (work {}, marked {}, retraced {}, freed {})",
            s.label,
            ms(s.duration),
            s.work,
            s.marked,
            s.retraced,
            s.freed
        )
    };
    let top: Vec<String> = steps.iter().take(5).map(show).collect();
    println!("  longest steps: {}", top.join("; "));
    let mut kinds: Vec<&'static str> = Vec::new();
    let mut each = Vec::new();
    for s in steps.iter() {
        if !kinds.contains(&s.label) {
            kinds.push(s.label);
            each.push(show(s));
        }
    }
    println!("  longest of each kind: {}", each.join("; "));
}

fn main() {
    let n = arg("--objects", 10_000_000);
    let ops = arg("--ops", 3 * n);
    let mut heap = Heap::new();
    let t = Instant::now();
    let nodes: Vec<Gc<Node>> = (0..n)
        .map(|_| {
            heap.alloc(Node {
                kids: [None, None],
                random: None,
            })
        })
        .collect();
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for i in 0..n {
        let kids = [nodes.get(2 * i + 1).copied(), nodes.get(2 * i + 2).copied()];
        let random = Some(nodes[rng.below(n)].into());
        *heap.get_mut(nodes[i]) = Node { kids, random };
    }
    let _root = heap.root(nodes[0]);
    println!("built {n} objects in {:.0} ms", ms(t.elapsed()));

    let first = collect_with(&mut heap, &());
    println!(
        "stop-the-world collect() of the built graph: {:.1} ms ({} marked, {} freed)",
        ms(first.duration),
        first.marked,
        first.freed
    );
    let pacing = Pacing {
        step_percent: arg("--step-percent", Pacing::default().step_percent as usize) as u32,
        ..Pacing::default()
    };

    // The two modes alternate, `--reps` times each (default 3), incremental first: the first run
    // after the build faults in fresh pages for everything it allocates, which every later run
    // reuses, so a single incremental-then-stop-the-world pair charged that to incremental mode
    // (docs/benchmarks.md, "Incremental mode's total time"). The ratio printed is the median of
    // the per-pair ratios; the longest and p99 step are over all incremental runs.
    let reps = arg("--reps", 3).max(1);
    // `--only incremental` or `--only stop-the-world` runs one mode (for profiling it alone).
    let only = std::env::args()
        .skip_while(|a| a != "--only")
        .nth(1)
        .unwrap_or_default();
    let (run_inc, run_stw) = (only != "stop-the-world", only != "incremental");
    // Two experiments on the idle-operation gap (docs/benchmarks.md, "On an idle machine"):
    // `--stw-first` runs the stop-the-world mode first in each rep (does the heap the previous
    // run left matter?); `--stw-due-step` gives it `step_is_due` as its due test (equal to
    // `Pacing::is_due` while idle: does the code around the test matter?).
    let flag = |name: &str| std::env::args().any(|a| a == name);
    let (stw_first, stw_due_step) = (flag("--stw-first"), flag("--stw-due-step"));
    let mut all_steps = Vec::new();
    let mut ratios = Vec::new();
    let mut stop_the_world = Duration::MAX;
    for rep in 0..reps {
        let seed = 7 + 2 * rep as u64;
        let mut steps_finished = 0u64;
        let (mut marked, mut retraced) = (0u64, 0u64);
        let mut labelled = Vec::new();
        let mut run_incremental = |heap: &mut Heap| {
            mutate(
                heap,
                &nodes,
                if run_inc { ops } else { 0 },
                seed,
                |heap| step_is_due(heap, &pacing),
                |heap| {
                    let step = collect_step(heap, &pacing, &());
                    steps_finished += u64::from(step.finished.is_some());
                    marked += step.marked;
                    retraced += step.retraced;
                    labelled.push(Labelled::of(&step, heap.gc_phase()));
                },
            )
        };
        let run_stop_the_world = |heap: &mut Heap| {
            mutate(
                heap,
                &nodes,
                if run_stw { ops } else { 0 },
                seed,
                |heap| {
                    if stw_due_step {
                        step_is_due(heap, &pacing)
                    } else {
                        pacing.is_due(heap)
                    }
                },
                |heap| {
                    collect_with(heap, &());
                },
            )
        };
        // The reference pause: a full collection of the heap the mutator works on (the tree plus
        // the nodes in its slots), taken between the two runs; the shortest of all reps (the
        // conservative reference for the longest step's percentage).
        let mut reference = |heap: &mut Heap, after: &str| {
            let again = collect_with(heap, &());
            stop_the_world = stop_the_world.min(again.duration);
            println!(
                "stop-the-world collect() after the {after} run: {:.1} ms ({} marked)",
                ms(again.duration),
                again.marked
            );
        };
        let (mut inc, mut stw);
        if stw_first {
            stw = run_stop_the_world(&mut heap);
            reference(&mut heap, "stop-the-world");
            inc = run_incremental(&mut heap);
        } else {
            inc = run_incremental(&mut heap);
            reference(&mut heap, "incremental");
            stw = run_stop_the_world(&mut heap);
        }
        describe("incremental", &mut inc);
        println!(
            "  {steps_finished} incremental cycles completed; steps marked {marked} objects, \
             {retraced} of them regrayed by the barrier"
        );
        all_steps.extend_from_slice(&inc.pauses);
        longest_steps(&mut labelled);
        describe("stop-the-world", &mut stw);
        let ratio = inc.total.as_secs_f64() / stw.total.as_secs_f64();
        println!("  rep {}: total {ratio:.2}x stop-the-world", rep + 1);
        if run_inc && run_stw {
            ratios.push(ratio);
        }
        // Both modes start the next rep from a collected heap.
        collect_with(&mut heap, &());
    }
    all_steps.sort();
    ratios.sort_by(f64::total_cmp);

    let longest = all_steps.last().copied().unwrap_or_default();
    println!(
        "longest step {:.2} ms = {:.2}% of stop-the-world {:.0} ms; p99 step {:.2} ms; total {:.2}x stop-the-world",
        ms(longest),
        100.0 * longest.as_secs_f64() / stop_the_world.as_secs_f64(),
        ms(stop_the_world),
        ms(percentile(&all_steps, 0.99)),
        ratios.get(ratios.len() / 2).copied().unwrap_or(f64::NAN),
    );
}
