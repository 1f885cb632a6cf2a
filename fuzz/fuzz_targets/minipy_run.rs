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
    assert!(
        code != 101 && !output.contains("internal error"),
        "minipy failed internally on:\n{source}\n---\n{output}"
    );
});
