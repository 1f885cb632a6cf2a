//! Arbitrary text as a minipy script, under tight step and heap limits: it may raise any Python
//! error, but it must never panic, crash or hang.
#![no_main]

use libfuzzer_sys::fuzz_target;
use minipy::{run_checked, Options};

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
    // Only `run_checked`'s `Err` means a minipy bug: output and exit codes are the script's to
    // choose (fuzzer-made scripts have printed "minipy: internal error" themselves, and
    // `sys.exit(101)` would imitate the exit code).
    if let Err(e) = run_checked(source, &options) {
        panic!("minipy failed internally on:\n{source}\n---\n{}", e.output);
    }
});
