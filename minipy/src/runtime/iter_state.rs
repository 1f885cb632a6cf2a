//! What an iteration's state is: [`IterState`] for every iterator, the lazy builtin adapters
//! ([`Adapter`]: `map`, `filter`, `zip`...) and the weak containers' generators ([`WeakGen`]).
//! How each one steps is the evaluator's (`crate::eval::iter`, `crate::builtins::lazy_iter`,
//! `crate::modules::weak_iter`); here is only what they hold and trace.

use weakgc::{GcAny, Trace, Tracer, WeakAny};

use crate::runtime::object::{Value, ViewKind};

/// Where an iteration stands.
pub enum IterState {
    /// A list (or list subclass) or tuple, by index.
    Seq(Value, usize),
    /// A string, by byte offset.
    Str(Value, usize),
    /// `range`: the next value, the stop and the step.
    Range(i64, i64, i64),
    /// A dict, set or dict view: the dict, the next position, the version when iteration began.
    Dict(Value, usize, u64, ViewKind),
    /// A set: the set, its positions in CPython's iteration order (`builtins::set_order`), the
    /// next index into them, the version when iteration began.
    Set(Value, Vec<usize>, usize, u64),
    /// Values computed up front, and the type name of the iterator (`bytes_iterator`,
    /// `list_reverseiterator`, `reversed`...).
    Values(Vec<Value>, usize, &'static str),
    /// Objects held weakly (a `WeakKeyDictionary`'s keys, a `WeakSet`); dead ones are skipped.
    Weak(Vec<(GcAny, WeakAny)>, usize),
    /// An object made by `iter()`: steps its own state.
    Shared(Value),
    /// An instance with `__iter__`: calls `__next__` on what `__iter__` returned.
    User(Value),
    /// A weak container's generator (`keys()`, `values()`, `items()`, `iter()`), stepped by
    /// `modules::weak_iter`.
    WeakGen(Box<WeakGen>),
    /// An instance with `__getitem__` but no `__iter__` (the old sequence protocol): calls
    /// `__getitem__(0)`, `__getitem__(1)`, ... until it raises `IndexError` or `StopIteration`.
    GetItem(Value, i64),
    /// `map`, `filter`, `enumerate`, `zip`, `iter(callable, sentinel)` (`builtins::lazy_iter`).
    Adapter(Box<Adapter>),
    /// Finished: the name of the iterator type it was (`list_iterator`), which it stays.
    Done(&'static str),
}

impl Trace for IterState {
    fn trace(&self, tracer: &mut Tracer) {
        match self {
            IterState::Seq(v, _)
            | IterState::Str(v, _)
            | IterState::Dict(v, ..)
            | IterState::Set(v, ..)
            | IterState::Shared(v)
            | IterState::User(v)
            | IterState::GetItem(v, _) => tracer.edge(*v),
            IterState::Values(items, ..) => items.trace(tracer),
            IterState::WeakGen(g) => g.trace(tracer),
            IterState::Adapter(a) => a.trace(tracer),
            IterState::Range(..) | IterState::Weak(..) | IterState::Done(_) => {}
        }
    }
}

/// How many values `range(start, stop, step)` yields.
pub fn range_len(start: i64, stop: i64, step: i64) -> usize {
    let (start, stop, step) = (start as i128, stop as i128, step as i128);
    let n = if step > 0 && start < stop {
        (stop - start + step - 1) / step
    } else if step < 0 && start > stop {
        (start - stop - step - 1) / -step
    } else {
        0
    };
    n.min(usize::MAX as i128) as usize
}

/// Whether `range(start, stop, step)` yields `i`.
pub fn range_contains(start: i64, stop: i64, step: i64, i: i64) -> bool {
    let in_bounds = if step > 0 {
        start <= i && i < stop
    } else {
        stop < i && i <= start
    };
    in_bounds && (i as i128 - start as i128) % step as i128 == 0
}

/// What an adapter iterator does at each step.
pub enum Adapter {
    /// `map(func, *iterables)`.
    Map(Value, Vec<IterState>),
    /// `filter(func_or_None, iterable)`.
    Filter(Option<Value>, IterState),
    /// `enumerate(iterable, start)`: the next count.
    Enumerate(IterState, i64),
    /// `zip(*iterables, strict=)`.
    Zip(Vec<IterState>, bool),
    /// `iter(callable, sentinel)`.
    Call(Value, Value),
    /// A text file's lines, read one at a time (so `for line in sys.stdin` streams).
    Lines(Value),
}

impl Trace for Adapter {
    fn trace(&self, tracer: &mut Tracer) {
        match self {
            Adapter::Map(f, states) => {
                tracer.edge(*f);
                for s in states {
                    s.trace(tracer);
                }
            }
            Adapter::Filter(f, s) => {
                f.trace(tracer);
                s.trace(tracer);
            }
            Adapter::Enumerate(s, _) => s.trace(tracer),
            Adapter::Zip(states, _) => {
                for s in states {
                    s.trace(tracer);
                }
            }
            Adapter::Call(f, sentinel) => {
                tracer.edge(*f);
                tracer.edge(*sentinel);
            }
            Adapter::Lines(f) => tracer.edge(*f),
        }
    }
}

impl Adapter {
    /// The Python type name (`map`, `zip`, ...).
    pub fn type_name(&self) -> &'static str {
        match self {
            Adapter::Map(..) => "map",
            Adapter::Filter(..) => "filter",
            Adapter::Enumerate(..) => "enumerate",
            Adapter::Zip(..) => "zip",
            Adapter::Call(..) => "callable_iterator",
            Adapter::Lines(..) => "_io.TextIOWrapper",
        }
    }
}

/// One entry as the generator saw it: the strongly held part (a `WeakKeyDictionary` value, a
/// `WeakValueDictionary` key; none for a `WeakSet` member) and the weakly held one.
#[derive(Clone, Copy)]
pub(crate) struct WeakEntry {
    pub(crate) strong: Option<Value>,
    pub(crate) weak: (GcAny, WeakAny),
}

/// A weak container's generator (see the module doc).
pub struct WeakGen {
    /// The container; the generator keeps it alive, as the generator frame's `self` does.
    pub(crate) table: Value,
    /// `WeakKeyDictionary.keys` and the like, for the repr.
    pub qualname: &'static str,
    /// What each step yields.
    pub(crate) what: ViewKind,
    /// The entries, once the first step took them.
    pub(crate) entries: Option<Vec<WeakEntry>>,
    /// A list of the entries' strong parts, which keeps them alive: a step runs with the state
    /// moved out of its object (so untraced), and it roots this one list rather than each entry.
    pub(crate) strong_parts: Option<Value>,
    /// The next entry to look at.
    pub(crate) pos: usize,
    /// The container's length when the snapshot was taken.
    pub(crate) len_at_start: usize,
    /// How many snapshot entries were last seen dead.
    pub(crate) dead: usize,
    /// Whether the generator is over (exhausted, or it raised): it yields nothing more.
    pub(crate) finished: bool,
}

impl WeakGen {
    pub(crate) fn new(table: Value, qualname: &'static str, what: ViewKind) -> WeakGen {
        WeakGen {
            table,
            qualname,
            what,
            entries: None,
            strong_parts: None,
            pos: 0,
            len_at_start: 0,
            dead: 0,
            finished: false,
        }
    }
}

impl Trace for WeakGen {
    fn trace(&self, tracer: &mut Tracer) {
        tracer.edge(self.table);
        self.strong_parts.trace(tracer);
    }
}
