//! Multiple inheritance: CPython's C3 linearization of a new class's bases, and the checks
//! `class C(A, B)` and `type(name, bases, ns)` share.
//!
//! A class made with one base keeps `Class::mro` as `None` and its MRO is its base chain (the
//! fast path `types.rs` walks); a class with several bases stores the linearization of its bases.

use crate::runtime::exceptions::PyResult;
use crate::runtime::interp::Interp;
use crate::runtime::object::{ObjKind, Value};
use crate::runtime::types::TypeTag;

/// What a new class's bases decide.
pub struct Bases {
    /// `__base__`: the first base (`object` when none was given).
    pub base: Value,
    /// The bases after the first.
    pub extra: Vec<Value>,
    /// The MRO after the class itself, when there are several bases.
    pub mro: Option<Vec<Value>>,
    /// The builtin layout instances get.
    pub tag: TypeTag,
}

/// C3: merges the bases' MROs and the base list; when no consistent order exists, the
/// candidates left (the remaining heads, first occurrences in order), which CPython's message
/// names.
fn c3_merge(mut seqs: Vec<Vec<Value>>) -> Result<Vec<Value>, Vec<Value>> {
    let mut out = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let head = seqs
            .iter()
            .map(|s| s[0])
            .find(|c| !seqs.iter().any(|s| s[1..].contains(c)));
        let Some(head) = head else {
            let mut heads: Vec<Value> = Vec::new();
            for s in &seqs {
                if !heads.contains(&s[0]) {
                    heads.push(s[0]);
                }
            }
            return Err(heads);
        };
        out.push(head);
        for s in &mut seqs {
            if s[0] == head {
                s.remove(0);
            }
        }
    }
}

impl Interp {
    /// Checks `bases` as CPython's `type.__new__` does and works out the new class's layout and
    /// MRO.
    ///
    /// # Errors
    /// `TypeError` for a base that is not a class, a repeated base, bases whose builtin layouts
    /// conflict, a builtin minipy cannot derive from, and bases with no consistent MRO
    /// ("Cannot create a consistent method resolution order (MRO) for bases A, B").
    pub fn class_bases(&mut self, bases: &[Value]) -> PyResult<Bases> {
        let object = self.type_class(TypeTag::Object);
        let Some((&base, extra)) = bases.split_first() else {
            return Ok(Bases {
                base: object,
                extra: Vec::new(),
                mro: None,
                tag: TypeTag::Object,
            });
        };
        let mut tag = TypeTag::Object;
        for (i, b) in bases.iter().enumerate() {
            let ObjKind::Class(c) = self.obj(*b) else {
                return Err(self.type_error("bases must be classes"));
            };
            let (name, t) = (c.name.clone(), c.builtin);
            if bases[..i].contains(b) {
                return Err(self.type_error(format!("duplicate base class {name}")));
            }
            if !matches!(
                t,
                TypeTag::Object
                    | TypeTag::List
                    | TypeTag::Dict
                    | TypeTag::BaseException
                    | TypeTag::Type
                    | TypeTag::Str
                    | TypeTag::Tuple
                    | TypeTag::Int
                    | TypeTag::Float
                    | TypeTag::Bytes
            ) {
                // `bool` is final in CPython too; the others minipy cannot derive from.
                let minipy = if t == TypeTag::Bool { "" } else { " in minipy" };
                return Err(self.type_error(format!(
                    "type '{name}' is not an acceptable base type{minipy}"
                )));
            }
            if t != TypeTag::Object {
                if tag != TypeTag::Object && tag != t {
                    return Err(self.type_error("multiple bases have instance lay-out conflict"));
                }
                tag = t;
            }
        }
        if extra.is_empty() {
            return Ok(Bases {
                base,
                extra: Vec::new(),
                mro: None,
                tag,
            });
        }
        let mut seqs: Vec<Vec<Value>> = bases.iter().map(|b| self.mro(*b)).collect();
        seqs.push(bases.to_vec());
        let mro = match c3_merge(seqs) {
            Ok(mro) => mro,
            Err(heads) => {
                let names: Vec<String> = heads
                    .iter()
                    .map(|b| self.class_name(*b).to_string())
                    .collect();
                return Err(self.type_error(format!(
                    "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                    names.join(", ")
                )));
            }
        };
        Ok(Bases {
            base,
            extra: extra.to_vec(),
            mro: Some(mro),
            tag,
        })
    }
}
