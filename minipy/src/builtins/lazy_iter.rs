//! The lazy iterators builtins return, as CPython's: `map`, `filter`, `enumerate`, `zip` and
//! `iter(callable, sentinel)` pull one value at a time from what they wrap, so they work on
//! endless iterators and see a list that changes while they run.

use crate::runtime::exceptions::PyResult;
use crate::runtime::interp::Interp;
use crate::runtime::iter_state::IterState;
use crate::runtime::object::{ObjKind, Value};

pub use crate::runtime::iter_state::Adapter;

impl Interp {
    /// A new adapter iterator object.
    pub fn new_adapter(&mut self, a: Adapter) -> PyResult<Value> {
        self.alloc(ObjKind::Iter(IterState::Adapter(Box::new(a))))
    }

    /// Roots what `state` holds. A step runs with the adapter moved out of its iterator object
    /// (`IterState::Shared`), so untraced, and it calls Python code that may collect.
    fn root_state(&mut self, state: &IterState) {
        match state {
            IterState::Seq(v, _)
            | IterState::Str(v, _)
            | IterState::Dict(v, ..)
            | IterState::Set(v, ..)
            | IterState::Shared(v)
            | IterState::User(v)
            | IterState::GetItem(v, _) => self.push_temp(*v),
            IterState::Values(items, pos, _) => {
                let rest = items.get(*pos..).unwrap_or(&[]).to_vec();
                self.roots.temps.extend(rest);
            }
            IterState::Adapter(a) => self.root_adapter(a),
            // A weak generator roots its own strong parts (`modules::weak_iter`).
            IterState::WeakGen(_)
            | IterState::Range(..)
            | IterState::Weak(..)
            | IterState::Done(_) => {}
        }
    }

    fn root_adapter(&mut self, a: &Adapter) {
        match a {
            Adapter::Map(f, states) => {
                self.push_temp(*f);
                for s in states {
                    self.root_state(s);
                }
            }
            Adapter::Filter(f, s) => {
                if let Some(f) = f {
                    self.push_temp(*f);
                }
                self.root_state(s);
            }
            Adapter::Enumerate(s, _) => self.root_state(s),
            Adapter::Zip(states, _) => {
                for s in states {
                    self.root_state(s);
                }
            }
            Adapter::Call(f, sentinel) => {
                self.push_temp(*f);
                self.push_temp(*sentinel);
            }
            Adapter::Lines(f) => self.push_temp(*f),
        }
    }

    /// One step of an adapter; `None` when it is exhausted.
    pub fn adapter_step(&mut self, a: &mut Adapter) -> PyResult<Option<Value>> {
        self.root_adapter(a);
        match a {
            Adapter::Map(f, states) => {
                let f = *f;
                let mut args = Vec::with_capacity(states.len());
                for s in states.iter_mut() {
                    match self.iter_next(s)? {
                        Some(v) => args.push(v),
                        None => return Ok(None),
                    }
                }
                self.call(f, args, Vec::new()).map(Some)
            }
            Adapter::Filter(f, s) => {
                let f = *f;
                while let Some(v) = self.iter_next(s)? {
                    let keep = match f {
                        Some(f) => self.call(f, vec![v], Vec::new())?,
                        None => v,
                    };
                    if self.truthy(keep)? {
                        return Ok(Some(v));
                    }
                }
                Ok(None)
            }
            Adapter::Enumerate(s, n) => match self.iter_next(s)? {
                Some(v) => {
                    let i = self.int_value(*n)?;
                    *n = n.saturating_add(1);
                    self.alloc(ObjKind::Tuple(vec![i, v])).map(Some)
                }
                None => Ok(None),
            },
            Adapter::Zip(states, strict) => {
                if states.is_empty() {
                    return Ok(None);
                }
                let mut row = Vec::with_capacity(states.len());
                for i in 0..states.len() {
                    match self.iter_next(&mut states[i])? {
                        Some(v) => row.push(v),
                        None if *strict && i > 0 => {
                            let others = if i == 1 {
                                "argument 1".to_string()
                            } else {
                                format!("arguments 1-{i}")
                            };
                            return Err(self.value_error(format!(
                                "zip() argument {} is shorter than {others}",
                                i + 1
                            )));
                        }
                        None if *strict => {
                            for (j, other) in states.iter_mut().enumerate().skip(1) {
                                if self.iter_next(other)?.is_some() {
                                    let others = if j == 1 {
                                        "argument 1".to_string()
                                    } else {
                                        format!("arguments 1-{j}")
                                    };
                                    return Err(self.value_error(format!(
                                        "zip() argument {} is longer than {others}",
                                        j + 1
                                    )));
                                }
                            }
                            return Ok(None);
                        }
                        None => return Ok(None),
                    }
                }
                self.alloc(ObjKind::Tuple(row)).map(Some)
            }
            Adapter::Lines(f) => self.file_next_line(*f),
            Adapter::Call(f, sentinel) => {
                let (f, sentinel) = (*f, *sentinel);
                let v = self.call(f, Vec::new(), Vec::new())?;
                self.push_temp(v);
                if self.eq(v, sentinel)? {
                    return Ok(None);
                }
                Ok(Some(v))
            }
        }
    }
}
