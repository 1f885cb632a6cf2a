//! Issue #18 point 6: what a real `tracing` subscriber (tracing-subscriber's `fmt`) prints for a
//! collection: the cycle span at `debug`, one event per cycle with every `CycleReport` figure,
//! `warn` for panics caught in `Drop` and in finalizers and callbacks, a span around
//! `run_pending`. README.md shows this output. Its own binary: `tracing` caches callsite interest
//! process-wide (see tests/spans.rs).

use std::io::Write;
use std::sync::{Arc, Mutex};

use weakgc::{Heap, Trace, Tracer};

#[derive(Clone, Default)]
struct Buffer(Arc<Mutex<Vec<u8>>>);

impl Write for Buffer {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

struct PanicsOnDrop;
impl Trace for PanicsOnDrop {
    fn trace(&self, _: &mut Tracer) {}
}
impl Drop for PanicsOnDrop {
    fn drop(&mut self) {
        panic!("drop failed");
    }
}

#[test]
fn a_fmt_subscriber_shows_the_cycle_its_figures_and_every_caught_panic() {
    let buffer = Buffer::default();
    let writer = buffer.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::DEBUG)
        .with_writer(move || writer.clone())
        .with_ansi(false)
        .without_time()
        .finish();
    tracing::subscriber::with_default(subscriber, || {
        tracing::callsite::rebuild_interest_cache();
        let mut heap = Heap::new();
        heap.alloc(PanicsOnDrop);
        let obj = heap.alloc(String::from("finalized"));
        heap.on_finalize(obj.into(), |_, _| panic!("finalizer failed"))
            .unwrap();
        let report = heap.collect();
        assert_eq!(report.drop_panics.len(), 1);
        let drained = heap.run_pending(|_, _| {});
        assert_eq!(drained.panics, ["finalizer failed"]);
        heap.collect();
    });
    let out = String::from_utf8(buffer.0.lock().unwrap().clone()).unwrap();
    print!("{out}");
    let lines: Vec<&str> = out.lines().collect();
    let finished: Vec<&&str> = lines
        .iter()
        .filter(|l| l.contains("collection finished"))
        .collect();
    assert_eq!(finished.len(), 2, "one event per cycle:\n{out}");
    for figure in [
        "cycle=1",
        "marked=0",
        "kept_for_finalizers=1",
        "weak_cleared=",
        "finalizers_queued=1",
        "callbacks_queued=0",
        "tables_pruned=0",
        "freed=1",
        "bytes_freed=",
        "bytes_after=",
        "drop_panics=1",
        "duration_us=",
        "steps=0",
        "longest_step_us=",
    ] {
        assert!(finished[0].contains(figure), "{figure} missing:\n{out}");
    }
    assert!(
        finished[0].starts_with("DEBUG weakgc.collect{cycle=1 marked=0 "),
        "the event is inside the debug span:\n{out}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with(" WARN weakgc.collect{cycle=1 ")
                && l.contains("panic=drop failed")),
        "{out}"
    );
    assert!(
        lines.iter().any(|l| l
            .starts_with(" WARN weakgc.run_pending{queued=1}: weakgc: a finalizer")
            && l.contains("panic=finalizer failed")),
        "{out}"
    );
}
