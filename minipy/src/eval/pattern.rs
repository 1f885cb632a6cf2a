//! The `match` statement (PEP 634), as CPython 3.11 runs it: the subject is evaluated once, the
//! cases are tried in order, a case's names are bound once its whole pattern has matched (before
//! its guard runs, so a failed guard leaves them bound), and the first case whose guard holds
//! runs.

use crate::runtime::exceptions::{Exc, PyResult};
use crate::runtime::interp::Interp;
use crate::runtime::object::{ObjKind, Payload, Value};
use crate::runtime::types::TypeTag;
use crate::syntax::ast::{Expr, MatchCase, Pattern, PatternKind};

use super::Flow;

/// The names a pattern binds, with their values (rooted as temporaries), bound all at once when
/// the pattern has matched.
type Bindings<'a> = Vec<(&'a Expr, Value)>;

impl Interp {
    /// Runs `match subject: cases`.
    pub(super) fn exec_match(&mut self, subject: &Expr, cases: &[MatchCase]) -> PyResult<Flow> {
        let subject = self.eval(subject)?;
        let height = self.temps_height();
        for case in cases {
            let mut binds = Vec::new();
            let matched = self.match_pattern(&case.pattern, subject, &mut binds)?;
            if matched {
                for (target, value) in binds {
                    self.assign(target, value)?;
                }
                let go = match &case.guard {
                    Some(g) => {
                        let v = self.eval(g)?;
                        self.truthy(v)?
                    }
                    None => true,
                };
                if go {
                    self.truncate_temps(height);
                    return self.exec_block(&case.body);
                }
            }
            self.truncate_temps(height);
        }
        Ok(Flow::Normal)
    }

    /// Whether `subject` matches `p`; the names it binds are appended to `binds`.
    fn match_pattern<'a>(
        &mut self,
        p: &'a Pattern,
        subject: Value,
        binds: &mut Bindings<'a>,
    ) -> PyResult<bool> {
        match &p.kind {
            PatternKind::Wildcard => Ok(true),
            PatternKind::Capture(target) => {
                binds.push((target, subject));
                Ok(true)
            }
            PatternKind::Value(e) => {
                let v = self.eval(e)?;
                self.eq(subject, v)
            }
            PatternKind::Singleton(e) => {
                let v = self.eval(e)?;
                Ok(subject == v)
            }
            PatternKind::As(inner, target) => {
                if !self.match_pattern(inner, subject, binds)? {
                    return Ok(false);
                }
                binds.push((target, subject));
                Ok(true)
            }
            PatternKind::Or(alternatives) => {
                for alt in alternatives {
                    let mut own = Vec::new();
                    if self.match_pattern(alt, subject, &mut own)? {
                        binds.extend(own);
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            PatternKind::Sequence(items) => self.match_sequence(items, subject, binds),
            // Only inside a sequence pattern, which handles it.
            PatternKind::Star(_) => Ok(false),
            PatternKind::Mapping { keys, values, rest } => {
                self.match_mapping(keys, values, rest.as_ref(), subject, binds)
            }
            PatternKind::Class { cls, args, kwargs } => {
                self.match_class(cls, args, kwargs, subject, binds)
            }
        }
    }

    /// Whether a sequence pattern may match `v`: lists, tuples, ranges and the sequences of
    /// `collections` (`deque`, named tuples), never `str`, as `collections.abc.Sequence`.
    fn is_match_sequence(&self, v: Value) -> bool {
        match self.obj(v) {
            ObjKind::List(_) | ObjKind::Tuple(_) | ObjKind::Range(..) => true,
            ObjKind::Instance(i) if matches!(i.payload(), Payload::List(_)) => true,
            ObjKind::Instance(i) if matches!(i.payload(), Payload::Value(_)) => {
                matches!(self.obj(self.unwrap_value(v)), ObjKind::Tuple(_))
            }
            ObjKind::Instance(i) => self.mro(i.class).into_iter().any(|c| match self.obj(c) {
                ObjKind::Class(k) => &*k.module == "collections" && &*k.name == "deque",
                _ => false,
            }),
            _ => false,
        }
    }

    fn match_sequence<'a>(
        &mut self,
        items: &'a [Pattern],
        subject: Value,
        binds: &mut Bindings<'a>,
    ) -> PyResult<bool> {
        if !self.is_match_sequence(subject) {
            return Ok(false);
        }
        let star = items
            .iter()
            .position(|p| matches!(p.kind, PatternKind::Star(_)));
        let len = self.len_of(subject)?;
        let fits = match star {
            Some(_) => len + 1 >= items.len(),
            None => len == items.len(),
        };
        if !fits {
            return Ok(false);
        }
        let values = match self.obj(subject) {
            ObjKind::List(v) | ObjKind::Tuple(v) => {
                let v = v.clone();
                self.roots.temps.extend(v.iter().copied());
                v
            }
            _ => self.collect_iter(subject)?,
        };
        if values.len() != len {
            return Ok(false);
        }
        let Some(star) = star else {
            for (p, v) in items.iter().zip(values) {
                if !self.match_pattern(p, v, binds)? {
                    return Ok(false);
                }
            }
            return Ok(true);
        };
        let after = items.len() - star - 1;
        for (p, v) in items[..star].iter().zip(&values) {
            if !self.match_pattern(p, *v, binds)? {
                return Ok(false);
            }
        }
        let middle = values[star..len - after].to_vec();
        if let PatternKind::Star(Some(target)) = &items[star].kind {
            let list = self.alloc(ObjKind::List(middle))?;
            self.push_temp(list);
            binds.push((target, list));
        }
        for (p, v) in items[star + 1..].iter().zip(&values[len - after..]) {
            if !self.match_pattern(p, *v, binds)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    fn match_mapping<'a>(
        &mut self,
        keys: &'a [Expr],
        values: &'a [Pattern],
        rest: Option<&'a Expr>,
        subject: Value,
        binds: &mut Bindings<'a>,
    ) -> PyResult<bool> {
        let is_mapping = match self.obj(subject) {
            ObjKind::Dict(_) => true,
            ObjKind::Instance(i) => matches!(i.payload(), Payload::Dict(_)),
            _ => false,
        };
        if !is_mapping || self.len_of(subject)? < keys.len() {
            return Ok(false);
        }
        let mut seen: Vec<Value> = Vec::with_capacity(keys.len());
        let mut found = Vec::with_capacity(keys.len());
        for k in keys {
            let key = self.eval(k)?;
            for s in seen.clone() {
                if self.eq(s, key)? {
                    let shown = self.repr(key)?;
                    return Err(
                        self.value_error(format!("mapping pattern checks duplicate key ({shown})"))
                    );
                }
            }
            seen.push(key);
            match self.dict_get(subject, key)? {
                Some(v) => {
                    self.push_temp(v);
                    found.push(v);
                }
                None => return Ok(false),
            }
        }
        for (p, v) in values.iter().zip(found) {
            if !self.match_pattern(p, v, binds)? {
                return Ok(false);
            }
        }
        if let Some(target) = rest {
            let pairs: Vec<(Value, Value)> = match self.dict_ref(subject) {
                Some(d) => d.iter().map(|e| (e.key, e.value)).collect(),
                None => Vec::new(),
            };
            let d = self.alloc(ObjKind::Dict(crate::runtime::dict::Dict::new()))?;
            self.push_temp(d);
            for (k, v) in pairs {
                let mut taken = false;
                for s in &seen {
                    if self.key_eq(k, *s)? {
                        taken = true;
                        break;
                    }
                }
                if !taken {
                    self.dict_set(d, k, v)?;
                }
            }
            binds.push((target, d));
        }
        Ok(true)
    }

    fn match_class<'a>(
        &mut self,
        cls: &'a Expr,
        args: &'a [Pattern],
        kwargs: &'a [(crate::syntax::ast::Name, Pattern)],
        subject: Value,
        binds: &mut Bindings<'a>,
    ) -> PyResult<bool> {
        let class = self.eval(cls)?;
        if !self.is_class(class) {
            return Err(self.type_error("called match pattern must be a type"));
        }
        if !self.is_instance(subject, class) {
            return Ok(false);
        }
        let class_name = self.class_name(class);
        let mut names: Vec<crate::syntax::ast::Name> = Vec::new();
        if !args.is_empty() {
            match self.class_lookup(class, "__match_args__") {
                Some(m) => {
                    let ObjKind::Tuple(items) = self.obj(m) else {
                        let t = self.type_name(m);
                        return Err(self.type_error(format!(
                            "{class_name}.__match_args__ must be a tuple (got {t})"
                        )));
                    };
                    let items = items.clone();
                    if args.len() > items.len() {
                        return Err(self.too_many_sub_patterns(&class_name, items.len(), args));
                    }
                    for item in items.into_iter().take(args.len()) {
                        let ObjKind::Str(s) = self.obj(item) else {
                            let t = self.type_name(item);
                            return Err(self.type_error(format!(
                                "__match_args__ elements must be strings (got {t})"
                            )));
                        };
                        names.push(s.to_rc());
                    }
                }
                None if matches_self(self.class_tag(class)) => {
                    if args.len() > 1 {
                        return Err(self.too_many_sub_patterns(&class_name, 1, args));
                    }
                    if !self.match_pattern(&args[0], subject, binds)? {
                        return Ok(false);
                    }
                }
                None => return Err(self.too_many_sub_patterns(&class_name, 0, args)),
            }
        }
        for (name, _) in kwargs {
            if names.contains(name) {
                return Err(self.type_error(format!(
                    "{class_name}() got multiple sub-patterns for attribute '{name}'"
                )));
            }
        }
        let positional = names.iter().zip(args);
        let keyword = kwargs.iter().map(|(n, p)| (n, p));
        for (name, p) in positional.chain(keyword) {
            let v = match self.getattr_opt(subject, name) {
                Ok(Some(v)) => v,
                Ok(None) => return Ok(false),
                Err(e) if self.err_is(&e, Exc::AttributeError) => return Ok(false),
                Err(e) => return Err(e),
            };
            self.push_temp(v);
            if !self.match_pattern(p, v, binds)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    fn too_many_sub_patterns(
        &mut self,
        class_name: &str,
        accepts: usize,
        given: &[Pattern],
    ) -> crate::runtime::exceptions::PyErr {
        let s = if accepts == 1 { "" } else { "s" };
        self.type_error(format!(
            "{class_name}() accepts {accepts} positional sub-pattern{s} ({} given)",
            given.len()
        ))
    }
}

/// The builtin types whose class pattern takes one positional sub-pattern matched against the
/// subject itself (`case int(n)`), as CPython's `Py_TPFLAGS_MATCH_SELF` types.
fn matches_self(tag: TypeTag) -> bool {
    matches!(
        tag,
        TypeTag::Bool
            | TypeTag::Int
            | TypeTag::Float
            | TypeTag::Complex
            | TypeTag::Str
            | TypeTag::List
            | TypeTag::Tuple
            | TypeTag::Dict
            | TypeTag::Set
            | TypeTag::FrozenSet
    )
}
