//! The `random` module: a xoshiro256** generator (not CPython's Mersenne Twister), so a seeded
//! script gets a repeatable sequence that differs from CPython's. docs/semantics.md says so.
//! The functions keep CPython's argument checks and error messages.

use std::cell::Cell;

use crate::builtins::Builtin;
use crate::runtime::exceptions::{Exc, PyResult};
use crate::runtime::interp::Interp;
use crate::runtime::object::{Attrs, ObjKind, Value};

use super::stdlib::Kwargs;

thread_local! {
    /// The generator's state; all zero until first use or `seed()`. One per thread, as each
    /// interpreter runs on a thread of its own.
    static STATE: Cell<[u64; 4]> = const { Cell::new([0; 4]) };
}

fn splitmix(x: &mut u64) -> u64 {
    *x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *x;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

fn seed_state(seed: u64) {
    let mut x = seed;
    STATE.with(|s| {
        s.set([
            splitmix(&mut x),
            splitmix(&mut x),
            splitmix(&mut x),
            splitmix(&mut x),
        ])
    });
}

/// Seeds the generator from the clock if nothing has seeded it yet, so `getstate()` before any
/// draw returns the state the first draw would use.
fn next_state_touch() {
    if STATE.with(Cell::get) == [0; 4] {
        next_u64();
    }
}

/// The next 64 random bits.
fn next_u64() -> u64 {
    STATE.with(|cell| {
        let mut s = cell.get();
        if s == [0; 4] {
            let t = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos() as u64)
                .unwrap_or(0);
            let mut x = t ^ u64::from(std::process::id());
            s = [
                splitmix(&mut x),
                splitmix(&mut x),
                splitmix(&mut x),
                splitmix(&mut x),
            ];
        }
        let result = s[1].wrapping_mul(5).rotate_left(7).wrapping_mul(9);
        let t = s[1] << 17;
        s[2] ^= s[0];
        s[3] ^= s[1];
        s[1] ^= s[2];
        s[0] ^= s[3];
        s[2] ^= t;
        s[3] = s[3].rotate_left(45);
        cell.set(s);
        result
    })
}

/// A float uniform in [0, 1) with 53 random bits, as CPython's `random()`.
fn next_f64() -> f64 {
    (next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
}

/// A uniform integer in [0, n), without modulo bias. `n > 0`.
fn below(n: u64) -> u64 {
    let zone = u64::MAX - (u64::MAX % n);
    loop {
        let r = next_u64();
        if r < zone {
            return r % n;
        }
    }
}

/// The functions of `random`.
const RANDOM_FUNCTIONS: &[Builtin] = &[
    Builtin::RandSeed,
    Builtin::RandRandom,
    Builtin::RandUniform,
    Builtin::RandRandint,
    Builtin::RandRandrange,
    Builtin::RandChoice,
    Builtin::RandChoices,
    Builtin::RandShuffle,
    Builtin::RandSample,
    Builtin::RandGauss,
    Builtin::RandGetRandBits,
    Builtin::RandGetState,
    Builtin::RandSetState,
];

impl Interp {
    /// Fills the `random` module.
    pub(super) fn random_attrs(&mut self, attrs: &mut Attrs) -> PyResult<()> {
        self.add_module_functions(attrs, RANDOM_FUNCTIONS)
    }

    /// An integer argument of `randrange`: floats are refused as CPython 3.11 refuses
    /// non-integral ones.
    fn randrange_arg(&mut self, v: Value, n: usize) -> PyResult<i64> {
        if let Some(i) = self.as_int(v) {
            return Ok(i);
        }
        if let ObjKind::Float(f) = self.obj(v) {
            if f.fract() == 0.0 && f.abs() < 9.2e18 {
                return Ok(*f as i64);
            }
            return Err(self.value_error(format!("non-integer arg {n} for randrange()")));
        }
        self.index_arg(v)
    }

    fn randrange(&mut self, start: i64, stop: Option<i64>, step: i64) -> PyResult<i64> {
        let Some(stop) = stop else {
            if start > 0 {
                return Ok(below(start as u64) as i64);
            }
            return Err(self.value_error("empty range for randrange()"));
        };
        let width = i128::from(stop) - i128::from(start);
        let n = if step == 1 {
            width
        } else if step == 0 {
            return Err(self.value_error("zero step for randrange()"));
        } else {
            (width + i128::from(step) + if step > 0 { -1 } else { 1 }) / i128::from(step)
        };
        if n <= 0 {
            return Err(self.value_error(format!(
                "empty range for randrange() ({start}, {stop}, {})",
                if step == 1 { width } else { i128::from(step) }
            )));
        }
        Ok((i128::from(start) + i128::from(step) * i128::from(below(n as u64))) as i64)
    }

    /// A sequence argument's items (`choice`, `sample`, `shuffle`'s source).
    fn population(&mut self, v: Value, what: &str) -> PyResult<Vec<Value>> {
        match self.obj(v) {
            ObjKind::Set(_) | ObjKind::FrozenSet(_) | ObjKind::Dict(_) if what == "sample" => {
                Err(self.type_error(
                    "Population must be a sequence.  For dicts or sets, use sorted(d).",
                ))
            }
            _ => self.collect_iter(v),
        }
    }

    /// Calls a `random` function.
    pub(super) fn random_call(
        &mut self,
        id: Builtin,
        args: &[Value],
        kw: &mut Kwargs,
    ) -> PyResult<Value> {
        use Builtin as B;
        let name = id.name();
        match id {
            B::RandSeed => {
                let a = kw.take("a").or(args.first().copied());
                self.check_arity(name, args, 0, 2)?;
                let seed = match a {
                    None => next_u64() ^ 0x5DEE_CE66,
                    Some(v) if self.is_none(v) => {
                        std::time::SystemTime::now()
                            .duration_since(std::time::UNIX_EPOCH)
                            .map(|d| d.as_nanos() as u64)
                            .unwrap_or(0)
                    }
                    Some(v) => match self.obj(v) {
                        ObjKind::Int(_)
                        | ObjKind::BigInt(_)
                        | ObjKind::Bool(_)
                        | ObjKind::Float(_)
                        | ObjKind::Str(_) => self.hash(v)? as u64,
                        _ => {
                            return Err(self.type_error(
                                "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.",
                            ))
                        }
                    },
                };
                seed_state(seed);
                Ok(self.none())
            }
            B::RandRandom => {
                self.check_arity(name, args, 0, 0)?;
                self.alloc(ObjKind::Float(next_f64()))
            }
            B::RandUniform => {
                self.check_arity(name, args, 2, 2)?;
                let a = self.real_arg(args[0])?;
                let b = self.real_arg(args[1])?;
                self.alloc(ObjKind::Float(a + (b - a) * next_f64()))
            }
            B::RandGauss => {
                self.check_arity(name, args, 0, 2)?;
                let mu = match args.first() {
                    Some(v) => self.real_arg(*v)?,
                    None => 0.0,
                };
                let sigma = match args.get(1) {
                    Some(v) => self.real_arg(*v)?,
                    None => 1.0,
                };
                // Box-Muller.
                let u1 = 1.0 - next_f64();
                let u2 = next_f64();
                let z = (-2.0 * u1.ln()).sqrt() * (std::f64::consts::TAU * u2).cos();
                self.alloc(ObjKind::Float(mu + z * sigma))
            }
            B::RandGetState => {
                // minipy's own state: the generator's four words (CPython's is the Mersenne
                // Twister's 625), for `setstate` and `random.Random`'s instances.
                self.check_arity(name, args, 0, 0)?;
                next_state_touch();
                let words = STATE.with(Cell::get);
                let mut items = Vec::with_capacity(4);
                for w in words {
                    items.push(self.big_value(num_bigint::BigInt::from(w))?);
                }
                self.alloc(ObjKind::Tuple(items))
            }
            B::RandSetState => {
                self.check_arity(name, args, 1, 1)?;
                let bad = || "state must be a tuple of four ints from random.getstate()";
                let items = match self.obj(args[0]) {
                    ObjKind::Tuple(items) if items.len() == 4 => items.clone(),
                    _ => return Err(self.type_error(bad())),
                };
                let mut words = [0u64; 4];
                for (w, v) in words.iter_mut().zip(items) {
                    let Some(b) = self
                        .big_int(v)
                        .cloned()
                        .or_else(|| self.as_int(v).map(Into::into))
                    else {
                        return Err(self.type_error(bad()));
                    };
                    *w = u64::try_from(&b).map_err(|_| self.value_error(bad()))?;
                }
                STATE.with(|s| s.set(words));
                Ok(self.none())
            }
            B::RandGetRandBits => {
                self.check_arity(name, args, 1, 1)?;
                let k = self.index_arg(args[0])?;
                if k < 0 {
                    return Err(self.value_error("number of bits must be non-negative"));
                }
                let mut b = num_bigint::BigInt::from(0);
                let mut left = k;
                while left > 0 {
                    let take = left.min(32);
                    b = (b << take) | num_bigint::BigInt::from(next_u64() >> (64 - take));
                    left -= take;
                }
                self.big_value(b)
            }
            B::RandRandint => {
                self.check_arity(name, args, 2, 2)?;
                let a = self.randrange_arg(args[0], 1)?;
                let b = self.randrange_arg(args[1], 2)?;
                let r = self.randrange(a, Some(b.saturating_add(1)), 1)?;
                self.int_value(r)
            }
            B::RandRandrange => {
                self.check_arity(name, args, 1, 3)?;
                let start = self.randrange_arg(args[0], 1)?;
                let stop = match args.get(1) {
                    Some(v) if !self.is_none(*v) => Some(self.randrange_arg(*v, 2)?),
                    _ => None,
                };
                let step = match args.get(2) {
                    Some(v) => self.randrange_arg(*v, 3)?,
                    None => 1,
                };
                let r = self.randrange(start, stop, step)?;
                self.int_value(r)
            }
            B::RandChoice => {
                self.check_arity(name, args, 1, 1)?;
                let items = self.population(args[0], "choice")?;
                if items.is_empty() {
                    return Err(self.err(Exc::IndexError, "Cannot choose from an empty sequence"));
                }
                Ok(items[below(items.len() as u64) as usize])
            }
            B::RandChoices => self.random_choices(args, kw),
            B::RandShuffle => {
                self.check_arity(name, args, 1, 1)?;
                let list = args[0];
                let Some(items) = self.list_snapshot(list) else {
                    let t = self.type_name(list);
                    return Err(
                        self.type_error(format!("'{t}' object does not support item assignment"))
                    );
                };
                let mut items = items;
                for i in (1..items.len()).rev() {
                    let j = below(i as u64 + 1) as usize;
                    items.swap(i, j);
                }
                if let Some(slot) = self.list_mut(list) {
                    *slot = items;
                }
                Ok(self.none())
            }
            B::RandSample => {
                self.check_arity(name, args, 1, 2)?;
                let k = match kw.take("k").or(args.get(1).copied()) {
                    Some(k) => self.index_arg(k)?,
                    None => {
                        return Err(self.type_error(
                            "Random.sample() missing 1 required keyword-only argument: 'k'",
                        ))
                    }
                };
                let mut pool = self.population(args[0], "sample")?;
                if k < 0 || k as usize > pool.len() {
                    return Err(self.value_error("Sample larger than population or is negative"));
                }
                let mut out = Vec::with_capacity(k as usize);
                for _ in 0..k {
                    let j = below(pool.len() as u64) as usize;
                    out.push(pool.swap_remove(j));
                }
                self.alloc(ObjKind::List(out))
            }
            _ => Err(self.type_error(format!("random.{name} is not a function minipy knows"))),
        }
    }

    fn random_choices(&mut self, args: &[Value], kw: &mut Kwargs) -> PyResult<Value> {
        self.check_arity("choices", args, 1, 2)?;
        let population = self.population(args[0], "choices")?;
        let weights = kw.take("weights").or(args.get(1).copied());
        let cum = kw.take("cum_weights");
        let k = match kw.take("k") {
            Some(k) => self.index_arg(k)?,
            None => 1,
        };
        let none = self.none();
        let weights = weights.filter(|w| *w != none);
        let cum = cum.filter(|w| *w != none);
        let n = population.len();
        let cumulative: Option<Vec<f64>> = match (weights, cum) {
            (Some(_), Some(_)) => {
                return Err(self.type_error("Cannot specify both weights and cumulative weights"))
            }
            (Some(w), None) => {
                let mut acc = 0.0;
                let mut out = Vec::new();
                for v in self.collect_iter(w)? {
                    acc += self.real_arg(v)?;
                    out.push(acc);
                }
                Some(out)
            }
            (None, Some(c)) => {
                let mut out = Vec::new();
                for v in self.collect_iter(c)? {
                    out.push(self.real_arg(v)?);
                }
                Some(out)
            }
            (None, None) => None,
        };
        let mut out = Vec::with_capacity(k.max(0) as usize);
        match cumulative {
            None => {
                if n == 0 && k > 0 {
                    return Err(self.err(Exc::IndexError, "Cannot choose from an empty sequence"));
                }
                for _ in 0..k {
                    out.push(population[(next_f64() * n as f64) as usize]);
                }
            }
            Some(cum) => {
                if cum.len() != n {
                    return Err(
                        self.value_error("The number of weights does not match the population")
                    );
                }
                let total = cum.last().copied().unwrap_or(0.0);
                if total <= 0.0 {
                    return Err(self.value_error("Total of weights must be greater than zero"));
                }
                if !total.is_finite() {
                    return Err(self.value_error("Total of weights must be finite"));
                }
                for _ in 0..k {
                    let x = next_f64() * total;
                    let i = cum.partition_point(|c| *c <= x).min(n - 1);
                    out.push(population[i]);
                }
            }
        }
        self.alloc(ObjKind::List(out))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seeded_sequences_repeat_and_stay_in_range() {
        seed_state(42);
        let a: Vec<u64> = (0..5).map(|_| below(10)).collect();
        seed_state(42);
        let b: Vec<u64> = (0..5).map(|_| below(10)).collect();
        assert_eq!(a, b);
        assert!(a.iter().all(|x| *x < 10));
        assert!((0..1000)
            .map(|_| next_f64())
            .all(|f| (0.0..1.0).contains(&f)));
    }
}
