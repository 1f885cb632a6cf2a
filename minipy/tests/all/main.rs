//! minipy's integration tests, one module per capability.

mod adversarial;
mod layers;
mod leaks;
mod lifetimes;
mod rooting;
mod support;
