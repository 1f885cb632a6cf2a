//! Each collection is a `tracing` span carrying the report's figures, with a child span per phase.
//!
//! This is its own test binary on purpose. `tracing` caches each callsite's interest process-wide,
//! computed by whichever thread reaches the callsite first; in a binary whose other tests collect on
//! other threads with no subscriber, that thread can cache "never" for `weakgc.collect` after
//! `with_default` installed ours, and this test then sees no spans (it failed CI that way once).
//! Alone in its process, and with the cache rebuilt under our subscriber, nothing can race it.

use std::sync::{Arc, Mutex};

use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::{Event, Metadata, Subscriber};
use weakgc::Heap;

/// A span's name and the `(field, value)` pairs recorded on it.
type SpanLog = Vec<(String, Vec<(String, String)>)>;

/// Records span names and the fields recorded on them.
#[derive(Default, Clone)]
struct Recorder {
    spans: Arc<Mutex<SpanLog>>,
}

struct Fields<'a>(&'a mut Vec<(String, String)>);
impl Visit for Fields<'_> {
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        self.0
            .push((field.name().to_string(), format!("{value:?}")));
    }
}

impl Subscriber for Recorder {
    fn enabled(&self, _: &Metadata<'_>) -> bool {
        true
    }
    fn new_span(&self, attrs: &Attributes<'_>) -> Id {
        let mut spans = self.spans.lock().unwrap();
        let mut fields = Vec::new();
        attrs.record(&mut Fields(&mut fields));
        spans.push((attrs.metadata().name().to_string(), fields));
        Id::from_u64(spans.len() as u64)
    }
    fn record(&self, span: &Id, values: &Record<'_>) {
        let mut spans = self.spans.lock().unwrap();
        let entry = &mut spans[span.into_u64() as usize - 1];
        values.record(&mut Fields(&mut entry.1));
    }
    fn record_follows_from(&self, _: &Id, _: &Id) {}
    fn event(&self, _: &Event<'_>) {}
    fn enter(&self, _: &Id) {}
    fn exit(&self, _: &Id) {}
}

#[test]
fn a_collection_is_a_span_with_its_figures_and_a_child_span_per_phase() {
    let recorder = Recorder::default();
    let spans = recorder.spans.clone();
    tracing::subscriber::with_default(recorder, || {
        tracing::callsite::rebuild_interest_cache();
        let mut heap = Heap::new();
        heap.alloc(1u32);
        heap.alloc(2u32);
        heap.collect();
    });
    let spans = spans.lock().unwrap();
    let names: Vec<&str> = spans.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "weakgc.collect",
            "mark",
            "clear_weak",
            "finalizable",
            "prune",
            "sweep"
        ]
    );
    let fields = &spans[0].1;
    let get = |k: &str| {
        fields
            .iter()
            .rev()
            .find(|(n, _)| n == k)
            .map(|(_, v)| v.as_str())
    };
    assert_eq!(get("cycle"), Some("1"));
    assert_eq!(get("freed"), Some("2"));
    assert_eq!(get("marked"), Some("0"));
    assert_eq!(get("weak_cleared"), Some("0"));
}
