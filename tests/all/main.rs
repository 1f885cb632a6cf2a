//! Integration tests of the heap and its collection cycle, one module per capability.

mod adversarial;
mod callbacks;
mod deep;
mod derive;
mod finalizers;
mod generational;
mod handles;
mod harness;
mod library;
mod model;
mod panics;
mod roots_and_pacing;
mod support;
mod weak_handles;
