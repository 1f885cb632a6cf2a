//! `Stress::Minor` (a minor collection before every allocation) runs every corpus script to the
//! same output as the default mode. The `minipy` binary's command line does not parse
//! `--gc=stress-minor` yet, so the scripts run in-process here and are compared with the default
//! mode's output, which `tests/conformance.rs` compares with CPython's.

use std::path::{Path, PathBuf};

use minipy::{run_checked, Options, Stress};

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

fn run(source: &str, options: &Options) -> (i32, String) {
    let (code, out) = run_checked(source, options).expect("minipy does not panic");
    (code, without_addresses(&out))
}

#[test]
fn every_corpus_script_prints_the_same_under_stress_minor() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let dirs = [
        root.join("tests/scripts"),
        root.join("tests/timing"),
        root.join("../../shared/conformance/public"),
    ];
    let stress = Options {
        stress: Stress::Minor,
        ..Options::default()
    };
    let mut ran = 0;
    for dir in &dirs {
        for script in scripts(dir) {
            let source = std::fs::read_to_string(&script).expect("readable script");
            let expected = run(&source, &Options::default());
            let got = run(&source, &stress);
            assert_eq!(got, expected, "{} under stress-minor", script.display());
            ran += 1;
        }
    }
    assert!(ran > 50, "only {ran} scripts ran");
}
