//! The conformance corpus through the `minipy` binary, judged by `compare.py`: `public/` and
//! `beyond/` in the default (paced) collection mode, the seed examples with `--gc=eager`, and
//! minipy's own scripts (`tests/scripts/`, each `.expected` recorded from CPython 3.11 with
//! `compare.py --record`) in both modes. Missing corpus directories fail the test: a skipped corpus
//! would pass vacuously.

use std::path::PathBuf;
use std::process::Command;

fn shared() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared")
}

/// minipy's own scripts, beside this file.
fn own_scripts() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/scripts")
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

#[test]
fn public_and_beyond_corpus_passes_with_paced_collection() {
    compare(&[], &["conformance/public", "conformance/beyond"]);
}

#[test]
fn seed_examples_pass_with_eager_collection() {
    compare(&["--gc=eager"], &["seed"]);
}

/// `--gc=auto` collects after statements that make or drop watched objects: the seed examples,
/// written for refcounting, must print what CPython prints without `--gc=eager`.
#[test]
fn seed_examples_and_corpus_pass_with_auto_collection() {
    compare(
        &["--gc=auto"],
        &["seed", "conformance/public", "conformance/beyond"],
    );
    compare_dirs(&["--gc=auto"], &[own_scripts()]);
}

#[test]
fn own_scripts_pass_with_paced_and_eager_collection() {
    compare_dirs(&[], &[own_scripts()]);
    compare_dirs(&["--gc=eager"], &[own_scripts()]);
}
