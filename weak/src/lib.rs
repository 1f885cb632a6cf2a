//! Weak references with callbacks and heap-aware weak tables for weakgc: Python's `weakref`
//! module as heap objects the collector itself processes.
//!
//! - [`WeakRef`]: `weakref.ref(obj, callback)`.
//! - [`WeakKeyDictionary`]: an ephemeron table (DESIGN step 2): values live only while their keys
//!   do, so self-referencing values, cycles and chains of entries are collected, unlike CPython.
//! - [`WeakValueDictionary`], [`WeakSet`]: entries vanish in the cycle their weak part dies.
//! - [`Finalize`] and [`FinalizeRegistry`]: `weakref.finalize(obj, func, *args)`, with `atexit`.
//!
//! An interpreter with one object type (an enum) embeds all of them: the tables are plain values
//! to put in a variant; a `WeakRef` or `Finalize` goes in one too, made with
//! [`WeakRef::alloc_in`] or [`FinalizeRegistry::register_in`] (or in two steps around the
//! interpreter's own allocation: `unregistered`, then `register_embedded`), and the object type
//! implements [`Embeds`] so that `WeakRef::get`, `Finalize::call` and the rest find them in it.
//! The heap registers and queues the embedding object, so a callback job names the interpreter's
//! own object.
//!
//! The tables are exact: the collector prunes every live table after clearing weak references and
//! before any finalizer or callback runs (DESIGN step 5), so `len()` is right after `collect()`.
//! They iterate in insertion order and take either identity-based calls or an interpreter's own
//! hash and equality through a two-phase API ([`EntryId`], `candidates`), so no embedder code runs
//! while a table is borrowed. Objects go in as [`Referent`]s, made with `&mut Heap` first.
//!
//! Everything here is built on the heap's public API and the collector's guarantees: no unsafe code.

#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod embeds;
mod finalize;
mod key_dict;
mod ordered;
mod referent;
mod value_dict;
mod weak_set;
mod weakref;

pub use embeds::Embeds;
pub use finalize::{Finalize, FinalizeRegistry};
pub use key_dict::WeakKeyDictionary;
pub use ordered::EntryId;
pub use referent::{identity_hash, Handle, Referent};
pub use value_dict::WeakValueDictionary;
pub use weak_set::WeakSet;
pub use weakref::{getweakrefcount, getweakrefs, WeakRef};
