//! Functions and methods implemented in Rust: the [`Builtin`] identifiers, which methods each
//! builtin type has, and the dispatch from a call to the code that implements it.

mod arity;
pub mod bytes;
pub mod codecs;
mod construct;
pub(crate) mod direct;
pub mod dunders;
pub mod file;
mod float_hex;
pub(crate) mod format_spec;
mod functions;
mod introspect;
mod keywords;
pub mod lazy_iter;
pub mod repr;
mod seq_methods;

pub use crate::runtime::set_order::{frozenset_hash, is_constant, set_positions};
mod str_methods;
mod str_more;

pub use crate::runtime::builtin_id::Builtin;
use crate::runtime::exceptions::PyResult;
use crate::runtime::interp::Interp;
use crate::runtime::object::{ObjKind, Value};
use crate::runtime::types::TypeTag;
use crate::syntax::ast::Name;
use crate::syntax::intern::intern;

/// The functions of the builtins namespace.
pub const BUILTIN_FUNCTIONS: &[Builtin] = &[
    Builtin::Print,
    Builtin::Len,
    Builtin::Repr,
    Builtin::Sorted,
    Builtin::IsInstance,
    Builtin::IsSubclass,
    Builtin::Hash,
    Builtin::Id,
    Builtin::GetAttr,
    Builtin::SetAttr,
    Builtin::HasAttr,
    Builtin::DelAttr,
    Builtin::Abs,
    Builtin::Min,
    Builtin::Max,
    Builtin::Sum,
    Builtin::Any,
    Builtin::All,
    Builtin::Enumerate,
    Builtin::Zip,
    Builtin::Reversed,
    Builtin::Iter,
    Builtin::Next,
    Builtin::Callable,
    Builtin::Chr,
    Builtin::Ord,
    Builtin::Round,
    Builtin::Divmod,
    Builtin::Map,
    Builtin::Filter,
    Builtin::Globals,
    Builtin::DunderImport,
    Builtin::Format,
    Builtin::Pow,
    Builtin::Hex,
    Builtin::Oct,
    Builtin::Bin,
    Builtin::Ascii,
    Builtin::Vars,
    Builtin::Input,
    Builtin::Exit,
    Builtin::Quit,
    Builtin::Open,
    Builtin::Eval,
    Builtin::Exec,
    Builtin::Compile,
    Builtin::Dir,
    Builtin::Locals,
];

pub use crate::runtime::builtin_id::method_of;

impl Interp {
    /// Allocates the builtin functions and classes into the builtins namespace.
    pub(crate) fn init_builtins(&mut self) {
        for &b in BUILTIN_FUNCTIONS {
            let f = self
                .alloc(ObjKind::Builtin(b, None))
                .expect("no heap limit during startup");
            self.roots.side.builtins.set(intern(b.name()), f);
        }
        for tag in [
            TypeTag::Object,
            TypeTag::Type,
            TypeTag::Bool,
            TypeTag::Int,
            TypeTag::Float,
            TypeTag::Complex,
            TypeTag::Str,
            TypeTag::List,
            TypeTag::Tuple,
            TypeTag::Dict,
            TypeTag::Set,
            TypeTag::FrozenSet,
            TypeTag::Range,
            TypeTag::Slice,
            TypeTag::Super,
            TypeTag::StaticMethod,
            TypeTag::ClassMethod,
            TypeTag::Property,
            TypeTag::BaseException,
            TypeTag::Bytes,
            TypeTag::ByteArray,
        ] {
            let class = self.type_class(tag);
            let name = self.class_name(class);
            self.roots.side.builtins.set(intern(&name), class);
        }
        for &exc in crate::runtime::exceptions::Exc::ALL {
            let class = self.exc_class(exc);
            self.roots.side.builtins.set(intern(exc.name()), class);
        }
        // CPython's old names of `OSError`, the same class.
        let os_error = self.exc_class(crate::runtime::exceptions::Exc::OSError);
        for alias in ["IOError", "EnvironmentError"] {
            self.roots.side.builtins.set(intern(alias), os_error);
        }
        // The iterator adapters are types: `type(zip()) is zip`.
        for name in ["zip", "map", "filter", "enumerate", "reversed"] {
            let class = self.iter_type(name);
            self.roots.side.builtins.set(intern(name), class);
        }
        let none = self.none();
        self.roots.side.builtins.set(intern("None"), none);
        let ni = self.not_implemented();
        self.roots.side.builtins.set(intern("NotImplemented"), ni);
        let ellipsis = self.ellipsis();
        self.roots.side.builtins.set(intern("Ellipsis"), ellipsis);
    }

    /// Calls builtin `id`; `recv` is the receiver of a bound method (for an unbound method taken
    /// from a class, the first argument is).
    pub fn call_builtin(
        &mut self,
        id: Builtin,
        recv: Option<Value>,
        mut args: Vec<Value>,
        mut kwargs: Vec<(Name, Value)>,
    ) -> PyResult<Value> {
        if crate::runtime::builtin_id::is_module_function(id) {
            return self.stdlib_call(id, args, kwargs);
        }
        if let Some(r) = self.call_builtin_kw(id, recv, &mut args, &mut kwargs) {
            return r;
        }
        if id == Builtin::Print {
            return self.builtin_print(&args, &kwargs);
        }
        if id == Builtin::Sorted {
            // Positional-only `iterable`, checked as Argument Clinic words it.
            if args.len() != 1 {
                return Err(
                    self.type_error(format!("sorted expected 1 argument, got {}", args.len()))
                );
            }
            return self.builtin_sorted(&args, &kwargs);
        }
        if id == Builtin::ListSort {
            let Some(list) = recv.or_else(|| args.first().copied()) else {
                return Err(self.type_error("unbound method list.sort() needs an argument"));
            };
            // `key` and `reverse` are keyword-only; all arguments are counted first.
            let given = args.len() - usize::from(recv.is_none());
            if given + kwargs.len() > 2 {
                let total = given + kwargs.len();
                return Err(
                    self.type_error(format!("sort() takes at most 2 arguments ({total} given)"))
                );
            }
            if given > 0 {
                return Err(self.type_error("sort() takes no positional arguments"));
            }
            return self.list_sort(list, &kwargs);
        }
        if matches!(
            id,
            Builtin::ObjectNew
                | Builtin::ObjectInitSubclass
                | Builtin::TypeNew
                | Builtin::TypeInit
                | Builtin::TypeCall
        ) {
            let recv = match recv {
                Some(r) => r,
                None if !args.is_empty() => args.remove(0),
                None => {
                    let q = if matches!(id, Builtin::ObjectNew | Builtin::ObjectInitSubclass) {
                        "object"
                    } else {
                        "type"
                    };
                    return Err(
                        self.type_error(format!("{q}.{}(): not enough arguments", id.name()))
                    );
                }
            };
            return self.class_builtin(id, recv, args, kwargs);
        }
        if id == Builtin::DictUpdate || id == Builtin::DictInit {
            let recv = match recv {
                Some(r) => r,
                None if !args.is_empty() => args.remove(0),
                None => return Err(self.type_error(format!("{}() needs an argument", id.name()))),
            };
            return self.dict_update(recv, &args, &kwargs);
        }
        if !kwargs.is_empty() && matches!(id, Builtin::WkdUpdate | Builtin::WvdUpdate) {
            let recv = match recv {
                Some(r) => r,
                None if !args.is_empty() => args.remove(0),
                None => return Err(self.type_error(format!("{}() needs an argument", id.name()))),
            };
            self.weak_method(id, recv, &args)?;
            self.weak_update_kwargs(recv, kwargs)?;
            return Ok(self.none());
        }
        if !kwargs.is_empty() && crate::runtime::builtin_id::python_method_qualname(id).is_some() {
            let recv = match recv {
                Some(r) => r,
                None if !args.is_empty() => args.remove(0),
                None => return Err(self.type_error(format!("{}() needs an argument", id.name()))),
            };
            let args = self.bind_py_kwargs(id, args, kwargs)?;
            return self.call_method_builtin(id, recv, &args);
        }
        if !kwargs.is_empty() {
            if is_method(id) {
                return Err(self.no_keywords_error(id, recv.or_else(|| args.first().copied())));
            }
            let module = match id {
                Builtin::WeakProxy | Builtin::WeakGetRefCount | Builtin::WeakGetRefs => "_weakref.",
                _ => "",
            };
            return Err(self.type_error(format!(
                "{module}{}() takes no keyword arguments",
                id.name()
            )));
        }
        let recv = match recv {
            Some(r) => Some(r),
            None if is_method(id) => {
                if args.is_empty() {
                    if let Some(q) = crate::runtime::builtin_id::python_method_qualname(id) {
                        // A Python function called without its `self`.
                        let (params, required) =
                            crate::runtime::builtin_id::python_method_params(id);
                        let mut all = vec!["self"];
                        all.extend_from_slice(params);
                        self.check_py_arity(&q, &all, required + 1, &args)?;
                    }
                    let q = arity::home_type(id).map_or(String::new(), |t| format!("{t}."));
                    return Err(self.type_error(format!(
                        "unbound method {q}{}() needs an argument",
                        id.name()
                    )));
                }
                Some(args.remove(0))
            }
            None => None,
        };
        match recv {
            None => self.call_function_builtin(id, &args),
            Some(r) => self.call_method_builtin(id, r, &args),
        }
    }

    fn call_method_builtin(&mut self, id: Builtin, recv: Value, args: &[Value]) -> PyResult<Value> {
        use Builtin as B;
        // `class Name(str)`: the builtin's methods work on the value the instance stands for.
        let recv = match id {
            B::ObjectInit
            | B::ExceptionInit
            | B::ExceptionAddNote
            | B::DSetAttr
            | B::DDelAttr
            | B::DGetAttribute
            | B::ObjectRepr
            | B::ObjectStr => recv,
            _ => self.unwrap_value(recv),
        };
        // The declared arity (`Builtin::arity`): two comparisons when the count is right.
        if !id.arity().accepts(args.len()) {
            if let Some(e) = self.method_arity_error(id, recv, args.len()) {
                return Err(e);
            }
        }
        match id {
            B::ObjectInit => Ok(self.none()),
            // Slot wrappers in CPython, whose arity error is worded as below.
            B::GenNext | B::GenIter | B::IterNext | B::IterIter if !args.is_empty() => {
                Err(self.type_error(format!("expected 0 arguments, got {}", args.len())))
            }
            B::GenSend | B::GenThrow | B::GenClose | B::GenNext | B::GenIter => {
                self.gen_method(id.name(), recv, args)
            }
            B::IterNext => self.call_builtin(B::Next, None, vec![recv], Vec::new()),
            B::ComplexConjugate => {
                self.check_arity("conjugate", args, 0, 0)?;
                match self.obj(recv) {
                    ObjKind::Complex(re, im) => {
                        let z = crate::runtime::complex::Complex::new(*re, -im);
                        self.complex_value(z)
                    }
                    _ => Ok(recv),
                }
            }
            B::IterIter => Ok(recv),
            B::SliceIndices => {
                self.check_arity("indices", args, 1, 1)?;
                let ObjKind::Slice(bounds) = self.obj(recv) else {
                    let t = self.type_name(recv);
                    return Err(self.type_error(format!(
                        "descriptor 'indices' for 'slice' objects doesn't apply to a '{t}' object"
                    )));
                };
                let bounds = *bounds;
                let len = self.expect_int(args[0], "indices")?;
                if len < 0 {
                    return Err(self.value_error("length should not be negative"));
                }
                if bounds.2 == Some(0) {
                    return Err(self.value_error("slice step cannot be zero"));
                }
                let (a, b, c) = crate::runtime::slice::adjusted_indices(len, bounds);
                let items = vec![self.int_value(a)?, self.int_value(b)?, self.int_value(c)?];
                self.alloc(ObjKind::Tuple(items))
            }
            B::FileRead
            | B::FileReadLine
            | B::FileReadLines
            | B::FileWrite
            | B::FileWriteLines
            | B::FileClose
            | B::FileFlush
            | B::FileEnter
            | B::FileExit
            | B::FileIter
            | B::FileNext
            | B::FileSeek
            | B::FileTell => self.file_method(id, recv, args),
            B::ExceptionAddNote => {
                // `BaseException.add_note(note)`: appended to `__notes__`, made on first use.
                self.check_arity("add_note", args, 1, 1)?;
                if !self.is_instance(args[0], self.type_class(TypeTag::Str)) {
                    let t = self.type_name(args[0]);
                    return Err(self.type_error(format!("note must be a str, not '{t}'")));
                }
                match self.getattr_opt(recv, "__notes__")? {
                    Some(notes) => match self.obj_mut(notes) {
                        ObjKind::List(items) => items.push(args[0]),
                        _ => {
                            return Err(self.type_error("Cannot add note: __notes__ is not a list"))
                        }
                    },
                    None => {
                        let notes = self.alloc(ObjKind::List(vec![args[0]]))?;
                        self.setattr(recv, &Name::from("__notes__"), notes)?;
                    }
                }
                Ok(self.none())
            }
            B::ExceptionInit => {
                let t = self.alloc(ObjKind::Tuple(args.to_vec()))?;
                if let ObjKind::Instance(i) = self.obj_mut(recv) {
                    i.attrs.set(Name::from("args"), t);
                }
                if self.is_os_error(recv) {
                    self.os_error_init(recv, args)?;
                }
                Ok(self.none())
            }
            B::StrJoin
            | B::StrSplit
            | B::StrStrip
            | B::StrLStrip
            | B::StrRStrip
            | B::StrUpper
            | B::StrLower
            | B::StrStartsWith
            | B::StrEndsWith
            | B::StrReplace
            | B::StrFind
            | B::StrIndex
            | B::StrCount
            | B::StrFormat
            | B::StrIsDigit
            | B::StrIsAlpha
            | B::StrIsSpace
            | B::StrLJust
            | B::StrRJust
            | B::StrCenter
            | B::StrZFill
            | B::StrTitle
            | B::StrCapitalize
            | B::StrSplitLines
            | B::StrRSplit
            | B::StrExpandTabs
            | B::StrRFind
            | B::StrRIndex
            | B::StrPartition
            | B::StrRPartition
            | B::StrIsUpper
            | B::StrIsLower
            | B::StrIsAlnum
            | B::StrIsDecimal
            | B::StrIsNumeric
            | B::StrIsIdentifier
            | B::StrIsTitle
            | B::StrIsAscii
            | B::StrIsPrintable
            | B::StrSwapCase
            | B::StrCaseFold
            | B::StrRemovePrefix
            | B::StrRemoveSuffix
            | B::StrTranslate
            | B::StrEncode
            | B::StrFormatMap => {
                if matches!(id, B::StrFormat | B::StrFormatMap) {
                    return self.str_method(id, recv, args);
                }
                let args: Vec<Value> = args.iter().map(|a| self.unwrap_value(*a)).collect();
                self.str_method(id, recv, &args)
            }
            id if bytes::is_bytes_method(id) => {
                let args: Vec<Value> = args.iter().map(|a| self.unwrap_value(*a)).collect();
                self.bytes_method(id, recv, &args)
            }
            id if crate::runtime::builtin_id::BYTEARRAY_MUTATORS.contains(&id) => {
                let args: Vec<Value> = args.iter().map(|a| self.unwrap_value(*a)).collect();
                self.bytearray_method(id, recv, &args)
            }
            id if dunders::is_dunder(id) => self.dunder_method(id, recv, args),
            // The methods of the classes `weakref` defines in Python: one list, in `python_class`.
            id if id.python_class() == Some("WeakSet") => self.weak_set_method(id, recv, args),
            id if id.python_class().is_some() => self.weak_method(id, recv, args),
            _ => self.seq_method(id, recv, args),
        }
    }

    /// Checks that a builtin got between `min` and `max` positional arguments.
    pub fn check_arity(
        &mut self,
        name: &str,
        args: &[Value],
        min: usize,
        max: usize,
    ) -> PyResult<()> {
        if args.len() < min || args.len() > max {
            let msg = if min == max {
                match min {
                    0 => format!("{name}() takes no arguments ({} given)", args.len()),
                    1 => format!("{name}() takes exactly one argument ({} given)", args.len()),
                    // Fixed counts of two or more are Argument Clinic's positional-only
                    // parameters (`isinstance`, `math.atan2`).
                    n => format!("{name} expected {n} arguments, got {}", args.len()),
                }
            } else if args.len() < min {
                format!(
                    "{name} expected at least {min} argument{}, got {}",
                    plural(min),
                    args.len()
                )
            } else {
                format!(
                    "{name} expected at most {max} argument{}, got {}",
                    plural(max),
                    args.len()
                )
            };
            return Err(self.type_error(msg));
        }
        Ok(())
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Whether `id` is a method (takes a receiver) rather than a function.
fn is_method(id: Builtin) -> bool {
    !BUILTIN_FUNCTIONS.contains(&id)
        && !crate::runtime::builtin_id::is_module_function(id)
        && !matches!(
            id,
            Builtin::GcCollect
                | Builtin::GcDisable
                | Builtin::GcEnable
                | Builtin::GcIsEnabled
                | Builtin::GcGetCount
                | Builtin::GcGetReferrers
                | Builtin::GcGetReferents
                | Builtin::GcGetObjects
                | Builtin::GcIsTracked
                | Builtin::GcGetThreshold
                | Builtin::WeakProxy
                | Builtin::WeakGetRefCount
                | Builtin::WeakGetRefs
                | Builtin::SysExit
                | Builtin::SysGetFrame
                | Builtin::SysGetRecursionLimit
                | Builtin::SysIsFinalizing
                | Builtin::SysImportModule
                | Builtin::SysReload
        )
}

pub use crate::runtime::object::docstring;
pub use crate::syntax::ast::body_docstring;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn methods_are_found_by_type_and_name() {
        assert_eq!(
            method_of(TypeTag::List, "append"),
            Some(Builtin::ListAppend)
        );
        assert_eq!(method_of(TypeTag::Dict, "pop"), Some(Builtin::DictPop));
        assert_eq!(method_of(TypeTag::Int, "append"), None);
        assert!(is_method(Builtin::ListAppend));
        assert!(!is_method(Builtin::Len) && !is_method(Builtin::GcCollect));
    }

    #[test]
    fn builtin_functions_word_fixed_counts_as_cpython_does() {
        let src = "for f, a in [(len, ()), (isinstance, (1,)), (divmod, (1, 2, 3))]:\n    try:\n        f(*a)\n    except TypeError as e:\n        print(e)\n";
        let out = crate::run_captured(src, &crate::Options::default()).1;
        assert_eq!(
            out,
            "len() takes exactly one argument (0 given)\nisinstance expected 2 arguments, got 1\ndivmod expected 2 arguments, got 3\n"
        );
    }
}
