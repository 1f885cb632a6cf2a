//! The random-program differential test against CPython (issue #15): `tools/difftest/run.py`
//! generates weakref/gc programs from a fixed seed, runs each through `python3` and through this
//! build of minipy in its default GC mode (CPython's timing), and fails when fewer agree than [`MIN_AGREEMENT`] percent.
//! Mismatching programs, with both outputs, are left in `$CARGO_TARGET_TMPDIR/difftest-default` and
//! `tools/difftest/triage.py` sorts them into causes.

use std::path::PathBuf;
use std::process::Command;

/// What the default mode achieves (seed 1, the first 300 programs): 298 agree, 99.3%, as many as
/// `--gc=eager` (296 before the exit batch ran in the order of CPython's gc list,
/// `runtime/exit_order.rs`; 220, 73.3%, when closures kept their whole enclosing frame). The two
/// others differ in finalizer order at exit, where an automatic collection CPython ran earlier
/// reordered its gc list (docs/semantics.md). The goal is 99.
/// The bound leaves one program of slack: under heavy machine load (load average 8) one python3
/// run once hit run.py's 20 s timeout and counted as a mismatch.
const MIN_AGREEMENT: f64 = 99.0;

const SEED: &str = "1";
/// A fixed count, not a time budget, so the figure compared with MIN_AGREEMENT is always over the
/// same programs (agreement over prefixes of this seed ranges from 70% to 76%).
const COUNT: &str = "300";

#[test]
fn generated_programs_agree_with_cpython_by_default() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let runner = root.join("tools/difftest/run.py");
    assert!(runner.is_file(), "missing {}", runner.display());
    let out_dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("difftest-default");
    let _ = std::fs::remove_dir_all(&out_dir);

    let python = Command::new("python3").arg("--version").output();
    assert!(
        matches!(&python, Ok(o) if o.status.success()),
        "python3 (CPython 3.11) must be installed: the differential test compares minipy with it ({python:?})"
    );
    let out = Command::new("python3")
        .arg(&runner)
        .args(["--seed", SEED, "--count", COUNT])
        .args(["--quiet", "--min-agreement", &MIN_AGREEMENT.to_string()])
        .arg("--out")
        .arg(&out_dir)
        .arg("--")
        .arg(env!("CARGO_BIN_EXE_minipy"))
        .output()
        .expect("running tools/difftest/run.py");
    let text = String::from_utf8_lossy(&out.stdout);
    let report = format!("{text}{}", String::from_utf8_lossy(&out.stderr));

    let summary = text.lines().last().unwrap_or("");
    let counts: Vec<usize> = summary
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|n| n.parse().ok())
        .collect();
    assert!(
        summary.ends_with("failed") && counts.len() == 2,
        "run.py gave no summary:\n{report}"
    );
    let (passed, failed) = (counts[0], counts[1]);
    assert!(passed + failed >= 50, "too few programs ran:\n{report}");
    let agreement = 100.0 * passed as f64 / (passed + failed) as f64;
    assert!(
        agreement >= MIN_AGREEMENT && out.status.success(),
        "minipy agrees with CPython on {agreement:.1}% of generated programs, below \
         {MIN_AGREEMENT}%; mismatches in {dir} (`python3 tools/difftest/triage.py {dir}` sorts \
         them into causes):\n{report}",
        dir = out_dir.display()
    );
    println!("{report}");
}
