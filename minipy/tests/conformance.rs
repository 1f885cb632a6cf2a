//! The conformance corpus through the `minipy` binary, judged by `compare.py`, in every `--gc`
//! mode ([`MODES`]): `public/` and `beyond/` and minipy's own scripts (`tests/scripts/`, each
//! `.expected` recorded from CPython 3.11 with `compare.py --record`) in all of them, and the seed
//! examples (written for refcounting; shipped in the repository's `examples/seed/`, which the
//! README's first command runs) in the modes with CPython's timing. Missing corpus directories
//! fail the test: a skipped corpus would pass vacuously.

use std::path::PathBuf;
use std::process::Command;

fn shared() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared")
}

/// minipy's own scripts, beside this file.
fn own_scripts() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/scripts")
}

/// The seed examples shipped with the repository (copies of `../shared/seed/`, so a fresh clone
/// runs the README's first command alone).
fn shipped_seed() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../examples/seed")
}

/// Runs compare.py over `dirs` (relative to the shared directory) with `minipy ARGS`, and asserts
/// it ran some scripts and none failed.
fn compare(args: &[&str], dirs: &[&str]) {
    let dirs: Vec<PathBuf> = dirs.iter().map(|d| shared().join(d)).collect();
    compare_dirs(args, &dirs);
}

fn compare_dirs(args: &[&str], dirs: &[PathBuf]) {
    let script = shared().join("conformance/compare.py");
    assert!(script.is_file(), "missing {}", script.display());
    for d in dirs {
        assert!(d.is_dir(), "missing corpus directory {}", d.display());
    }
    let out = Command::new("python3")
        .arg(&script)
        .arg("--")
        .arg(env!("CARGO_BIN_EXE_minipy"))
        .args(args)
        .arg("--")
        .args(dirs)
        .output()
        .expect("python3 must be installed to run the conformance corpus");
    let text = String::from_utf8_lossy(&out.stdout);
    let summary = text.lines().last().unwrap_or("");
    let counts: Vec<usize> = summary
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|n| n.parse().ok())
        .collect();
    assert!(
        summary.ends_with("failed") && counts.len() == 2,
        "compare.py gave no summary:\n{text}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let (passed, failed) = (counts[0], counts[1]);
    assert!(passed > 0, "no scripts ran:\n{text}");
    assert_eq!(failed, 0, "conformance failures:\n{text}");
}

/// Every `--gc` mode, and whether it has CPython's timing (objects die after the statement that
/// dropped them), which the seed examples need.
const MODES: [(&str, bool); 8] = [
    ("--gc=default", true),
    ("--gc=incremental", false),
    ("--gc=auto", true),
    ("--gc=paced", false),
    ("--gc=eager", true),
    ("--gc=stress", true),
    ("--gc=stress-step", true),
    // No flag: the default, which must be CPython's timing.
    ("", true),
];

fn passes_in_mode(flag: &str, cpython_timing: bool) {
    let args: Vec<&str> = [flag].into_iter().filter(|f| !f.is_empty()).collect();
    compare(&args, &["conformance/public", "conformance/beyond"]);
    compare_dirs(&args, &[own_scripts()]);
    if cpython_timing {
        compare_dirs(&args, &[shipped_seed()]);
    }
}

#[test]
fn corpus_passes_by_default() {
    passes_in_mode(MODES[7].0, MODES[7].1);
    passes_in_mode(MODES[0].0, MODES[0].1);
}

#[test]
fn corpus_passes_with_incremental_and_paced_collection() {
    passes_in_mode(MODES[1].0, MODES[1].1);
    passes_in_mode(MODES[3].0, MODES[3].1);
}

#[test]
fn corpus_passes_with_auto_and_eager_collection() {
    passes_in_mode(MODES[2].0, MODES[2].1);
    passes_in_mode(MODES[4].0, MODES[4].1);
}

/// A full collection, or an incremental step, before every allocation: every handle the
/// evaluator holds must be rooted, and every store into an object already traced must reach the
/// write barrier (the debug build's barrier verifier checks each cycle's end).
#[test]
fn corpus_passes_under_stress() {
    passes_in_mode(MODES[5].0, MODES[5].1);
    passes_in_mode(MODES[6].0, MODES[6].1);
}

/// The list above names every mode the binary knows.
#[test]
fn every_mode_is_tested() {
    for (name, _) in minipy::GcMode::ALL {
        let flag = format!("--gc={name}");
        assert!(MODES.iter().any(|(f, _)| *f == flag), "{flag} untested");
    }
}

/// Scripts whose output depends on CPython's timing (objects die after the statement that
/// dropped them, as with refcounting), beside this file in `tests/timing/`, each `.expected`
/// recorded from CPython 3.11: run in the modes that have it only.
#[test]
fn timing_scripts_pass_in_the_modes_with_cpython_timing() {
    let timing = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/timing");
    for (flag, cpython_timing) in MODES {
        if cpython_timing {
            let args: Vec<&str> = [flag].into_iter().filter(|f| !f.is_empty()).collect();
            compare_dirs(&args, std::slice::from_ref(&timing));
        }
    }
}
