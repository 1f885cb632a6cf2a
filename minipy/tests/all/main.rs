//! minipy's integration tests, one module per capability.

mod adversarial;
mod leaks;
mod rooting;
mod support;
