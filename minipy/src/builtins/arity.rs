//! The `TypeError` for a builtin type's method called with a count of arguments its declared
//! [`Arity`] refuses, worded as CPython 3.11 words it for the method's calling convention.
//! Only error paths come here: the check itself is `Arity::accepts`, at the call.

use crate::runtime::builtin_id::{method_of, Arity, Builtin, Conv};
use crate::runtime::exceptions::PyErr;
use crate::runtime::interp::Interp;
use crate::runtime::object::Value;
use crate::runtime::types::{TypeTag, BUILTIN_TYPES};

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// The message for method `name` of type `owner` (the type defining it: `list`, never a
/// subclass) given `given` arguments, which `a` refuses; `None` for [`Conv::Own`], and for too
/// few arguments to a [`Conv::Keywords`] method, whose message names the missing parameter.
pub fn arity_message(a: Arity, owner: &str, name: &str, given: usize) -> Option<String> {
    let (min, max) = (a.min as usize, a.max as usize);
    Some(match a.conv {
        Conv::NoArgs => format!("{owner}.{name}() takes no arguments ({given} given)"),
        Conv::One => format!("{owner}.{name}() takes exactly one argument ({given} given)"),
        Conv::Slot => format!("expected {min} argument{}, got {given}", plural(min)),
        Conv::SlotTuple => {
            let positional = Arity {
                conv: Conv::Positional,
                ..a
            };
            return arity_message(positional, owner, "", given);
        }
        Conv::Positional if min == max => {
            format!("{name} expected {min} argument{}, got {given}", plural(min))
        }
        Conv::Positional if given < min => {
            format!(
                "{name} expected at least {min} argument{}, got {given}",
                plural(min)
            )
        }
        Conv::Positional => {
            format!(
                "{name} expected at most {max} argument{}, got {given}",
                plural(max)
            )
        }
        Conv::Tuple if min == max => {
            format!(
                "{name}() takes exactly {min} argument{} ({given} given)",
                plural(min)
            )
        }
        Conv::Tuple | Conv::Keywords if given > max => {
            format!(
                "{name}() takes at most {max} argument{} ({given} given)",
                plural(max)
            )
        }
        Conv::Tuple => {
            format!(
                "{name}() takes at least {min} argument{} ({given} given)",
                plural(min)
            )
        }
        // Too few for a method with keywords: the first missing parameter is named, which
        // `builtins::keywords` does, knowing the names.
        Conv::Keywords | Conv::Own => return None,
    })
}

/// The builtin type that defines method `id` first in [`BUILTIN_TYPES`] order (`bytes` for the
/// methods `bytearray` shares), for messages that have no receiver to name it.
pub fn home_type(id: Builtin) -> Option<&'static str> {
    BUILTIN_TYPES
        .iter()
        .find(|(tag, _, _)| method_of(*tag, id.name()) == Some(id))
        .map(|(_, name, _)| *name)
}

/// The name of builtin type `tag` (`bool`'s methods are `int`'s).
fn tag_name(tag: TypeTag) -> &'static str {
    let tag = if tag == TypeTag::Bool {
        TypeTag::Int
    } else {
        tag
    };
    BUILTIN_TYPES
        .iter()
        .find(|(t, _, _)| *t == tag)
        .map_or("object", |(_, name, _)| name)
}

impl Interp {
    /// The type that defines method `id` of `recv` (a builtin value: a subclass instance
    /// unwrapped), or `None` if `recv`'s type has no such method (`str.upper(1)`).
    pub(super) fn method_owner(&self, id: Builtin, recv: Value) -> Option<&'static str> {
        let mut tag = self.tag_of_value(recv);
        if tag == TypeTag::Bool {
            tag = TypeTag::Int;
        }
        (method_of(tag, id.name()) == Some(id)).then(|| tag_name(tag))
    }

    /// The error for method `id` of `recv` called with `given` arguments, which its arity
    /// refuses; `None` when the method checks its arguments itself ([`Conv::Own`]). A receiver
    /// of another type is refused first, as CPython's method descriptors do.
    pub(super) fn method_arity_error(
        &mut self,
        id: Builtin,
        recv: Value,
        given: usize,
    ) -> Option<PyErr> {
        let a = id.arity();
        if a.conv == Conv::Own {
            return None;
        }
        let slot = matches!(a.conv, Conv::Slot | Conv::SlotTuple);
        // A slot wrapper's message names no type, and `object`'s dunders take any receiver.
        let owner = if slot {
            tag_name(self.tag_of_value(recv))
        } else if let Some(owner) = self.method_owner(id, recv) {
            owner
        } else {
            let home = home_type(id).unwrap_or("object");
            return Some(self.descriptor_error(id.name(), home, recv));
        };
        let a = match (id, owner) {
            // Defined as `METH_O` methods, not slot wrappers, by these types.
            (Builtin::DGetItem, "list" | "dict")
            | (Builtin::DContains, "dict" | "set" | "frozenset") => Arity {
                conv: Conv::One,
                ..a
            },
            // A sequence's repetition is an index slot, unpacked as a tuple.
            (Builtin::DMul | Builtin::DRMul, "list" | "tuple" | "str" | "bytes" | "bytearray") => {
                Arity {
                    conv: Conv::SlotTuple,
                    ..a
                }
            }
            _ => a,
        };
        let msg = match arity_message(a, owner, id.name(), given) {
            Some(m) => m,
            None => {
                let (names, _) = super::keywords::keyword_params(id)?;
                let missing = names.get(given)?;
                format!(
                    "{}() missing required argument '{missing}' (pos {})",
                    id.name(),
                    given + 1
                )
            }
        };
        Some(self.type_error(msg))
    }

    /// Checks the arguments of static or class method `id` of builtin type `owner`
    /// (`float.fromhex`, `dict.fromkeys`), which has no receiver to name its type.
    pub(super) fn check_static_arity(
        &mut self,
        id: Builtin,
        owner: &str,
        args: &[Value],
    ) -> Result<(), PyErr> {
        let a = id.arity();
        match arity_message(a, owner, id.name(), args.len()) {
            Some(msg) if !a.accepts(args.len()) => Err(self.type_error(msg)),
            _ => Ok(()),
        }
    }

    /// `list.append() takes no keyword arguments`: a builtin type's method given keywords it
    /// does not take, named by its defining type when `recv` (the receiver, or the first
    /// argument of a call through the type) has the method.
    pub(super) fn no_keywords_error(&mut self, id: Builtin, recv: Option<Value>) -> PyErr {
        use Builtin as B;
        let name = id.name();
        let slot = matches!(id.arity().conv, Conv::Slot | Conv::SlotTuple)
            || matches!(id, B::IterNext | B::IterIter | B::GenNext | B::GenIter);
        let is_static = matches!(
            id,
            B::DictFromKeys
                | B::StrMakeTrans
                | B::BytesMakeTrans
                | B::FloatFromHex
                | B::BytesFromHex
        );
        let owner = if is_static {
            home_type(id)
        } else {
            recv.and_then(|r| {
                let r = self.unwrap_value(r);
                self.method_owner(id, r)
            })
        };
        let msg = match owner {
            _ if slot => format!("wrapper {name}() takes no keyword arguments"),
            None if recv.is_none() => match home_type(id) {
                Some(t) => format!("unbound method {t}.{name}() needs an argument"),
                None => format!("{name}() takes no keyword arguments"),
            },
            Some(owner) => format!("{owner}.{name}() takes no keyword arguments"),
            None => format!("{name}() takes no keyword arguments"),
        };
        self.type_error(msg)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn msg(id: Builtin, owner: &str, given: usize) -> String {
        arity_message(id.arity(), owner, id.name(), given).unwrap()
    }

    #[test]
    fn each_convention_is_worded_as_cpython_words_it() {
        use Builtin as B;
        assert_eq!(
            msg(B::ListClear, "list", 6),
            "list.clear() takes no arguments (6 given)"
        );
        assert_eq!(
            msg(B::ListAppend, "list", 0),
            "list.append() takes exactly one argument (0 given)"
        );
        assert_eq!(
            msg(B::ListInsert, "list", 0),
            "insert expected 2 arguments, got 0"
        );
        assert_eq!(
            msg(B::ListIndex, "list", 0),
            "index expected at least 1 argument, got 0"
        );
        assert_eq!(
            msg(B::ListPop, "list", 6),
            "pop expected at most 1 argument, got 6"
        );
        assert_eq!(
            msg(B::StrFind, "str", 0),
            "find() takes at least 1 argument (0 given)"
        );
        assert_eq!(
            msg(B::StrFind, "str", 6),
            "find() takes at most 3 arguments (6 given)"
        );
        assert_eq!(
            msg(B::StrSplitLines, "str", 6),
            "splitlines() takes at most 1 argument (6 given)"
        );
        assert_eq!(
            msg(B::BytesHex, "bytes", 6),
            "hex() takes at most 2 arguments (6 given)"
        );
        assert_eq!(msg(B::DLen, "list", 1), "expected 0 arguments, got 1");
        assert_eq!(msg(B::DAdd, "int", 0), "expected 1 argument, got 0");
        assert_eq!(msg(B::DSetItem, "list", 1), " expected 2 arguments, got 1");
        assert_eq!(
            msg(B::DPow, "int", 0),
            " expected at least 1 argument, got 0"
        );
        assert_eq!(
            msg(B::DRound, "int", 2),
            "__round__ expected at most 1 argument, got 2"
        );
        assert_eq!(
            arity_message(B::StrFormat.arity(), "str", "format", 6),
            None
        );
    }

    #[test]
    fn declared_counts_are_accepted_and_others_refused() {
        let a = Builtin::ListInsert.arity();
        assert!(a.accepts(2) && !a.accepts(1) && !a.accepts(3));
        let own = Builtin::StrFormat.arity();
        assert!(own.accepts(0) && own.accepts(1000));
    }

    #[test]
    fn shared_methods_are_homed_on_the_first_type_defining_them() {
        assert_eq!(home_type(Builtin::BytesUpper), Some("bytes"));
        assert_eq!(home_type(Builtin::SetCopy), Some("set"));
        assert_eq!(home_type(Builtin::ListAppend), Some("list"));
        assert_eq!(tag_name(TypeTag::Bool), "int");
    }
}
