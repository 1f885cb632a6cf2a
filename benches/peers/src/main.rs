//! Side-by-side benchmark of weakgc and the Rust GC peers (issue #7).
//!
//! The parent process runs every (workload, heap) pair `--runs` times, each in a fresh child
//! process (this binary re-executed with `--child WORKLOAD HEAP`), so each run has its own
//! thread-local heaps and its own peak RSS (`VmHWM`). It prints a Markdown report on stdout and
//! progress on stderr. See README.md.

mod adapters;
mod common;

use std::collections::HashMap;
use std::io::Read;
use std::process::{Command, ExitCode, Stdio};
use std::time::{Duration, Instant};
use std::{env, fmt, fs, thread};

use adapters::HeapKind;
use common::{Outcome, Sizes, Workload};

/// Stack of the thread that runs a workload: rust-gc and dumpster trace recursively, and
/// mark_live's graph is a 1M-long ring. Only touched pages count towards peak RSS.
const WORKLOAD_STACK: usize = 2 << 30;

const USAGE: &str = "\
usage: weakgc-peers [--runs N] [--quick] [--workloads a,b,..] [--heaps a,b,..] [--timeout SECS]
                    [--ephemerons N]
       weakgc-peers --child WORKLOAD HEAP [--quick] [--ephemerons N]

  --runs N        runs per (workload, heap) pair; the report shows medians (default 5; --quick: 1)
  --quick         small sizes and 1 run, for smoke tests (figures are not comparable)
  --workloads     subset of: binary_trees alloc_small mark_live sweep_dead weak_refs
                  weak_map_churn ephemeron_cycle ephemeron_collect (default: all)
  --heaps         subset of: weakgc gc-arena boa_gc rust-gc dumpster rc (default: all)
  --timeout SECS  a child running longer is killed and reported as FAIL (default 600)
  --ephemerons N  entries that die in ephemeron_cycle and ephemeron_collect (default 100000;
                  ephemeron_collect keeps N / 100 more alive), to compare the peers at other sizes";

fn main() -> ExitCode {
    let args: Vec<String> = env::args().skip(1).collect();
    let result = if args.first().map(String::as_str) == Some("--child") {
        child(&args[1..])
    } else {
        parent(&args)
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}\n\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

// ---- child: run one pair, print its outcome and peak RSS ----

fn child(args: &[String]) -> Result<(), String> {
    let [workload, heap, rest @ ..] = args else {
        return Err("--child needs WORKLOAD HEAP".into());
    };
    let workload = parse_workload(workload)?;
    let heap = parse_heap(heap)?;
    let mut sizes = if rest.iter().any(|a| a == "--quick") {
        Sizes::QUICK
    } else {
        Sizes::FULL
    };
    if let Some(n) = ephemerons_option(rest)? {
        sizes = sizes.with_ephemerons(n);
    }
    let worker = thread::Builder::new()
        .name(format!("{workload}/{}", heap.name()))
        .stack_size(WORKLOAD_STACK)
        .spawn(move || heap.run(workload, &sizes))
        .map_err(|e| format!("cannot start the workload thread: {e}"))?;
    let outcome = worker.join().unwrap_or_else(|panic| {
        let message = panic
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| panic.downcast_ref::<&str>().copied())
            .unwrap_or("(no message)");
        Outcome::Fail(format!("panicked: {message}"))
    });
    println!("result {}", encode(&outcome));
    println!("hwm_kb {}", peak_rss_kb().unwrap_or(0));
    Ok(())
}

fn encode(outcome: &Outcome) -> String {
    match outcome {
        Outcome::Ok { time, objects } => format!("ok {} {objects}", time.as_nanos()),
        Outcome::Leaks {
            time,
            leaked,
            expected,
        } => format!("leaks {} {leaked} {expected}", time.as_nanos()),
        Outcome::Fail(message) => format!("fail {}", message.replace('\n', " ")),
        Outcome::NotApplicable(why) => format!("na {why}"),
    }
}

fn decode(line: &str) -> Option<Outcome> {
    let (kind, rest) = line.split_once(' ').unwrap_or((line, ""));
    let numbers: Vec<u64> = rest.split(' ').filter_map(|n| n.parse().ok()).collect();
    Some(match (kind, numbers.as_slice()) {
        ("ok", [nanos, objects]) => Outcome::Ok {
            time: Duration::from_nanos(*nanos),
            objects: *objects,
        },
        ("leaks", [nanos, leaked, expected]) => Outcome::Leaks {
            time: Duration::from_nanos(*nanos),
            leaked: *leaked,
            expected: *expected,
        },
        ("fail", _) => Outcome::Fail(rest.to_string()),
        // Leaked deliberately: a handful of short strings per run, and `NotApplicable` is static.
        ("na", _) => Outcome::NotApplicable(Box::leak(rest.to_string().into_boxed_str())),
        _ => return None,
    })
}

/// Peak resident set size of this process so far (`VmHWM`), in KiB.
fn peak_rss_kb() -> Option<u64> {
    let status = fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

// ---- parent: run every pair in children, aggregate, print the report ----

struct Options {
    runs: usize,
    quick: bool,
    /// `--ephemerons N`: overrides the ephemeron workloads' size.
    ephemerons: Option<usize>,
    workloads: Vec<Workload>,
    heaps: Vec<HeapKind>,
    timeout: Duration,
}

fn parse_workload(name: &str) -> Result<Workload, String> {
    Workload::from_name(name).ok_or_else(|| format!("unknown workload {name:?}"))
}

fn parse_heap(name: &str) -> Result<HeapKind, String> {
    HeapKind::from_name(name).ok_or_else(|| format!("unknown heap {name:?}"))
}

fn parse_ephemerons(text: &str) -> Result<usize, String> {
    match text.parse::<usize>() {
        Ok(n) if n > 0 => Ok(n),
        Ok(_) => Err("--ephemerons must be at least 1".into()),
        Err(e) => Err(format!("--ephemerons: {e}")),
    }
}

/// The child's `--ephemerons N`, if given.
fn ephemerons_option(rest: &[String]) -> Result<Option<usize>, String> {
    match rest.iter().position(|a| a == "--ephemerons") {
        None => Ok(None),
        Some(i) => {
            let text = rest.get(i + 1).ok_or("--ephemerons needs a value")?;
            parse_ephemerons(text).map(Some)
        }
    }
}

fn parse_options(args: &[String]) -> Result<Options, String> {
    let mut runs = None;
    let mut options = Options {
        runs: 5,
        quick: false,
        ephemerons: None,
        workloads: Workload::ALL.to_vec(),
        heaps: HeapKind::ALL.to_vec(),
        timeout: Duration::from_secs(600),
    };
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let mut value = |name: &str| {
            args.next()
                .cloned()
                .ok_or_else(|| format!("{name} needs a value"))
        };
        match arg.as_str() {
            "--runs" => {
                let n: usize = value("--runs")?
                    .parse()
                    .map_err(|e| format!("--runs: {e}"))?;
                if n == 0 {
                    return Err("--runs must be at least 1".into());
                }
                runs = Some(n);
            }
            "--quick" => options.quick = true,
            "--ephemerons" => options.ephemerons = Some(parse_ephemerons(&value("--ephemerons")?)?),
            "--workloads" => {
                options.workloads = value("--workloads")?
                    .split(',')
                    .map(parse_workload)
                    .collect::<Result<_, _>>()?;
            }
            "--heaps" => {
                let mut heaps: Vec<HeapKind> = value("--heaps")?
                    .split(',')
                    .map(parse_heap)
                    .collect::<Result<_, _>>()?;
                heaps.sort_by_key(|h| HeapKind::ALL.iter().position(|x| x == h));
                options.heaps = heaps;
            }
            "--timeout" => {
                let secs: u64 = value("--timeout")?
                    .parse()
                    .map_err(|e| format!("--timeout: {e}"))?;
                options.timeout = Duration::from_secs(secs);
            }
            "-h" | "--help" => {
                println!("{USAGE}");
                std::process::exit(0);
            }
            other => return Err(format!("unknown argument {other:?}")),
        }
    }
    options.runs = runs.unwrap_or(if options.quick { 1 } else { 5 });
    Ok(options)
}

/// One child's report.
struct Sample {
    outcome: Outcome,
    peak_kb: u64,
}

fn run_child(options: &Options, workload: Workload, heap: HeapKind) -> Sample {
    let failed = |message: String| Sample {
        outcome: Outcome::Fail(message),
        peak_kb: 0,
    };
    let exe = match env::current_exe() {
        Ok(exe) => exe,
        Err(e) => return failed(format!("cannot find own executable: {e}")),
    };
    let mut command = Command::new(exe);
    command.args(["--child", workload.name(), heap.name()]);
    if options.quick {
        command.arg("--quick");
    }
    if let Some(n) = options.ephemerons {
        command.args(["--ephemerons", &n.to_string()]);
    }
    let mut child = match command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
    {
        Ok(child) => child,
        Err(e) => return failed(format!("cannot start child: {e}")),
    };
    let mut stdout = child.stdout.take().expect("piped");
    let mut stderr = child.stderr.take().expect("piped");
    let out_reader = thread::spawn(move || {
        let mut s = String::new();
        let _ = stdout.read_to_string(&mut s);
        s
    });
    let err_reader = thread::spawn(move || {
        let mut s = String::new();
        let _ = stderr.read_to_string(&mut s);
        s
    });
    let started = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) if started.elapsed() > options.timeout => {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            Ok(None) => thread::sleep(Duration::from_millis(20)),
            Err(e) => return failed(format!("waiting for child: {e}")),
        }
    };
    let out = out_reader.join().unwrap_or_default();
    let err = err_reader.join().unwrap_or_default();
    let Some(status) = status else {
        return failed(format!("timed out after {} s", options.timeout.as_secs()));
    };
    let outcome = out
        .lines()
        .find_map(|l| l.strip_prefix("result "))
        .and_then(decode);
    let peak_kb = out
        .lines()
        .find_map(|l| l.strip_prefix("hwm_kb "))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or(0);
    match outcome {
        Some(outcome) if status.success() => Sample { outcome, peak_kb },
        _ => {
            let last = err
                .lines()
                .rev()
                .find(|l| !l.trim().is_empty() && !l.starts_with("note:"))
                .unwrap_or("");
            failed(format!("child {status}: {last}"))
        }
    }
}

/// The aggregate of one pair's runs.
enum Cell {
    Ok {
        time: Duration,
        objects: u64,
        peak_kb: u64,
        runs: usize,
    },
    Leaks {
        time: Duration,
        leaked: u64,
        expected: u64,
        peak_kb: u64,
        runs: usize,
    },
    Fail(String),
    NotApplicable(&'static str),
}

fn median<T: Copy + Ord>(values: &mut [T]) -> T {
    values.sort_unstable();
    values[values.len() / 2]
}

fn aggregate(samples: &[Sample]) -> Cell {
    for s in samples {
        match &s.outcome {
            Outcome::Fail(m) => return Cell::Fail(m.clone()),
            Outcome::NotApplicable(why) => return Cell::NotApplicable(why),
            _ => {}
        }
    }
    let mut times: Vec<Duration> = samples
        .iter()
        .map(|s| match s.outcome {
            Outcome::Ok { time, .. } | Outcome::Leaks { time, .. } => time,
            _ => unreachable!("filtered above"),
        })
        .collect();
    let mut peaks: Vec<u64> = samples.iter().map(|s| s.peak_kb).collect();
    let (time, peak_kb) = (median(&mut times), median(&mut peaks));
    match samples[0].outcome {
        Outcome::Ok { objects, .. } => Cell::Ok {
            time,
            objects,
            peak_kb,
            runs: samples.len(),
        },
        Outcome::Leaks {
            leaked, expected, ..
        } => Cell::Leaks {
            time,
            leaked,
            expected,
            peak_kb,
            runs: samples.len(),
        },
        _ => unreachable!("filtered above"),
    }
}

struct Fmt(Duration);

impl fmt::Display for Fmt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let secs = self.0.as_secs_f64();
        if secs >= 1.0 {
            write!(f, "{secs:.2} s")
        } else if secs >= 1e-3 {
            write!(f, "{:.1} ms", secs * 1e3)
        } else {
            write!(f, "{:.0} µs", secs * 1e6)
        }
    }
}

fn mb(kb: u64) -> String {
    format!("{:.0}", kb as f64 / 1024.0)
}

fn ratio(peer: f64, base: f64) -> String {
    if base > 0.0 {
        format!("{:.2}", peer / base)
    } else {
        "—".into()
    }
}

/// The version of `krate` in this project's Cargo.lock.
fn locked_version(krate: &str) -> Option<&'static str> {
    const LOCK: &str = include_str!("../Cargo.lock");
    let mut lines = LOCK.lines();
    while let Some(line) = lines.next() {
        if line == format!("name = \"{krate}\"") {
            return lines
                .next()?
                .strip_prefix("version = \"")?
                .strip_suffix('"');
        }
    }
    None
}

fn heap_title(heap: HeapKind) -> String {
    match heap.crate_name().and_then(locked_version) {
        Some(v) => format!("{} {v}", heap.label()),
        None => heap.label().to_string(),
    }
}

fn cpu_model() -> String {
    fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split_once(':'))
                .map(|(_, v)| v.trim().to_string())
        })
        .unwrap_or_else(|| "unknown CPU".into())
}

fn parent(args: &[String]) -> Result<(), String> {
    let options = parse_options(args)?;
    let mut samples: HashMap<(usize, usize), Vec<Sample>> = HashMap::new();
    let started = Instant::now();
    // Runs are interleaved (run 1 of every pair, then run 2, ...) so drift in machine load spreads
    // over all heaps instead of landing on one.
    for run in 0..options.runs {
        for (wi, &workload) in options.workloads.iter().enumerate() {
            for (hi, &heap) in options.heaps.iter().enumerate() {
                let done = samples.entry((wi, hi)).or_default();
                if matches!(
                    done.first().map(|s| &s.outcome),
                    Some(Outcome::Fail(_) | Outcome::NotApplicable(_))
                ) {
                    continue; // no point running it again
                }
                let sample = run_child(&options, workload, heap);
                eprintln!(
                    "[run {}/{}, {:.0} s] {workload} {}: {} (peak {} MB)",
                    run + 1,
                    options.runs,
                    started.elapsed().as_secs_f64(),
                    heap.name(),
                    describe(&sample.outcome),
                    mb(sample.peak_kb),
                );
                done.push(sample);
            }
        }
    }
    let cells: HashMap<(usize, usize), Cell> = samples
        .iter()
        .map(|(&key, s)| (key, aggregate(s)))
        .collect();
    print_report(&options, args, &cells, started.elapsed());
    Ok(())
}

fn describe(outcome: &Outcome) -> String {
    match outcome {
        Outcome::Ok { time, .. } => Fmt(*time).to_string(),
        Outcome::Leaks {
            time,
            leaked,
            expected,
        } => format!("{} (leaks {leaked}/{expected})", Fmt(*time)),
        Outcome::Fail(m) => format!("FAIL: {m}"),
        Outcome::NotApplicable(why) => format!("n/a ({why})"),
    }
}

fn print_report(
    options: &Options,
    args: &[String],
    cells: &HashMap<(usize, usize), Cell>,
    elapsed: Duration,
) {
    let command = std::iter::once("weakgc-peers".to_string())
        .chain(args.iter().cloned())
        .collect::<Vec<_>>()
        .join(" ");
    let nproc = thread::available_parallelism().map_or(0, |n| n.get());
    println!("### weakgc vs Rust GC peers\n");
    println!(
        "`{command}` (release build of benches/peers; {} run{} per pair, {} sizes; {:.0} s in \
         all). CPU: {}, {nproc} CPUs.\n",
        options.runs,
        if options.runs == 1 { "" } else { "s" },
        if options.quick {
            "**quick (smoke-test)**"
        } else {
            "full"
        },
        elapsed.as_secs_f64(),
        cpu_model(),
    );
    println!(
        "Median over the runs; every run is a fresh process, so *peak MB* is that process's \
         peak RSS (VmHWM), untimed set-up included. *÷ weakgc*: the peer's figure divided by \
         weakgc's (above 1: weakgc is faster / smaller). † hand-built on the peer's primitives \
         (see notes).\n"
    );

    let base = options.heaps.iter().position(|&h| h == HeapKind::Weakgc);

    // Summary matrix: median time (ratio) per workload and heap.
    print!("| workload |");
    for &heap in &options.heaps {
        print!(" {} |", heap_title(heap));
    }
    println!();
    print!("|---|");
    for _ in &options.heaps {
        print!("---:|");
    }
    println!();
    for (wi, &workload) in options.workloads.iter().enumerate() {
        let base_time = base.and_then(|b| match cells.get(&(wi, b)) {
            Some(Cell::Ok { time, .. }) => Some(time.as_secs_f64()),
            _ => None,
        });
        print!("| {workload} |");
        for (hi, &heap) in options.heaps.iter().enumerate() {
            let dagger = if heap
                .note(workload)
                .is_some_and(|n| n.starts_with("hand-built"))
            {
                " †"
            } else {
                ""
            };
            let text = match cells.get(&(wi, hi)) {
                Some(Cell::Ok { time, .. }) => match base_time {
                    Some(b) if Some(hi) != base => {
                        format!("{} (×{}){dagger}", Fmt(*time), ratio(time.as_secs_f64(), b))
                    }
                    _ => format!("{}{dagger}", Fmt(*time)),
                },
                Some(Cell::Leaks {
                    leaked, expected, ..
                }) => format!("**leaks** {leaked}/{expected}{dagger}"),
                Some(Cell::Fail(_)) => "**FAIL**".into(),
                Some(Cell::NotApplicable(_)) => "n/a".into(),
                None => "—".into(),
            };
            print!(" {text} |");
        }
        println!();
    }

    // Detail: one row per pair.
    println!(
        "\n| workload | heap | median time | ns/object | peak MB | time ÷ weakgc | peak ÷ weakgc | runs |"
    );
    println!("|---|---|---:|---:|---:|---:|---:|---:|");
    let mut failures = Vec::new();
    for (wi, &workload) in options.workloads.iter().enumerate() {
        let base_cell = base.and_then(|b| match cells.get(&(wi, b)) {
            Some(Cell::Ok { time, peak_kb, .. }) => Some((time.as_secs_f64(), *peak_kb as f64)),
            _ => None,
        });
        for (hi, &heap) in options.heaps.iter().enumerate() {
            let name = heap_title(heap);
            let row = match cells.get(&(wi, hi)) {
                Some(Cell::Ok {
                    time,
                    objects,
                    peak_kb,
                    runs,
                }) => {
                    let per = time.as_nanos() as f64 / (*objects).max(1) as f64;
                    let (rt, rm) = match base_cell {
                        Some((bt, bm)) => {
                            (ratio(time.as_secs_f64(), bt), ratio(*peak_kb as f64, bm))
                        }
                        None => ("—".into(), "—".into()),
                    };
                    format!(
                        "{} | {per:.1} | {} | {rt} | {rm} | {runs}",
                        Fmt(*time),
                        mb(*peak_kb)
                    )
                }
                Some(Cell::Leaks {
                    time,
                    leaked,
                    expected,
                    peak_kb,
                    runs,
                }) => format!(
                    "{} | **leaks** {leaked}/{expected} entries | {} | — | — | {runs}",
                    Fmt(*time),
                    mb(*peak_kb)
                ),
                Some(Cell::Fail(message)) => {
                    failures.push(format!("{workload} on {name}: {message}"));
                    "**FAIL** | — | — | — | — | —".into()
                }
                Some(Cell::NotApplicable(why)) => format!("n/a: {why} | — | — | — | — | —"),
                None => continue,
            };
            println!("| {workload} | {name} | {row} |");
        }
    }

    println!("\nns/object is the median time divided by:");
    for &workload in &options.workloads {
        println!("- {workload}: {}", workload.per_object());
    }
    println!("\nNotes:");
    for &workload in &options.workloads {
        for &heap in &options.heaps {
            if let Some(note) = heap.note(workload) {
                println!("- {workload}, {}: {note}", heap.label());
            }
        }
    }
    if !failures.is_empty() {
        println!("\nFailures:");
        for f in failures {
            println!("- {f}");
        }
    }
}
