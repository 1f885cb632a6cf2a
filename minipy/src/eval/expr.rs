//! Evaluating expressions. Every result is pushed onto the temporaries stack (see `interp`'s
//! rooting rules), so callers may hold it in Rust across anything that collects.

use std::rc::Rc;

use crate::runtime::builtin_id::{runs_direct, Builtin};
use crate::runtime::dict::Dict;
use crate::runtime::exceptions::{Exc, PyErr, PyResult};
use crate::runtime::interp::{Frame, FrameKind, FrameNames, Interp};
use crate::runtime::marker::Marker;
use crate::runtime::object::{Code, Function, ObjKind, Value};
use crate::syntax::ast::{
    BoolOp, CmpOp, Comprehension, Expr, ExprKind, Keyword, Layout, Name, NameLoc,
};

/// What a comprehension builds.
enum CompKind<'a> {
    List(&'a Expr),
    Set(&'a Expr),
    Dict(&'a Expr, &'a Expr),
}

impl Interp {
    /// The text of an f-string's pieces, concatenated.
    fn eval_joined_str(&mut self, parts: &[Expr]) -> PyResult<String> {
        let mut out = String::new();
        for part in parts {
            match &part.kind {
                ExprKind::Str(s) => out.push_str(s),
                ExprKind::JoinedStr(inner) => out.push_str(&self.eval_joined_str(inner)?),
                _ => out.push_str(&self.eval_formatted(part)?),
            }
        }
        Ok(out)
    }

    /// One f-string field: the value, converted by `!s`/`!r`/`!a`, then `format(value, spec)`
    /// through the same entry point as the `format` builtin.
    fn eval_formatted(&mut self, e: &Expr) -> PyResult<String> {
        let ExprKind::FormattedValue {
            value,
            conversion,
            spec,
        } = &e.kind
        else {
            let v = self.eval(e)?;
            return self.str_of(v);
        };
        let mut v = self.eval(value)?;
        if let Some(conv) = conversion {
            let text = match conv {
                'r' => self.repr(v)?,
                'a' => ascii_escape(&self.repr(v)?),
                _ => self.str_of(v)?,
            };
            v = self.alloc(ObjKind::Str(text.into()))?;
            self.push_temp(v);
        }
        let spec = match spec.as_deref() {
            Some(Expr {
                kind: ExprKind::JoinedStr(parts),
                ..
            }) => self.eval_joined_str(parts)?,
            Some(other) => {
                let s = self.eval(other)?;
                self.str_of(s)?
            }
            None => String::new(),
        };
        if spec.is_empty() {
            if let ObjKind::Str(s) = self.obj(v) {
                return Ok(s.to_string());
            }
        }
        self.format_value(v, &spec)
    }

    /// Evaluates `e`; the result is rooted until the statement ends, or once deaths are
    /// observable until the operation that consumes it is done (see `operands_done`).
    #[inline]
    pub fn eval(&mut self, e: &Expr) -> PyResult<Value> {
        self.eval_hot(e)
    }

    /// [`eval`](Self::eval) with its leaves (a bound local, a small int literal) inlined into
    /// the caller, so they cost no call: for the evaluator's hottest operands.
    #[inline(always)]
    pub(crate) fn eval_hot(&mut self, e: &Expr) -> PyResult<Value> {
        match e.kind {
            ExprKind::Name(_, NameLoc::Fast(i)) => {
                if let Some(&Some(v)) = self.frame().slots.get(i as usize) {
                    self.push_temp(v);
                    return Ok(v);
                }
            }
            ExprKind::Int(i) => {
                if let Some(v) = self.small_int(i) {
                    self.push_temp(v);
                    return Ok(v);
                }
            }
            _ => {}
        }
        self.eval_node(e)
    }

    /// [`eval`](Self::eval) through the general dispatch.
    #[inline(never)]
    fn eval_node(&mut self, e: &Expr) -> PyResult<Value> {
        let v = match self.eval_inner(e) {
            Ok(v) => v,
            Err(err) => return Err(marked(err, e)),
        };
        self.push_temp(v);
        Ok(v)
    }

    /// The object a number, string or bytes literal evaluates to, made anew.
    #[inline(never)]
    fn make_literal(&mut self, e: &Expr) -> PyResult<Value> {
        match &e.kind {
            ExprKind::Int(i) => self.int_value(*i),
            ExprKind::BigInt(text) => self.big_literal(text),
            ExprKind::Float(f) => self.float_value(*f),
            ExprKind::Imag(f) => self.alloc(ObjKind::Complex(0.0, *f)),
            ExprKind::Str(s) => self.alloc(ObjKind::Str(s.into())),
            ExprKind::Bytes(b) => self.alloc(ObjKind::Bytes(b.clone())),
            _ => Err(self.err(Exc::SystemError, "minipy: a literal expected")),
        }
    }

    /// The operation that started at temporaries height `height` made `v`: once deaths are
    /// observable its operands die now (`Interp::release_operands`), not at the statement's end.
    #[inline(always)]
    fn operands_done(&mut self, height: usize, v: Value) -> PyResult<Value> {
        if self.releases_operands {
            self.release_operands(height, v);
        }
        Ok(v)
    }

    fn eval_inner(&mut self, e: &Expr) -> PyResult<Value> {
        match &e.kind {
            ExprKind::Int(_)
            | ExprKind::BigInt(_)
            | ExprKind::Float(_)
            | ExprKind::Imag(_)
            | ExprKind::Str(_)
            | ExprKind::Bytes(_) => match self.known_constant(e) {
                Some(v) => Ok(v),
                None => {
                    let v = self.make_literal(e)?;
                    Ok(self.keep_constant(e, v))
                }
            },
            ExprKind::JoinedStr(parts) => {
                let text = self.eval_joined_str(parts)?;
                self.alloc(ObjKind::Str(text.into()))
            }
            ExprKind::FormattedValue { .. } => {
                let text = self.eval_formatted(e)?;
                self.alloc(ObjKind::Str(text.into()))
            }
            ExprKind::Bool(b) => Ok(self.bool_value(*b)),
            ExprKind::None => Ok(self.none()),
            ExprKind::Ellipsis => Ok(self.ellipsis()),
            ExprKind::Name(n, NameLoc::Global) => self.load_global_hinted(n, &e.hint),
            ExprKind::Name(n, loc) => self.load_name(n, *loc),
            ExprKind::List(items) => {
                let items = self.eval_all(items)?;
                self.alloc(ObjKind::List(items))
            }
            ExprKind::Tuple(items) => {
                if let Some(v) = self.known_constant(e) {
                    return Ok(v);
                }
                let items = self.eval_all(items)?;
                let v = self.alloc(ObjKind::Tuple(items))?;
                Ok(self.keep_constant(e, v))
            }
            ExprKind::Set(items) => {
                let constant =
                    items.len() >= 3 && items.iter().all(crate::runtime::set_order::is_constant);
                let mut items = self.eval_all(items)?;
                if constant {
                    items = self.constant_set_display_order(items)?;
                }
                let set = self.alloc(ObjKind::Set(Dict::new()))?;
                for item in items {
                    self.set_add(set, item)?;
                }
                Ok(set)
            }
            // Without `**`, the dict is made after its keys and values, as CPython's `BUILD_MAP`
            // does: where it stands in the gc list among them decides finalizer order at exit.
            ExprKind::Dict(pairs) if pairs.iter().all(|(k, _)| k.is_some()) => {
                let mut items = Vec::with_capacity(pairs.len());
                for (k, v) in pairs {
                    let k = self.eval(k.as_ref().expect("checked: no `**`"))?;
                    self.push_temp(k);
                    let v = self.eval(v)?;
                    self.push_temp(v);
                    items.push((k, v));
                }
                let d = self.alloc(ObjKind::Dict(Dict::new()))?;
                for (k, v) in items {
                    self.dict_set(d, k, v)?;
                }
                Ok(d)
            }
            ExprKind::Dict(pairs) => {
                let d = self.alloc(ObjKind::Dict(Dict::new()))?;
                for (k, v) in pairs {
                    let Some(k) = k else {
                        let m = self.eval(v)?;
                        self.push_temp(m);
                        let Some(items) = self.merge_items(m)? else {
                            let t = self.type_name(m);
                            return Err(self.type_error(format!("'{t}' object is not a mapping")));
                        };
                        for (k, v) in items {
                            self.dict_set(d, k, v)?;
                        }
                        continue;
                    };
                    let k = self.eval(k)?;
                    let v = self.eval(v)?;
                    self.dict_set(d, k, v)?;
                }
                Ok(d)
            }
            ExprKind::BinOp { left, op, right } => {
                let height = self.temps_height();
                let a = self.eval_hot(left)?;
                let b = self.eval_hot(right)?;
                let v = match self.arith_fast(*op, a, b) {
                    Some(v) => v?,
                    None => self.binop(*op, a, b)?,
                };
                self.operands_done(height, v)
            }
            ExprKind::UnaryOp { op, operand } => {
                if let Some(v) = self.known_constant(e) {
                    return Ok(v);
                }
                let v = self.eval(operand)?;
                let v = self.unary(*op, v)?;
                Ok(self.keep_constant(e, v))
            }
            ExprKind::BoolOp { op, values } => self.eval_boolop(*op, values),
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                let height = self.temps_height();
                let v = self.eval_compare(left, ops, comparators)?;
                self.operands_done(height, v)
            }
            ExprKind::IfExp { test, body, orelse } => {
                let t = self.eval(test)?;
                if self.truthy(t)? {
                    self.eval(body)
                } else {
                    self.eval(orelse)
                }
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                let height = self.temps_height();
                let v = self.eval_call(func, args, keywords)?;
                self.operands_done(height, v)
            }
            ExprKind::Attribute { value, attr } => {
                let height = self.temps_height();
                let obj = self.eval_hot(value)?;
                let v = match self.own_attr_at_hint(obj, attr, &e.hint) {
                    Some(v) => v,
                    None => self.load_attr(obj, attr, &e.hint)?,
                };
                self.operands_done(height, v)
            }
            ExprKind::Subscript { value, index } => {
                let height = self.temps_height();
                let obj = self.eval(value)?;
                let v = if let ExprKind::Slice { lower, upper, step } = &index.kind {
                    let bounds = self.eval_slice(lower, upper, step)?;
                    self.get_slice(obj, bounds)?
                } else {
                    let key = self.eval(index)?;
                    self.getitem(obj, key)?
                };
                self.operands_done(height, v)
            }
            ExprKind::Slice { .. } => Err(self.type_error("slices are only allowed in subscripts")),
            ExprKind::Starred(_) => {
                Err(self.err(Exc::SyntaxError, "can't use starred expression here"))
            }
            ExprKind::NamedExpr { target, value } => {
                let v = self.eval(value)?;
                self.assign(target, v)?;
                Ok(v)
            }
            ExprKind::Lambda(lambda) => {
                let defaults = self.eval_defaults(&lambda.params)?;
                let name = crate::runtime::object::lambda_name();
                self.make_function(name, Code::Lambda(lambda.clone()), defaults)
            }
            ExprKind::ListComp {
                elt,
                generators,
                layout,
            } => self.eval_comprehension(e, CompKind::List(elt), "<listcomp>", generators, layout),
            ExprKind::GeneratorExp {
                elt,
                generators,
                layout,
            } => self.eval_genexp(elt, generators, layout),
            ExprKind::Yield(value) => {
                let v = match value {
                    Some(v) => self.eval(v)?,
                    None => self.none(),
                };
                self.gen_yield(v)
            }
            ExprKind::YieldFrom(iterable) => {
                let it = self.eval(iterable)?;
                self.yield_from(it)
            }
            ExprKind::SetComp {
                elt,
                generators,
                layout,
            } => self.eval_comprehension(e, CompKind::Set(elt), "<setcomp>", generators, layout),
            ExprKind::DictComp {
                key,
                value,
                generators,
                layout,
            } => {
                let kind = CompKind::Dict(key, value);
                self.eval_comprehension(e, kind, "<dictcomp>", generators, layout)
            }
        }
    }

    /// Evaluates each expression in order.
    pub fn eval_all(&mut self, items: &[Expr]) -> PyResult<Vec<Value>> {
        let mut out = Vec::with_capacity(items.len());
        for item in items {
            match &item.kind {
                ExprKind::Starred(inner) => {
                    let v = self.eval(inner)?;
                    if !self.is_iterable(v) {
                        let t = self.type_name(v);
                        return Err(
                            self.type_error(format!("Value after * must be an iterable, not {t}"))
                        );
                    }
                    out.extend(self.collect_iter(v)?);
                }
                _ => out.push(self.eval(item)?),
            }
        }
        Ok(out)
    }

    fn eval_boolop(&mut self, op: BoolOp, values: &[Expr]) -> PyResult<Value> {
        let mut last = self.none();
        for (i, e) in values.iter().enumerate() {
            last = self.eval(e)?;
            if i + 1 == values.len() {
                break;
            }
            let t = self.truthy(last)?;
            match op {
                BoolOp::And if !t => return Ok(last),
                BoolOp::Or if t => return Ok(last),
                _ => {}
            }
        }
        Ok(last)
    }

    fn eval_compare(&mut self, left: &Expr, ops: &[CmpOp], rest: &[Expr]) -> PyResult<Value> {
        let mut a = self.eval_hot(left)?;
        if let ([op], [e]) = (ops, rest) {
            // One comparison (the common case): two ints compare without the general dispatch.
            let b = self.eval_hot(e)?;
            if let Some(r) = self.int_compare(*op, a, b) {
                return Ok(self.bool_value(r));
            }
            // The result as the comparison made it: CPython asks its truth only to go on.
            return self.compare(*op, a, b);
        }
        let mut result = self.bool_value(true);
        for (i, (op, e)) in ops.iter().zip(rest).enumerate() {
            let b = self.eval(e)?;
            result = self.compare(*op, a, b)?;
            if i + 1 < ops.len() && !self.truthy(result)? {
                return Ok(result);
            }
            a = b;
        }
        Ok(result)
    }

    fn eval_call(&mut self, func: &Expr, args: &[Expr], keywords: &[Keyword]) -> PyResult<Value> {
        let mut pos = self.take_args_vec(args.len() + 1);
        // A method's code and globals, read where it was found (neither ever changes).
        let mut method: Option<(Code, Value)> = None;
        // A builtin type's method and its receiver, called without a bound method object.
        let mut builtin: Option<(Builtin, Value)> = None;
        let f = match &func.kind {
            // `obj.method(...)`: the function and `obj` as its first argument, without a bound
            // method object, when that is all the attribute would be.
            ExprKind::Attribute { value, attr } => {
                let obj = self.eval_hot(value)?;
                match self.method_for_call(obj, attr, &func.hint) {
                    Some((f, code, globals)) => {
                        method = Some((code, globals));
                        // Rooted as the bound method would root them, while the arguments
                        // are evaluated (they may rebind the name or the class attribute).
                        self.push_temp(obj);
                        self.push_temp(f);
                        pos.push(obj);
                        f
                    }
                    None => match self.builtin_method_for_call(obj, attr, &func.hint) {
                        Some(id) => {
                            // Rooted as the bound method would root it.
                            self.push_temp(obj);
                            builtin = Some((id, obj));
                            obj
                        }
                        None => self.getattr(obj, attr).map_err(|err| marked(err, func))?,
                    },
                }
            }
            // A global function (`f(...)`): as `eval` finds it, without the general dispatch.
            ExprKind::Name(n, NameLoc::Global) => {
                let f = self
                    .load_global_hinted(n, &func.hint)
                    .map_err(|err| marked(err, func))?;
                self.push_temp(f);
                f
            }
            _ => self.eval(func)?,
        };
        for a in args {
            if let ExprKind::Starred(inner) = &a.kind {
                let it = self.eval(inner)?;
                if !self.is_iterable(it) {
                    let (fname, t) = (self.callee_name(f, builtin), self.type_name(it));
                    return Err(self.type_error(format!(
                        "{fname} argument after * must be an iterable, not {t}"
                    )));
                }
                pos.extend(self.collect_iter(it)?);
            } else {
                pos.push(self.eval_hot(a)?);
            }
        }
        let mut kwargs: Vec<(Name, Value)> = Vec::new();
        for k in keywords {
            let v = self.eval(&k.value)?;
            match &k.name {
                Some(n) => {
                    if kwargs.iter().any(|(name, _)| name == n) {
                        let fname = self.callee_name(f, builtin);
                        return Err(self.type_error(format!(
                            "{fname} got multiple values for keyword argument '{n}'"
                        )));
                    }
                    kwargs.push((n.clone(), v))
                }
                None => {
                    let Some(items) = self.merge_items(v)? else {
                        let (fname, t) = (self.callee_name(f, builtin), self.type_name(v));
                        return Err(self.type_error(format!(
                            "{fname} argument after ** must be a mapping, not {t}"
                        )));
                    };
                    for (key, value) in items {
                        let name = match self.obj(key) {
                            ObjKind::Str(s) => s.to_rc(),
                            _ => return Err(self.type_error("keywords must be strings")),
                        };
                        if kwargs.iter().any(|(n, _)| *n == name) {
                            let fname = self.callee_name(f, builtin);
                            return Err(self.type_error(format!(
                                "{fname} got multiple values for keyword argument '{name}'"
                            )));
                        }
                        kwargs.push((name, value));
                    }
                }
            }
        }
        if let Some((id, recv)) = builtin {
            // `list.append`, the most common of all, without the builtins' general dispatch.
            if let (Builtin::ListAppend, [item], true) = (id, &pos[..], kwargs.is_empty()) {
                self.list_append(recv, *item)?;
                self.recycle_args(pos);
                return Ok(self.none());
            }
            return self.call_builtin(id, Some(recv), pos, kwargs);
        }
        // A Python function goes straight to its frame; the hottest builtin functions straight
        // to their code; anything else through `call`.
        let (code, globals) = match method {
            Some(found) => found,
            None => match self.obj(f) {
                ObjKind::Function(func) => (func.code.clone(), func.globals),
                &ObjKind::Builtin(id, None) if kwargs.is_empty() && runs_direct(id) => {
                    let result = self.call_builtin_direct(id, &pos);
                    self.recycle_args(pos);
                    return result;
                }
                _ => return self.call(f, pos, kwargs),
            },
        };
        self.call_function(f, code, globals, pos, kwargs)
    }

    /// How CPython's `_PyObject_FunctionStr` names a callee in argument errors:
    /// `__main__.f()` for a function of the main module, `print()` for a builtin function,
    /// `list.append()` for a builtin method bound to a list (`L.append()` to an instance of
    /// list subclass `L`, `dict.fromkeys()` to the class `dict`). `builtin` is the method and
    /// receiver of a call made without a bound method object.
    fn callee_name(&self, f: Value, builtin: Option<(Builtin, Value)>) -> String {
        let (id, recv) = match (builtin, self.obj(f)) {
            (Some((id, recv)), _) => (id, Some(recv)),
            (None, ObjKind::Builtin(id, recv)) => (*id, *recv),
            (None, ObjKind::Function(func)) => return format!("__main__.{}()", func.qualname),
            (None, ObjKind::Method(func, _)) => return self.callee_name(*func, None),
            (None, _) => return format!("{}()", self.type_name(f)),
        };
        // A builtin method's `__qualname__` is its receiver's type's (or, bound to a class,
        // that class's) qualname and its name; the weakref module's Python-defined methods
        // and functions bound to modules keep the bare name here.
        let owner = match recv {
            Some(r) if id.python_class().is_none() => match self.obj(r) {
                ObjKind::Module(_) => None,
                ObjKind::Class(c) => Some(c.qualname.clone()),
                _ => match self.obj(self.type_of(r)) {
                    ObjKind::Class(c) => Some(c.qualname.clone()),
                    _ => None,
                },
            },
            // An unbound method fetched from its type (`list.append`).
            None => (self.roots.side.unbound_methods.iter())
                .find(|(_, _, v)| *v == f)
                .map(|&(tag, _, _)| self.class_name(self.type_class(tag))),
            _ => None,
        };
        match owner {
            Some(owner) => format!("{owner}.{}()", id.name()),
            None => format!("{}()", id.name()),
        }
    }

    /// The `(key, value)` pairs of a dict (for `**mapping`).
    pub fn mapping_items(&mut self, v: Value) -> PyResult<Vec<(Value, Value)>> {
        match self.merge_items(v)? {
            Some(items) => Ok(items),
            None => {
                let t = self.type_name(v);
                Err(self.type_error(format!("argument after ** must be a mapping, not {t}")))
            }
        }
    }

    /// The `(key, value)` pairs that `dict(v)`, `d.update(v)`, `{**v}` and `f(**v)` take from
    /// mapping `v`, as CPython's `dict_merge`: a dict's entries directly, unless it is of a
    /// subclass that overrides `__iter__`; for that and any other object with `keys()`, each key
    /// of `v.keys()` with `v[key]`. `None` when `v` is not a mapping.
    pub fn merge_items(&mut self, v: Value) -> PyResult<Option<Vec<(Value, Value)>>> {
        let is_set = matches!(self.obj(v), ObjKind::Set(_) | ObjKind::FrozenSet(_));
        if !is_set && self.dict_ref(v).is_some() {
            let own_iter = match self.obj(v) {
                ObjKind::Instance(i) => {
                    let class = i.class;
                    self.class_lookup(class, "__iter__")
                        .is_some_and(|f| !matches!(self.obj(f), ObjKind::Builtin(..)))
                }
                _ => false,
            };
            if !own_iter {
                let d = self.dict_ref(v).expect("checked");
                return Ok(Some(d.iter().map(|e| (e.key, e.value)).collect()));
            }
        }
        let keys = match self.obj(v) {
            ObjKind::Instance(_) => self.getattr_opt(v, "keys")?,
            _ => None,
        };
        let Some(keys) = keys else {
            return Ok(None);
        };
        self.push_temp(keys);
        let keys = self.call(keys, Vec::new(), Vec::new())?;
        self.push_temp(keys);
        let mut pairs = Vec::new();
        for k in self.collect_iter(keys)? {
            self.push_temp(k);
            let item = self.getitem(v, k)?;
            self.push_temp(item);
            pairs.push((k, item));
        }
        Ok(Some(pairs))
    }

    /// The default values of `params`, evaluated now (as `def` and `lambda` do): the positional
    /// ones, then those of the keyword-only parameters that have one, in order.
    pub fn eval_defaults(&mut self, params: &crate::syntax::ast::Params) -> PyResult<Vec<Value>> {
        let mut out = Vec::new();
        for p in params.positional.iter().chain(&params.kwonly) {
            if let Some(d) = &p.default {
                out.push(self.eval(d)?);
            }
        }
        Ok(out)
    }

    /// A function object defined in the running frame, holding the cells of the variables it uses
    /// from there (its closure) and nothing else of the frame.
    pub fn make_function(
        &mut self,
        name: Rc<str>,
        code: Code,
        defaults: Vec<Value>,
    ) -> PyResult<Value> {
        // At module level the qualname is the name: the same text, shared, not copied.
        let qualname = match self.frame().kind {
            FrameKind::Module => name.clone(),
            _ => self.qualified(&name),
        };
        let closure = self.capture_cells_into(code.layout())?;
        let globals = self.frame().globals;
        self.alloc(ObjKind::Function(Box::new(Function {
            name,
            code_qualname: qualname.clone(),
            qualname,
            code,
            defaults,
            closure,
            globals,
            owner: None,
            annotations: None,
            dict: None,
            doc: None,
        })))
    }

    /// The `__qualname__` of code named `name` defined in the running frame, as CPython's
    /// `compiler_set_qualname` makes it: `name` at module level, `f.<locals>.name` in a function
    /// or lambda, `C.name` in a class body or comprehension (`<listcomp>.name`).
    ///
    /// The same definition site makes the same qualname every time it runs (a closure factory
    /// called in a loop), so results are remembered per enclosing qualname (`qualnames`).
    pub fn qualified(&mut self, name: &str) -> Rc<str> {
        let frame = self.frame();
        let locals = match frame.kind {
            FrameKind::Module => return Rc::from(name),
            FrameKind::Class | FrameKind::Comprehension => false,
            FrameKind::Function { .. } => true,
        };
        let parent = self.frame_names(frame).qualname;
        if self.side.qualnames.len() >= 4096 {
            // Code made at run time (exec in a loop) could grow it without bound.
            self.side.qualnames.clear();
        }
        let known = self
            .side
            .qualnames
            .entry((locals, parent.as_ptr() as usize));
        let (_, made) = known.or_insert_with(|| (parent.clone(), Vec::new()));
        if let Some((_, q)) = made.iter().find(|(n, _)| **n == *name) {
            return q.clone();
        }
        let q: Rc<str> = match locals {
            true => Rc::from(format!("{parent}.<locals>.{name}")),
            false => Rc::from(format!("{parent}.{name}")),
        };
        if made.len() < 64 {
            made.push((Rc::from(name), q.clone()));
        }
        q
    }

    /// Runs a comprehension in a frame of its own (a function scope, as in CPython 3.11), so its
    /// loop variables do not leak; the first iterable is evaluated in the enclosing frame.
    fn eval_comprehension(
        &mut self,
        whole: &Expr,
        kind: CompKind<'_>,
        what: &str,
        gens: &[Comprehension],
        layout: &Layout,
    ) -> PyResult<Value> {
        let result = match kind {
            CompKind::List(_) => self.alloc(ObjKind::List(Vec::new()))?,
            CompKind::Set(_) => self.alloc(ObjKind::Set(Dict::new()))?,
            CompKind::Dict(..) => self.alloc(ObjKind::Dict(Dict::new()))?,
        };
        let first = self.eval(&gens[0].iter)?;
        let cells = self.capture_cells(layout)?;
        let slots = Interp::new_slots(layout, &cells);
        let (globals, line) = (self.frame().globals, self.frame().line);
        let qualname = self.qualified(what);
        self.enter()?;
        self.roots.frames.push(Frame {
            slots,
            ns: globals,
            globals,
            kind: FrameKind::Comprehension,
            names: Some(FrameNames {
                name: Rc::from(what),
                qualname,
            }),
            line,
            record: None,
        });
        let r = match self.make_cells(layout) {
            Ok(()) => self.comprehension_level(&kind, gens, 0, Some(first), result),
            Err(e) => Err(e),
        };
        if let Err(e) = &r {
            self.traceback_here(e.exc, false, e.marker.as_deref());
        }
        let frame = self.pop_frame().expect("pushed above");
        self.leave();
        // The comprehension's own entry takes its marker; in the enclosing frame, CPython marks
        // the whole comprehension (the call of its function).
        r.map(|_| result).map_err(|mut e| {
            let entry = self.tb_entry(&frame, &mut e);
            e.traceback.push(entry);
            marked(e, whole)
        })
    }

    fn comprehension_level(
        &mut self,
        kind: &CompKind<'_>,
        gens: &[Comprehension],
        level: usize,
        first: Option<Value>,
        result: Value,
    ) -> PyResult<()> {
        let gen = &gens[level];
        let iterable = match first {
            Some(v) => v,
            None => self.eval(&gen.iter)?,
        };
        let mut it = self.iter_start(iterable)?;
        let height = self.temps_height();
        'items: while let Some(item) = self.iter_next(&mut it)? {
            self.assign(&gen.target, item)?;
            for cond in &gen.ifs {
                let c = self.eval(cond)?;
                if !self.truthy(c)? {
                    self.truncate_temps(height);
                    continue 'items;
                }
            }
            if level + 1 < gens.len() {
                self.comprehension_level(kind, gens, level + 1, None, result)?;
            } else {
                match kind {
                    CompKind::List(elt) => {
                        let v = self.eval(elt)?;
                        if let ObjKind::List(items) = self.obj_mut(result) {
                            items.push(v);
                        }
                    }
                    CompKind::Set(elt) => {
                        let v = self.eval(elt)?;
                        self.set_add(result, v)?;
                    }
                    CompKind::Dict(k, v) => {
                        let k = self.eval(k)?;
                        let v = self.eval(v)?;
                        self.dict_set(result, k, v)?;
                    }
                }
            }
            self.truncate_temps(height);
        }
        Ok(())
    }
}

/// `ascii()` of a repr: every non-ASCII character as `\xhh`, `\uhhhh` or `\Uhhhhhhhh`.
fn ascii_escape(repr: &str) -> String {
    let mut out = String::with_capacity(repr.len());
    for c in repr.chars() {
        let code = c as u32;
        match code {
            0..=0x7f => out.push(c),
            0x80..=0xff => out.push_str(&format!("\\x{code:02x}")),
            0x100..=0xffff => out.push_str(&format!("\\u{code:04x}")),
            _ => out.push_str(&format!("\\U{code:08x}")),
        }
    }
    out
}

/// `err` with `e` as what its frame's traceback entry underlines, unless an expression inside
/// `e` failed first (CPython marks the innermost failing operation).
#[cold]
#[inline(never)]
pub(crate) fn marked(mut err: PyErr, e: &Expr) -> PyErr {
    if err.marker.is_none() {
        err.marker = Some(Box::new(Marker::for_expr(e)));
    }
    err
}

#[cfg(test)]
mod tests {
    use crate::{run_captured, Options};

    fn run(src: &str) -> String {
        run_captured(src, &Options::default()).1
    }

    #[test]
    fn boolean_operators_short_circuit_and_yield_operands() {
        let src = "def boom():\n    raise ValueError\nprint(0 and boom(), 1 or boom(), None or 'x', 2 and 3, not 0)\n";
        assert_eq!(run(src), "0 1 x 3 True\n");
    }

    #[test]
    fn comparison_chains_evaluate_each_operand_once() {
        let src = "calls = []\ndef v(n):\n    calls.append(n)\n    return n\nprint(v(1) < v(2) < v(3), v(3) < v(2) < v(1), calls)\n";
        assert_eq!(run(src), "True False [1, 2, 3, 3, 2]\n");
    }

    #[test]
    fn star_and_double_star_arguments_unpack() {
        let src = "def f(a, b, c=0, **kw):\n    return [a, b, c, kw]\nargs = [1, 2]\nprint(f(*args, **{'c': 3, 'd': 4}))\n";
        assert_eq!(run(src), "[1, 2, 3, {'d': 4}]\n");
    }

    #[test]
    fn nested_comprehensions_and_conditional_expressions() {
        let src = "print([(i, j) for i in range(3) for j in range(i) if j != 1], [x if x else -1 for x in [0, 2]])\n";
        assert_eq!(run(src), "[(1, 0), (2, 0)] [-1, 2]\n");
    }

    #[test]
    fn qualnames_name_every_enclosing_scope_as_cpython_does() {
        let src = "def a():\n    def b():\n        class C:\n            def m(self):\n                pass\n        return C.m, [lambda: 0 for _ in [1]][0]\n    return b()\nprint([f.__qualname__ for f in a()], (lambda: 0).__qualname__)\n";
        assert_eq!(
            run(src),
            "['a.<locals>.b.<locals>.C.m', 'a.<locals>.b.<locals>.<listcomp>.<lambda>'] <lambda>\n"
        );
    }

    #[test]
    fn lambdas_close_over_comprehension_variables() {
        let src = "fs = [lambda: i for i in range(3)]\nprint([f() for f in fs])\n";
        assert_eq!(run(src), "[2, 2, 2]\n");
    }
}
