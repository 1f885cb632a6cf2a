//! The functions of the builtins namespace: `print`, `len`, `sorted`, `isinstance`, `getattr`, ...

use crate::builtins::lazy_iter::Adapter;
use crate::builtins::Builtin;
use crate::runtime::exceptions::{Exc, PyResult};
use crate::runtime::interp::Interp;
use crate::runtime::object::{ObjKind, Value};
use crate::runtime::str_text::StrText;
use crate::syntax::ast::Name;

impl Interp {
    /// `callable(v)`.
    pub fn is_callable(&self, v: Value) -> bool {
        match self.obj(v) {
            ObjKind::Function(_)
            | ObjKind::Builtin(..)
            | ObjKind::Method(..)
            | ObjKind::Class(_)
            | ObjKind::WeakRef(_)
            | ObjKind::Finalize(_)
            | ObjKind::StaticMethod(_) => true,
            ObjKind::Proxy(p) => p.callable,
            ObjKind::Instance(_) => self.special_method(v, "__call__").is_some(),
            _ => false,
        }
    }

    /// Calls a builtin that is a function (no receiver).
    pub(super) fn call_function_builtin(&mut self, id: Builtin, args: &[Value]) -> PyResult<Value> {
        use Builtin as B;
        let name = id.name();
        let unwrapped: Vec<Value>;
        let args = match id {
            // Numeric and text builtins take a `class Money(int)` instance as its value, unless
            // its class says otherwise (`__round__`, `__abs__`...).
            B::Round | B::Abs | B::Divmod | B::Pow | B::Chr | B::Ord | B::Hex | B::Oct | B::Bin
                if args.iter().any(|a| self.base_value(*a).is_some()) =>
            {
                let own = match id {
                    B::Round => "__round__",
                    B::Abs => "__abs__",
                    B::Divmod => "__divmod__",
                    B::Pow => "__pow__",
                    _ => "__index__",
                };
                unwrapped = args
                    .iter()
                    .map(|a| match self.special_method(*a, own) {
                        Some(_) => *a,
                        None => self.unwrap_value(*a),
                    })
                    .collect();
                &unwrapped[..]
            }
            _ => args,
        };
        match id {
            B::Len => {
                self.check_arity(name, args, 1, 1)?;
                let n = self.len_of(args[0])?;
                self.int_value(n as i64)
            }
            B::Repr => {
                self.check_arity(name, args, 1, 1)?;
                let s = self.repr(args[0])?;
                self.str_value(&s)
            }
            B::IsInstance | B::IsSubclass => {
                self.check_arity(name, args, 2, 2)?;
                if id == B::IsInstance && matches!(self.obj(args[0]), ObjKind::Proxy(_)) {
                    return self
                        .proxy_isinstance(args[0], args[1])
                        .map(|r| self.bool_value(r));
                }
                if let ObjKind::Instance(_) = self.obj(args[1]) {
                    // `isinstance(x, typing.Iterable)`: an object with the hook.
                    let hook = if id == B::IsInstance {
                        "__instancecheck__"
                    } else {
                        "__subclasscheck__"
                    };
                    if let Some(f) = self.special_method(args[1], hook) {
                        let r = self.call(f, vec![args[1], args[0]], Vec::new())?;
                        let r = self.truthy(r)?;
                        return Ok(self.bool_value(r));
                    }
                }
                if let ObjKind::Class(c) = self.obj(args[1]) {
                    if let Some(meta) = c.metaclass {
                        let hook = if id == B::IsInstance {
                            "__instancecheck__"
                        } else {
                            "__subclasscheck__"
                        };
                        if let Some(f) = self.class_lookup(meta, hook) {
                            let r = self.call(f, vec![args[1], args[0]], Vec::new())?;
                            let r = self.truthy(r)?;
                            return Ok(self.bool_value(r));
                        }
                    }
                }
                let subject = if id == B::IsInstance {
                    self.type_of(args[0])
                } else if self.is_class(args[0]) {
                    args[0]
                } else {
                    return Err(self.type_error("issubclass() arg 1 must be a class"));
                };
                let r = self.class_matches(subject, args[1], name)?;
                Ok(self.bool_value(r))
            }
            B::Hash => {
                self.check_arity(name, args, 1, 1)?;
                let h = self.hash(args[0])?;
                self.int_value(h)
            }
            B::Id => {
                self.check_arity(name, args, 1, 1)?;
                let id = self.id_of(args[0]);
                self.int_value(id as i64)
            }
            B::GetAttr => {
                self.check_arity(name, args, 2, 3)?;
                let attr = self.expect_str(args[1], "attribute name")?;
                let found = match self.getattr_opt(args[0], &attr) {
                    // A class's `__getattr__` raising `AttributeError` means "no such attribute".
                    Err(e) if args.len() == 3 && self.err_is(&e, Exc::AttributeError) => None,
                    r => r?,
                };
                match (found, args.get(2)) {
                    (Some(v), _) => Ok(v),
                    (None, Some(default)) => Ok(*default),
                    (None, None) => Err(self.attribute_error(args[0], &attr)),
                }
            }
            B::HasAttr => {
                self.check_arity(name, args, 2, 2)?;
                let attr = self.expect_str(args[1], "attribute name")?;
                let found = match self.getattr_opt(args[0], &attr) {
                    Ok(v) => v.is_some(),
                    Err(e) if self.err_is(&e, Exc::AttributeError) => false,
                    Err(e) => return Err(e),
                };
                Ok(self.bool_value(found))
            }
            B::SetAttr => {
                self.check_arity(name, args, 3, 3)?;
                let attr = self.expect_str(args[1], "attribute name")?;
                self.setattr(args[0], &attr.to_rc(), args[2])?;
                Ok(self.none())
            }
            B::DelAttr => {
                self.check_arity(name, args, 2, 2)?;
                let attr = self.expect_str(args[1], "attribute name")?;
                self.delattr(args[0], &attr)?;
                Ok(self.none())
            }
            B::Abs => {
                self.check_arity(name, args, 1, 1)?;
                match self.as_num(args[0]) {
                    Some(crate::eval::ops::Num::Int(i)) => match i.checked_abs() {
                        Some(a) => self.int_value(a),
                        None => {
                            self.big_value(num_bigint::BigInt::from(i).magnitude().clone().into())
                        }
                    },
                    Some(crate::eval::ops::Num::Float(f)) => self.float_value(f.abs()),
                    None if self.big_int(args[0]).is_some() => {
                        let b = self.to_big(args[0]).unwrap_or_default();
                        self.big_unary(&b, 'a')
                    }
                    None if matches!(self.obj(args[0]), ObjKind::Complex(..)) => {
                        let z = self
                            .as_complex(args[0])?
                            .unwrap_or(crate::runtime::complex::Complex::new(0.0, 0.0));
                        match z.abs() {
                            Some(r) => self.float_value(r),
                            None => Err(self.err(Exc::OverflowError, "absolute value too large")),
                        }
                    }
                    None => {
                        if let Some(f) = self.special_method(args[0], "__abs__") {
                            return self.call(f, vec![args[0]], Vec::new());
                        }
                        let t = self.type_name(args[0]);
                        Err(self.type_error(format!("bad operand type for abs(): '{t}'")))
                    }
                }
            }
            B::Min | B::Max => {
                let items = match args {
                    [one] => self.collect_iter(*one)?,
                    [] => {
                        return Err(
                            self.type_error(format!("{name} expected at least 1 argument, got 0"))
                        )
                    }
                    many => many.to_vec(),
                };
                let Some(mut best) = items.first().copied() else {
                    return Err(self.value_error(format!("{name}() arg is an empty sequence")));
                };
                for v in items.into_iter().skip(1) {
                    let better = if id == B::Min {
                        self.less_than(v, best)?
                    } else {
                        self.greater_than(v, best)?
                    };
                    if better {
                        best = v;
                    }
                }
                Ok(best)
            }
            B::Sum => {
                self.check_arity(name, args, 1, 2)?;
                let mut total = match args.get(1) {
                    Some(start) => *start,
                    None => self.int_value(0)?,
                };
                // Adds as it goes, as CPython: each item is added before the next is made, and
                // only the running total stays rooted.
                let mut state = self.iter_start(args[0])?;
                let height = self.temps_height();
                self.push_temp(total);
                let add = crate::syntax::ast::BinOp::Add;
                while let Some(v) = self.iter_next(&mut state)? {
                    total = match self.arith_fast(add, total, v) {
                        Some(r) => r?,
                        None => self.binop(add, total, v)?,
                    };
                    self.truncate_temps(height);
                    self.push_temp(total);
                }
                Ok(total)
            }
            B::Any | B::All => {
                self.check_arity(name, args, 1, 1)?;
                let want = id == B::Any;
                let mut state = self.iter_start(args[0])?;
                while let Some(v) = self.iter_next(&mut state)? {
                    if self.truthy(v)? == want {
                        return Ok(self.bool_value(want));
                    }
                }
                Ok(self.bool_value(!want))
            }
            B::Enumerate => {
                self.check_arity(name, args, 1, 2)?;
                let start = match args.get(1) {
                    Some(s) => match self.strict_int(*s) {
                        Some(i) => i,
                        None => {
                            let t = self.type_name(*s);
                            return Err(self.type_error(format!(
                                "'{t}' object cannot be interpreted as an integer"
                            )));
                        }
                    },
                    None => 0,
                };
                let state = self.iter_start(args[0])?;
                self.new_adapter(Adapter::Enumerate(state, start))
            }
            B::Zip => self.builtin_zip_lazy(args, false),
            B::Reversed => {
                self.check_arity(name, args, 1, 1)?;
                let name = match self.obj(args[0]) {
                    ObjKind::Range(..) => "range_iterator",
                    ObjKind::Dict(_) => "dict_reversekeyiterator",
                    _ if self.list_ref(args[0]).is_some() => "list_reverseiterator",
                    _ => "reversed",
                };
                let mut items = self.collect_iter(args[0])?;
                items.reverse();
                self.new_iterator(items, name)
            }
            B::Iter => {
                self.check_arity(name, args, 1, 2)?;
                if let Some(&sentinel) = args.get(1) {
                    if !self.is_callable(args[0]) {
                        return Err(self.type_error("iter(v, w): v must be callable"));
                    }
                    return self.new_adapter(Adapter::Call(args[0], sentinel));
                }
                if let ObjKind::Iter(_) | ObjKind::Generator(_) = self.obj(args[0]) {
                    return Ok(args[0]);
                }
                // `__iter__` of the weak containers is a generator function in CPython.
                let keys = crate::runtime::object::ViewKind::Keys;
                if let Some(g) = self.weak_generator(args[0], keys)? {
                    return Ok(g);
                }
                let state = self.iter_start(args[0])?;
                self.alloc(ObjKind::Iter(state))
            }
            B::Next => {
                self.check_arity(name, args, 1, 2)?;
                if let ObjKind::Generator(_) = self.obj(args[0]) {
                    let none = self.none();
                    return match (self.gen_send(args[0], none), args.get(1)) {
                        (Err(e), Some(d)) if self.err_is(&e, Exc::StopIteration) => Ok(*d),
                        (r, _) => r,
                    };
                }
                let mut state = crate::runtime::iter_state::IterState::Shared(args[0]);
                if !matches!(self.obj(args[0]), ObjKind::Iter(_)) {
                    if self.special_method(args[0], "__next__").is_none() {
                        let t = self.type_name(args[0]);
                        return Err(self.type_error(format!("'{t}' object is not an iterator")));
                    }
                    state = crate::runtime::iter_state::IterState::User(args[0]);
                }
                match (self.iter_next(&mut state)?, args.get(1)) {
                    (Some(v), _) => Ok(v),
                    (None, Some(d)) => Ok(*d),
                    (None, None) => {
                        let class = self.exc_class(Exc::StopIteration);
                        Err(self.err_with(class, Vec::new()))
                    }
                }
            }
            B::Callable => {
                self.check_arity(name, args, 1, 1)?;
                let c = self.is_callable(args[0]);
                Ok(self.bool_value(c))
            }
            B::Chr => {
                self.check_arity(name, args, 1, 1)?;
                let i = self.expect_int(args[0], "chr() argument")?;
                match u32::try_from(i).ok().and_then(char::from_u32) {
                    Some(c) => self.str_value(&c.to_string()),
                    None => Err(self.value_error("chr() arg not in range(0x110000)")),
                }
            }
            B::Ord => {
                self.check_arity(name, args, 1, 1)?;
                let s = self.expect_str(args[0], "ord() argument")?;
                let mut chars = s.chars();
                match (chars.next(), chars.next()) {
                    (Some(c), None) => self.int_value(c as i64),
                    _ => Err(self.type_error(format!(
                        "ord() expected a character, but string of length {} found",
                        s.chars().count()
                    ))),
                }
            }
            B::Round => {
                self.check_arity(name, args, 1, 2)?;
                self.builtin_round(args)
            }
            B::Divmod => {
                self.check_arity(name, args, 2, 2)?;
                let (a, b) = (args[0], args[1]);
                let real = |s: &Self, v: Value| {
                    s.as_num(v).is_some() || matches!(s.obj(v), ObjKind::BigInt(_))
                };
                if real(self, a) && real(self, b) {
                    use crate::eval::ops::Num;
                    if let (Some(x), Some(Num::Float(0.0) | Num::Int(0))) =
                        (self.as_num(a), self.as_num(b))
                    {
                        // CPython names the operation when a float is involved (its floor
                        // division and modulo say "float floor division", "float modulo").
                        let msg = if matches!(x, Num::Float(_))
                            || matches!(self.as_num(b), Some(Num::Float(_)))
                        {
                            "float divmod()"
                        } else {
                            "integer division or modulo by zero"
                        };
                        return Err(self.err(Exc::ZeroDivisionError, msg));
                    }
                    let q = self.binop(crate::syntax::ast::BinOp::FloorDiv, a, b)?;
                    self.push_temp(q);
                    let r = self.binop(crate::syntax::ast::BinOp::Mod, a, b)?;
                    return self.alloc(ObjKind::Tuple(vec![q, r]));
                }
                let not_impl = self.not_implemented();
                for (recv, other, hook) in [(a, b, "__divmod__"), (b, a, "__rdivmod__")] {
                    if let Some(f) = self.special_method(recv, hook) {
                        let r = self.call(f, vec![recv, other], Vec::new())?;
                        if r != not_impl {
                            return Ok(r);
                        }
                    }
                }
                let (ta, tb) = (self.type_name(a), self.type_name(b));
                Err(self.type_error(format!(
                    "unsupported operand type(s) for divmod(): '{ta}' and '{tb}'"
                )))
            }
            B::Map => {
                if args.len() < 2 {
                    return Err(self.type_error("map() must have at least two arguments."));
                }
                let mut states = Vec::with_capacity(args.len() - 1);
                for a in &args[1..] {
                    states.push(self.iter_start(*a)?);
                }
                self.new_adapter(Adapter::Map(args[0], states))
            }
            B::Filter => {
                self.check_arity(name, args, 2, 2)?;
                let f = (!matches!(self.obj(args[0]), ObjKind::None)).then_some(args[0]);
                let state = self.iter_start(args[1])?;
                self.new_adapter(Adapter::Filter(f, state))
            }
            B::DunderImport => {
                // `__import__(name, globals, locals, fromlist, level)`: the top package for a
                // dotted name unless `fromlist` asks for names from the module itself.
                self.check_arity(name, args, 1, 5)?;
                let module_name = self.expect_str(args[0], "__import__() argument 1")?;
                if args
                    .get(4)
                    .and_then(|l| self.as_int(*l))
                    .is_some_and(|l| l != 0)
                {
                    return Err(self.err(
                        Exc::NotImplementedError,
                        "minipy's __import__() has no relative imports (level > 0)",
                    ));
                }
                let module = self.import_module(&module_name)?;
                let from_list = match args.get(3) {
                    Some(f) => self.truthy(*f)?,
                    None => false,
                };
                match module_name.split_once('.') {
                    Some((top, _)) if !from_list => self.import_module(top),
                    _ => Ok(module),
                }
            }
            B::Globals => {
                self.check_arity(name, args, 0, 0)?;
                // The calling frame's module, as CPython's; at exit, while `__main__`'s last
                // finalizers run, the globals are no longer a root but their frames hold them.
                let globals = self.roots.frames.last().map(|f| f.globals);
                match globals.or(self.roots.globals) {
                    Some(env) => self.globals_dict(env),
                    None => self.alloc(ObjKind::Dict(crate::runtime::dict::Dict::new())),
                }
            }
            _ => match self.call_new_function(id, args) {
                Some(r) => r,
                None => self.module_function(id, args),
            },
        }
    }

    /// An iterator over precomputed values (what `reversed` returns), of type `name`.
    fn new_iterator(&mut self, items: Vec<Value>, name: &'static str) -> PyResult<Value> {
        self.alloc(ObjKind::Iter(
            crate::runtime::iter_state::IterState::Values(items, 0, name),
        ))
    }

    /// `isinstance`/`issubclass` against a class or a tuple of classes.
    /// `isinstance(p, spec)` for a proxy, as CPython's `object_isinstance`: each class in turn,
    /// first by the proxy's own type, then by its `__class__` (the referent's class, so a dead
    /// proxy raises `ReferenceError` once that is needed).
    fn proxy_isinstance(&mut self, p: Value, spec: Value) -> PyResult<bool> {
        if let ObjKind::Tuple(items) = self.obj(spec) {
            for c in items.clone() {
                if self.proxy_isinstance(p, c)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        let own = self.type_of(p);
        if self.class_matches(own, spec, "isinstance")? {
            return Ok(true);
        }
        let class = self.getattr(p, "__class__")?;
        Ok(self.is_subclass(class, spec))
    }

    fn class_matches(&mut self, class: Value, spec: Value, name: &str) -> PyResult<bool> {
        match self.obj(spec) {
            ObjKind::Class(_) => {
                if self.is_subclass(class, spec) {
                    return Ok(true);
                }
                // IntEnum and IntFlag (enum.py) stand for int subclasses, namedtuples
                // (collections.py) for tuple subclasses.
                use crate::runtime::types::TypeTag;
                if self.class_tag(class) != TypeTag::Object {
                    return Ok(false);
                }
                let marker = if spec == self.type_class(TypeTag::Int) {
                    "_minipy_int_like"
                } else if spec == self.type_class(TypeTag::Tuple) {
                    "_minipy_tuple_like"
                } else {
                    return Ok(false);
                };
                Ok(self.class_lookup(class, marker).is_some())
            }
            ObjKind::Tuple(items) => {
                let items = items.clone();
                for c in items {
                    if self.class_matches(class, c, name)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ if &*self.type_name(spec) == "types.GenericAlias" => Err(self.type_error(format!(
                "{name}() argument 2 cannot be a parameterized generic"
            ))),
            _ => {
                // CPython words the two differently: isinstance's arg 2 is "a type", issubclass's
                // "a class".
                let (one, many) = if name == "issubclass" {
                    ("class", "classes")
                } else {
                    ("type", "types")
                };
                Err(self.type_error(format!(
                    "{name}() arg 2 must be a {one}, a tuple of {many}, or a union"
                )))
            }
        }
    }

    /// A `str` argument.
    pub fn expect_str(&mut self, v: Value, what: &str) -> PyResult<StrText> {
        match self.obj(v) {
            ObjKind::Str(s) => Ok(s.clone()),
            _ => {
                let t = self.type_name(v);
                Err(self.type_error(format!("{what} must be str, not {t}")))
            }
        }
    }

    fn builtin_round(&mut self, args: &[Value]) -> PyResult<Value> {
        let digits = match args.get(1) {
            Some(d) if !matches!(self.obj(*d), ObjKind::None) => {
                Some(self.expect_int(*d, "ndigits")?)
            }
            _ => None,
        };
        match (self.as_num(args[0]), digits) {
            (Some(crate::eval::ops::Num::Int(i)), Some(d)) if d < 0 => {
                // Half to even at a power of ten: round(1250, -2) == 1200.
                if d < -18 {
                    return self.int_value(0);
                }
                let p = 10i128.pow((-d) as u32);
                let (q, r) = ((i as i128).div_euclid(p), (i as i128).rem_euclid(p));
                let q = if 2 * r > p || (2 * r == p && q % 2 != 0) {
                    q + 1
                } else {
                    q
                };
                self.big_value(num_bigint::BigInt::from(q * p))
            }
            (Some(crate::eval::ops::Num::Int(i)), _) => self.int_value(i),
            (None, None) if self.big_int(args[0]).is_some() => Ok(args[0]),
            (Some(crate::eval::ops::Num::Float(f)), None) => {
                let r = round_half_even(f);
                if r.is_nan() {
                    return Err(self.value_error("cannot convert float NaN to integer"));
                }
                if r.is_infinite() {
                    return Err(self.err(
                        Exc::OverflowError,
                        "cannot convert float infinity to integer",
                    ));
                }
                self.int_from_float(r)
            }
            (Some(crate::eval::ops::Num::Float(f)), Some(d)) if d >= 0 => {
                // Formatting rounds the exact binary value, as CPython's round does (2.675 -> 2.67).
                let text = format!("{:.*}", d.min(400) as usize, f);
                self.float_value(text.parse().unwrap_or(f))
            }
            (Some(crate::eval::ops::Num::Float(f)), Some(d)) => {
                let scale = 10f64.powi(d.clamp(-300, 0) as i32);
                self.float_value(round_half_even(f * scale) / scale)
            }
            (None, _) => {
                if let Some(f) = self.special_method(args[0], "__round__") {
                    let mut call_args = vec![args[0]];
                    call_args.extend(args.get(1).copied());
                    return self.call(f, call_args, Vec::new());
                }
                let t = self.type_name(args[0]);
                Err(self.type_error(format!("type {t} doesn't define __round__ method")))
            }
        }
    }

    /// `print(*args, sep=' ', end='\n')`.
    pub(super) fn builtin_print(
        &mut self,
        args: &[Value],
        kwargs: &[(Name, Value)],
    ) -> PyResult<Value> {
        let mut sep = String::from(" ");
        let mut end = String::from("\n");
        let mut file = None;
        let mut flush = false;
        for (k, v) in kwargs {
            match &**k {
                "file" if !matches!(self.obj(*v), ObjKind::None) => {
                    file = Some(*v);
                    continue;
                }
                "flush" => {
                    flush = self.truthy(*v)?;
                    continue;
                }
                _ => {}
            }
            let text = if matches!(self.obj(*v), ObjKind::None) {
                None
            } else {
                Some(self.expect_str(*v, k)?.to_string())
            };
            match &**k {
                "sep" => sep = text.unwrap_or_else(|| " ".to_string()),
                "end" => end = text.unwrap_or_else(|| "\n".to_string()),
                "flush" | "file" => {}
                _ => {
                    return Err(self
                        .type_error(format!("'{k}' is an invalid keyword argument for print()")))
                }
            }
        }
        let target = file.or_else(|| self.replaced_stream("stdout"));
        if let Some(f) = target {
            if self.is_none(f) {
                // `sys.stdout = None`: print() writes nothing, as CPython's.
                return Ok(self.none());
            }
            if !matches!(self.obj(f), ObjKind::File(_)) {
                // A Python object's `write` gets each piece, as CPython calls it.
                for (i, a) in args.iter().enumerate() {
                    if i > 0 {
                        self.write_to(f, &sep)?;
                    }
                    let piece = self.str_of(*a)?;
                    self.write_to(f, &piece)?;
                }
                self.write_to(f, &end)?;
                if flush {
                    let flush = self.getattr(f, "flush")?;
                    self.call(flush, Vec::new(), Vec::new())?;
                }
                return Ok(self.none());
            }
        }
        let mut line = String::new();
        for (i, a) in args.iter().enumerate() {
            if i > 0 {
                line.push_str(&sep);
            }
            line.push_str(&self.str_of(*a)?);
        }
        line.push_str(&end);
        match target {
            Some(f) => self.write_to(f, &line)?,
            None => self.out.write_out(&line),
        }
        if flush {
            self.out.flush();
        }
        Ok(self.none())
    }

    /// `sorted(iterable, key=None, reverse=False)`.
    pub(super) fn builtin_sorted(
        &mut self,
        args: &[Value],
        kwargs: &[(Name, Value)],
    ) -> PyResult<Value> {
        self.check_arity("sorted", args, 1, 1)?;
        let items = self.collect_iter(args[0])?;
        let list = self.alloc(ObjKind::List(items))?;
        self.list_sort(list, kwargs)?;
        Ok(list)
    }

    /// `list.sort(key=None, reverse=False)`: a stable merge sort that only asks `<`, as CPython's,
    /// and stops at the first exception a comparison raises.
    pub fn list_sort(&mut self, list: Value, kwargs: &[(Name, Value)]) -> PyResult<Value> {
        let mut key = None;
        let mut reverse = false;
        for (k, v) in kwargs {
            match &**k {
                "key" if !matches!(self.obj(*v), ObjKind::None) => key = Some(*v),
                "key" => {}
                "reverse" => reverse = self.truthy(*v)?,
                _ => {
                    return Err(
                        self.type_error(format!("'{k}' is an invalid keyword argument for sort()"))
                    )
                }
            }
        }
        let Some(items) = self.list_ref(list).cloned() else {
            return Err(self.type_error("sort() needs a list"));
        };
        self.roots.temps.extend(items.iter().copied());
        let mut keyed = Vec::with_capacity(items.len());
        for v in items {
            let k = match key {
                Some(f) => self.call(f, vec![v], Vec::new())?,
                None => v,
            };
            keyed.push((k, v));
        }
        if reverse {
            keyed.reverse();
        }
        let sorted = self.merge_sort(keyed)?;
        let mut out: Vec<Value> = sorted.into_iter().map(|(_, v)| v).collect();
        if reverse {
            out.reverse();
        }
        if let Some(l) = self.list_mut(list) {
            *l = out;
        }
        Ok(self.none())
    }

    /// Below this length CPython's timsort is one run plus binary insertion; doing the same makes
    /// the comparisons (and so the error raised for incomparable items) the same as CPython's.
    const SMALL_SORT: usize = 64;

    fn merge_sort(&mut self, items: Vec<(Value, Value)>) -> PyResult<Vec<(Value, Value)>> {
        if items.len() < Self::SMALL_SORT {
            return self.small_sort(items);
        }
        let mut items = items;
        let right = items.split_off(items.len() / 2);
        let left = self.merge_sort(items)?;
        let right = self.merge_sort(right)?;
        let mut out = Vec::with_capacity(left.len() + right.len());
        let (mut i, mut j) = (0, 0);
        while i < left.len() && j < right.len() {
            if self.less_than(right[j].0, left[i].0)? {
                out.push(right[j]);
                j += 1;
            } else {
                out.push(left[i]);
                i += 1;
            }
        }
        out.extend_from_slice(&left[i..]);
        out.extend_from_slice(&right[j..]);
        Ok(out)
    }
}

impl Interp {
    /// CPython's sort for short lists: the leading run (reversed if strictly descending), then
    /// binary insertion of the rest.
    fn small_sort(&mut self, mut items: Vec<(Value, Value)>) -> PyResult<Vec<(Value, Value)>> {
        let n = items.len();
        if n < 2 {
            return Ok(items);
        }
        let mut run = 2;
        if self.less_than(items[1].0, items[0].0)? {
            while run < n && self.less_than(items[run].0, items[run - 1].0)? {
                run += 1;
            }
            items[..run].reverse();
        } else {
            while run < n && !self.less_than(items[run].0, items[run - 1].0)? {
                run += 1;
            }
        }
        for i in run..n {
            let pivot = items[i];
            let (mut lo, mut hi) = (0, i);
            while lo < hi {
                let mid = (lo + hi) / 2;
                if self.less_than(pivot.0, items[mid].0)? {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            items.copy_within(lo..i, lo + 1);
            items[lo] = pivot;
        }
        Ok(items)
    }
}

/// Rounds half to even, as Python's `round`.
fn round_half_even(f: f64) -> f64 {
    let r = f.round();
    if (f - f.trunc()).abs() == 0.5 && r % 2.0 != 0.0 {
        r - f.signum()
    } else {
        r
    }
}

#[cfg(test)]
mod tests {
    use crate::{run_captured, Options};

    fn run(src: &str) -> String {
        run_captured(src, &Options::default()).1
    }

    #[test]
    fn print_honours_sep_and_end() {
        assert_eq!(
            run("print(1, 'a', None, sep='-', end='!\\n')\nprint()\n"),
            "1-a-None!\n\n"
        );
    }

    #[test]
    fn sorted_is_stable_with_key_and_reverse() {
        let src = "print(sorted([3, 1, 2]), sorted(['bb', 'a', 'cc'], key=len), sorted([1, 3, 2], reverse=True))\n";
        assert_eq!(run(src), "[1, 2, 3] ['a', 'bb', 'cc'] [3, 2, 1]\n");
    }

    #[test]
    fn sorting_incomparable_values_raises_instead_of_panicking() {
        let src = "try:\n    sorted([1, 'a', 2])\nexcept TypeError as e:\n    print(e)\n";
        assert_eq!(
            run(src),
            "'<' not supported between instances of 'str' and 'int'\n"
        );
    }

    #[test]
    fn attribute_builtins_work_on_instances() {
        let src = "class C:\n    pass\nc = C()\nsetattr(c, 'x', 1)\nprint(getattr(c, 'x'), hasattr(c, 'y'), getattr(c, 'y', 'd'))\ndelattr(c, 'x')\nprint(hasattr(c, 'x'))\n";
        assert_eq!(run(src), "1 False d\nFalse\n");
    }

    #[test]
    fn iteration_builtins_compose() {
        let src = "print(list(enumerate('ab', 1)), list(zip([1, 2], 'xy')), min(3, 1, 2), max([4, 9]), sum(range(5)), any([0, 1]), all([]))\n";
        assert_eq!(
            run(src),
            "[(1, 'a'), (2, 'b')] [(1, 'x'), (2, 'y')] 1 9 10 True True\n"
        );
    }
}
