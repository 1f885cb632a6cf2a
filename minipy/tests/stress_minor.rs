//! `Stress::Minor` (a minor collection before every allocation) runs every corpus script to the
//! same output as the default mode, which `tests/conformance.rs` compares with CPython's. The
//! scripts run through the `minipy` binary, two at a time and with no time limit: in a debug
//! build the heap and the remembered set are verified after minors (paced by the heap's size, see
//! `CycleAccess::verify_this_minor`), so this is the slowest corpus run (compare.py's
//! per-script timeout would fail it on a loaded machine). A process per script, not a thread:
//! some scripts change the working directory.

use std::path::{Path, PathBuf};

use std::process::{Command, Stdio};

/// Every `NAME.py` under `dir`, sorted.
fn scripts(dir: &Path) -> Vec<PathBuf> {
    assert!(dir.is_dir(), "missing corpus directory {}", dir.display());
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("readable corpus directory")
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    out.sort();
    out
}

/// `0x` followed by hex digits becomes `0x?`, as compare.py normalises addresses.
fn without_addresses(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find("0x") {
        out.push_str(&rest[..i + 2]);
        let tail = &rest[i + 2..];
        let digits = tail.len()
            - tail
                .trim_start_matches(|c: char| c.is_ascii_hexdigit())
                .len();
        if digits > 0 {
            out.push('?');
        }
        rest = &tail[digits..];
    }
    out.push_str(rest);
    out
}

/// The exit status and the merged stdout and stderr of `minipy ARGS script`, run in the
/// script's directory (as compare.py runs it).
fn run(script: &Path, args: &[&str]) -> (Option<i32>, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_minipy"))
        .args(args)
        .arg(script)
        .current_dir(script.parent().expect("a script's directory"))
        .stdin(Stdio::null())
        .output()
        .expect("minipy runs");
    let text = String::from_utf8_lossy(&out.stdout) + String::from_utf8_lossy(&out.stderr);
    (out.status.code(), without_addresses(&text))
}

#[test]
fn every_corpus_script_prints_the_same_under_stress_minor() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let dirs = [
        root.join("tests/scripts"),
        root.join("tests/timing"),
        root.join("../../shared/conformance/public"),
    ];
    let all: Vec<PathBuf> = dirs.iter().flat_map(|dir| scripts(dir)).collect();
    assert!(all.len() > 50, "only {} scripts found", all.len());
    // Alternate scripts between the two threads: the slow ones are spread through the list.
    let halves: [Vec<&PathBuf>; 2] = [
        all.iter().step_by(2).collect(),
        all.iter().skip(1).step_by(2).collect(),
    ];
    std::thread::scope(|scope| {
        for half in &halves {
            scope.spawn(move || {
                for script in half {
                    check_script(script);
                }
            });
        }
    });
}

fn check_script(script: &Path) {
    let expected = run(script, &[]);
    let got = run(script, &["--gc=stress-minor"]);
    assert_eq!(got, expected, "{} under stress-minor", script.display());
}
