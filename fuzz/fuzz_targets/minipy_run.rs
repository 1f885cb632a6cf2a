//! Arbitrary text as a minipy script, under tight step and heap limits: it may raise any Python
//! error, but it must never panic, crash or hang.
#![no_main]

use libfuzzer_sys::fuzz_target;
use minipy::{run_captured, Options};

fuzz_target!(|data: &[u8]| {
    let Ok(source) = std::str::from_utf8(data) else {
        return;
    };
    let options = Options {
        max_steps: Some(20_000),
        max_heap: Some(16 << 20),
        timeout: Some(std::time::Duration::from_secs(5)),
        ..Options::default()
    };
    let (code, output) = run_captured(source, &options);
    // Match minipy's own line, not the words: a syntax error echoes the script's source, which may
    // contain anything (a fuzzer-made script once contained "internal error").
    let internal = output
        .lines()
        .any(|line| line.starts_with("minipy: internal error"));
    assert!(
        code != 101 && !internal,
        "minipy failed internally on:\n{source}\n---\n{output}"
    );
});
