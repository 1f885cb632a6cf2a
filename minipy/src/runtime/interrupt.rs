//! Ctrl-C: the process's SIGINT handler sets one flag, and the interpreter turns it into a
//! `KeyboardInterrupt` at its next step (`Interp::tick`, where `--max-steps` and `--timeout` are
//! checked), so the script may catch it and an uncaught one prints a traceback, flushes the
//! buffered output and exits with status 130, as CPython's does.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Condvar, Mutex};
use std::time::{Duration, Instant};

/// Set by the handler, taken by [`take`].
static INTERRUPTED: AtomicBool = AtomicBool::new(false);

/// Wakes [`sleep`] when the flag is set.
static WAKE: (Mutex<()>, Condvar) = (Mutex::new(()), Condvar::new());

/// Installs the process's Ctrl-C handler (once; the `ctrlc` crate runs it on its own thread).
///
/// # Errors
/// When the handler cannot be installed (another one is, or the OS refused): Ctrl-C then kills
/// the process as it would without minipy.
pub fn install() -> Result<(), ctrlc::Error> {
    ctrlc::set_handler(raise)
}

/// Whether Ctrl-C was pressed since the last call; clears the flag. A relaxed load first keeps
/// the common case (no interrupt) a plain read on the per-step path.
pub fn take() -> bool {
    INTERRUPTED.load(Ordering::Relaxed) && INTERRUPTED.swap(false, Ordering::SeqCst)
}

/// Whether Ctrl-C was pressed and not taken yet (a relaxed load: the per-step test).
#[inline]
pub fn pending() -> bool {
    INTERRUPTED.load(Ordering::Relaxed)
}

/// Forgets a Ctrl-C pressed while no code ran (the REPL, before it runs a new input).
pub fn clear() {
    INTERRUPTED.store(false, Ordering::SeqCst);
}

/// Sets the flag as the handler does (for tests, and for a host that catches Ctrl-C itself).
pub fn raise() {
    let _guard = WAKE.0.lock();
    INTERRUPTED.store(true, Ordering::SeqCst);
    WAKE.1.notify_all();
}

/// Sleeps for `duration` unless Ctrl-C comes first (`time.sleep`, which CPython's Ctrl-C
/// interrupts too). Returns whether it did, the flag taken.
pub fn sleep(duration: Duration) -> bool {
    let deadline = Instant::now().checked_add(duration);
    let mut guard = WAKE.0.lock().unwrap_or_else(|e| e.into_inner());
    loop {
        if take() {
            return true;
        }
        let now = Instant::now();
        let left = match deadline {
            Some(d) if d <= now => return false,
            Some(d) => d - now,
            None => Duration::from_secs(3600),
        };
        guard = match WAKE.1.wait_timeout(guard, left) {
            Ok((g, _)) => g,
            Err(e) => e.into_inner().0,
        };
    }
}

// Tested in tests/cli.rs with child processes that get SIGINT: the flag is process-wide, so an
// in-process test would interrupt the interpreters other tests run in parallel.
