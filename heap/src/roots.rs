//! RAII roots: handles that keep their object alive across collections until dropped.

use std::borrow::Cow;
use std::cell::RefCell;
use std::fmt;
use std::ops::Deref;
use std::rc::Rc;

use crate::handle::{Gc, GcAny};

/// The heap's table of rooted handles, shared with every [`Root`] so a root can unregister itself on
/// drop without access to the heap.
#[derive(Default)]
pub(crate) struct RootTable {
    slots: Vec<Option<RootEntry>>,
    free: Vec<u32>,
}

#[derive(Clone)]
pub(crate) struct RootEntry {
    pub(crate) gc: GcAny,
    pub(crate) name: Option<Cow<'static, str>>,
}

pub(crate) type SharedRoots = Rc<RefCell<RootTable>>;

impl RootTable {
    pub(crate) fn add(&mut self, entry: RootEntry) -> u32 {
        match self.free.pop() {
            Some(i) => {
                self.slots[i as usize] = Some(entry);
                i
            }
            None => {
                self.slots.push(Some(entry));
                (self.slots.len() - 1) as u32
            }
        }
    }

    fn remove(&mut self, slot: u32) {
        self.slots[slot as usize] = None;
        self.free.push(slot);
    }

    fn entry(&self, slot: u32) -> RootEntry {
        self.slots[slot as usize]
            .clone()
            .expect("a live Root's slot is occupied")
    }

    /// Every rooted handle with its slot number and name.
    pub(crate) fn entries(&self) -> impl Iterator<Item = (u32, &RootEntry)> {
        self.slots
            .iter()
            .enumerate()
            .filter_map(|(i, e)| e.as_ref().map(|e| (i as u32, e)))
    }

    pub(crate) fn len(&self) -> usize {
        self.slots.len() - self.free.len()
    }
}

/// A handle that keeps its object (and everything it reaches) alive until the `Root` is dropped.
///
/// Roots are for host code that holds objects across calls to `collect`: a global table, an object an
/// embedding API returned to its caller. Derefs to the [`Gc`] it holds. Cloning makes a second root.
/// A `Root` stored inside a heap object is still a root: that object's referents can then never be
/// collected, so heap objects should hold plain `Gc` handles instead.
///
/// # Examples
/// ```
/// use weakgc_heap::Heap;
/// let mut heap = Heap::new();
/// let s = heap.alloc(String::from("kept"));
/// let root = heap.root(s);
/// assert_eq!(heap.get(*root), "kept");
/// assert_eq!(heap.root_count(), 1);
/// drop(root);
/// assert_eq!(heap.root_count(), 0);
/// ```
pub struct Root<T: ?Sized> {
    table: SharedRoots,
    slot: u32,
    gc: Gc<T>,
}

impl<T: ?Sized> Root<T> {
    pub(crate) fn new(table: &SharedRoots, gc: Gc<T>, name: Option<Cow<'static, str>>) -> Root<T> {
        let slot = table.borrow_mut().add(RootEntry { gc: gc.raw, name });
        Root {
            table: table.clone(),
            slot,
            gc,
        }
    }

    /// The rooted handle.
    pub fn gc(this: &Self) -> Gc<T> {
        this.gc
    }

    /// The name given with [`Heap::root_named`](crate::Heap::root_named), shown in retention paths.
    pub fn name(this: &Self) -> Option<Cow<'static, str>> {
        this.table.borrow().entry(this.slot).name
    }

    /// Keeps the object rooted for the rest of the heap's life and returns its handle: the idiom for
    /// globals and builtins, which an interpreter never unroots. Unlike `mem::forget(root)`, it
    /// leaks nothing: the heap's root table, with this entry, is freed with the heap, and the
    /// entry keeps its name in retention paths. [`Heap::root_forever`](crate::Heap::root_forever)
    /// is the short form.
    ///
    /// # Examples
    /// ```
    /// use weakgc_heap::{Heap, Root};
    /// let mut heap = Heap::new();
    /// let builtins = heap.alloc(vec![String::from("print")]);
    /// let builtins = Root::leak(heap.root_named(builtins, "builtins"));
    /// assert_eq!(heap.root_count(), 1);
    /// assert_eq!(heap.get(builtins)[0], "print"); // a plain, `Copy` handle from now on
    /// ```
    pub fn leak(mut this: Self) -> Gc<T> {
        this.slot = LEAKED;
        this.gc
    }
}

impl<T: ?Sized> Deref for Root<T> {
    type Target = Gc<T>;
    fn deref(&self) -> &Gc<T> {
        &self.gc
    }
}

impl<T: ?Sized> Clone for Root<T> {
    fn clone(&self) -> Self {
        let entry = self.table.borrow().entry(self.slot);
        let slot = self.table.borrow_mut().add(entry);
        Root {
            table: self.table.clone(),
            slot,
            gc: self.gc,
        }
    }
}

/// The slot of a [`Root::leak`]ed root, whose table entry stays until the heap is dropped.
const LEAKED: u32 = u32::MAX;

impl<T: ?Sized> Drop for Root<T> {
    fn drop(&mut self) {
        if self.slot != LEAKED {
            self.table.borrow_mut().remove(self.slot);
        }
    }
}

impl<T: ?Sized> fmt::Debug for Root<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Root({:?})", self.gc)
    }
}
