//! `CLOCK=cpu` for the timing examples (`mark_profile`, `mark_floor`): on a shared machine, time
//! spent descheduled is not the code's, so they can time on-CPU time instead of wall clock.
//! The kernel brings that figure up to date at scheduler ticks, so it suits runs of many
//! milliseconds (10M objects), not short ones. Included by path (`#[path = ...] mod clock;`) from
//! each, not an example of its own.

/// Nanoseconds this thread has run on a CPU (Linux's `/proc/thread-self/schedstat`).
fn on_cpu_ns() -> u64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse().ok())
        .expect("CLOCK=cpu needs Linux's /proc/thread-self/schedstat")
}

/// Runs `f`, returning the nanoseconds it took: wall-clock, or on-CPU with `CLOCK=cpu`.
pub fn timed(f: impl FnOnce()) -> f64 {
    if std::env::var("CLOCK").is_ok_and(|c| c == "cpu") {
        let start = on_cpu_ns();
        f();
        (on_cpu_ns() - start) as f64
    } else {
        let start = std::time::Instant::now();
        f();
        start.elapsed().as_secs_f64() * 1e9
    }
}
