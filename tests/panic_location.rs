//! The documented misuse panics of `Heap` (stale handle, wrong type, heap limit) report the caller's
//! line, not a line of heap.rs: `get`, `get_mut`, `alloc`, `root` and `root_named` are
//! `#[track_caller]`, so a user's backtrace-less panic message still says which access was wrong.
//!
//! A test binary of its own: the panic hook that records locations is process-global, and tests in
//! `tests/all` panic on purpose concurrently.

use std::panic::{self, AssertUnwindSafe};
use std::sync::Mutex;

use weakgc::Heap;

/// Where each panic since the hook was installed said it happened, and its message.
static PANICS: Mutex<Vec<(String, u32, String)>> = Mutex::new(Vec::new());

/// Runs `f`, which must panic, and returns the file, line and message the panic reported.
fn panic_site(f: impl FnOnce()) -> (String, u32, String) {
    PANICS.lock().unwrap().clear();
    assert!(panic::catch_unwind(AssertUnwindSafe(f)).is_err());
    let mut seen = PANICS.lock().unwrap();
    assert_eq!(seen.len(), 1, "one panic: {seen:?}");
    seen.pop().unwrap()
}

/// `(reported site, this macro's invocation line)`: the call must sit on the invocation line.
macro_rules! panics_at {
    ($call:expr) => {
        (
            panic_site(|| {
                let _ = $call;
            }),
            line!(),
        )
    };
}

#[test]
fn misuse_panics_report_the_callers_file_and_line() {
    panic::set_hook(Box::new(|info| {
        let message = match info.payload().downcast_ref::<String>() {
            Some(s) => s.clone(),
            None => info
                .payload()
                .downcast_ref::<&str>()
                .unwrap_or(&"")
                .to_string(),
        };
        let location = info.location().expect("panics carry a location");
        PANICS
            .lock()
            .unwrap()
            .push((location.file().to_string(), location.line(), message));
    }));

    let mut heap = Heap::new();
    let stale = heap.alloc(String::from("collected"));
    heap.collect();
    // Each heap's first object takes the same cell, but heaps' generations start apart (issue
    // #16): a handle from one is stale in the other (before, it named the other's object and
    // `get` panicked with a wrong-type error, through the same line).
    let mut strings = Heap::new();
    strings.alloc(String::from("not a u8"));
    let from_another_heap = Heap::new().alloc(0u8);

    let cases = [
        ("stale handle", panics_at!(heap.get(stale))),
        ("stale handle", panics_at!(heap.get_mut(stale))),
        ("stale handle", panics_at!(heap.root(stale))),
        ("stale handle", panics_at!(heap.root_named(stale, "name"))),
        ("stale handle", panics_at!(strings.get(from_another_heap))),
        ("out of memory", {
            heap.set_limit(Some(0));
            panics_at!(heap.alloc(1u64))
        }),
    ];
    let _ = panic::take_hook();

    for (what, ((file, line, message), call_line)) in cases {
        assert!(message.contains(what), "{message:?} is not about {what}");
        assert_eq!((file.as_str(), line), (file!(), call_line), "{message}");
    }
}
