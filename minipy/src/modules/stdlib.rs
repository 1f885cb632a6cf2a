//! The standard-library modules scripts import most: `math`, `time`, `random`, `string`, `os`
//! and `os.path` are Rust functions ([`Builtin`] ids dispatched by [`Interp::stdlib_call`]);
//! `collections`, `functools`, `itertools`, `heapq`, `bisect`, `operator`, `contextlib`, `json`,
//! `re`, `io`, `textwrap`, `csv`, `fractions`, `statistics`, `datetime`, `pprint`, `argparse`,
//! `logging`, `traceback`, `warnings`, `atexit`, `keyword`, `shlex`, `numbers`, `calendar`,
//! `base64`, `stat`, `fnmatch`, `glob`, `pathlib`, `tempfile`, `shutil`, `struct` and `uuid` (and
//! the Python halves of `os` and `os.path`) are Python source embedded in the binary (`modules/py/*.py`), run once on first import
//! in a namespace of their own (`Interp::exec_python_module`), over a few Rust helpers where Python alone cannot do it or
//! is too slow (`json`'s scanner and encoder, `re`'s matching over `fancy_regex`). `string.Template`
//! is Python run into the Rust `string` module. `unittest`, `difflib`, `timeit`, `secrets`,
//! `platform`, `locale`, `binascii`, `zlib`, `gzip`, `array`, `inspect`, `subprocess`, `codecs`
//! and `pickle` are Python written for minipy from their documented behaviour, the ones that need
//! the OS or speed over helpers in `modules/extra.rs`.
//!
//! What a module does not have raises `AttributeError: module 'math' has no attribute 'x'`, as
//! CPython's would for a name it lacks.

use std::rc::Rc;

use crate::builtins::Builtin;
use crate::runtime::exceptions::{Exc, PyResult};
use crate::runtime::interp::Interp;
use crate::runtime::object::{Attrs, ObjKind, Value};
use crate::syntax::ast::Name;

/// A standard-library module written in Python and embedded in the binary.
pub struct PythonModule {
    /// The import name.
    pub name: &'static str,
    /// Its source, from `modules/py/`.
    pub source: &'static str,
    /// Rust functions put in its namespace before the source runs, for what Python alone cannot do.
    pub rust_helpers: &'static [Builtin],
}

const fn py(name: &'static str, source: &'static str) -> PythonModule {
    PythonModule {
        name,
        source,
        rust_helpers: &[],
    }
}

/// Every embedded Python module. A new one is a row here and a file in `modules/py/`.
pub const PYTHON_MODULES: &[PythonModule] = &[
    py("collections", include_str!("py/collections.py")),
    PythonModule {
        rust_helpers: &[Builtin::FuncUpdateWrapper],
        ..py("functools", include_str!("py/functools.py"))
    },
    py("itertools", include_str!("py/itertools.py")),
    py("heapq", include_str!("py/heapq.py")),
    py("bisect", include_str!("py/bisect.py")),
    // `TopologicalSorter`, `CycleError`.
    py("graphlib", include_str!("py/graphlib.py")),
    py("operator", include_str!("py/operator.py")),
    // `contextmanager`, `suppress`, `closing`, `nullcontext`.
    py("contextlib", include_str!("py/contextlib.py")),
    // `copy`, `deepcopy` (memo, `__copy__`, `__deepcopy__`, `__getstate__`/`__setstate__`).
    py("copy", include_str!("py/copy.py")),
    // `sqrt`, `exp`, `log`, `phase`, `polar`, `rect` and the constants; no trigonometry.
    py("cmath", include_str!("py/cmath.py")),
    // `GenericAlias` (what `list[int]` makes), `SimpleNamespace`, `FunctionType`...
    py("types", include_str!("py/types.py")),
    PythonModule {
        rust_helpers: &[
            Builtin::JsonScan,
            Builtin::JsonEncodeStr,
            Builtin::JsonEncodeFast,
        ],
        ..py("json", include_str!("py/json.py"))
    },
    // `ABC`, `ABCMeta`, `abstractmethod`.
    py("abc", include_str!("py/abc.py")),
    // `Enum`, `IntEnum`, `Flag`, `IntFlag`, `StrEnum`, `auto`, `unique`.
    py("enum", include_str!("py/enum.py")),
    // `dataclass`, `field`, `fields`, `asdict`, `astuple`, `replace`, `FrozenInstanceError`.
    py("dataclasses", include_str!("py/dataclasses.py")),
    // The names annotated scripts import; reprs as CPython's, no run-time checks.
    py("typing", include_str!("py/typing.py")),
    // `from __future__ import annotations` makes annotations strings.
    py("__future__", include_str!("py/__future__.py")),
    PythonModule {
        rust_helpers: &[Builtin::ReCompile, Builtin::ReMatch, Builtin::ReAll],
        ..py("re", include_str!("py/re.py"))
    },
    // `StringIO` and `BytesIO`.
    py("io", include_str!("py/io.py")),
    py("textwrap", include_str!("py/textwrap.py")),
    py("csv", include_str!("py/csv.py")),
    py("fractions", include_str!("py/fractions.py")),
    // Decimal arithmetic written for minipy after the General Decimal Arithmetic spec:
    // contexts, rounding modes, signals, quantize, sqrt, format specs; no exp/ln/log10.
    py("decimal", include_str!("py/decimal.py")),
    py("statistics", include_str!("py/statistics.py")),
    py("datetime", include_str!("py/datetime.py")),
    // The container ABCs (structural checks, builtins registered, mixin methods).
    py("collections.abc", include_str!("py/collections_abc.py")),
    // minipy's own pprint, laid out as CPython 3.11's; a value's layout is chosen by the class
    // whose `__repr__` it uses.
    py("pprint", include_str!("py/pprint.py")),
    // minipy's own argparse, behaving as CPython 3.11's; no gettext (messages in English),
    // width from $COLUMNS or 80.
    py("argparse", include_str!("py/argparse.py")),
    // minipy's own logging, behaving as CPython 3.11's, without threads; the caller from
    // `sys._frame_info`.
    py("logging", include_str!("py/logging.py")),
    // minipy's own warnings, behaving as CPython 3.11's; the caller from `sys._frame_info`.
    py("warnings", include_str!("py/warnings.py")),
    // minipy's own keyword, shlex and numbers, behaving as CPython 3.11's.
    py("keyword", include_str!("py/keyword.py")),
    py("shlex", include_str!("py/shlex.py")),
    py("numbers", include_str!("py/numbers.py")),
    // minipy's own calendar, behaving as CPython 3.11's; no `locale` (the Locale*Calendar
    // classes raise).
    py("calendar", include_str!("py/calendar.py")),
    // Base16/32/64 in Python; no Base85.
    py("base64", include_str!("py/base64.py")),
    // `register`, `unregister`; the interpreter runs `_run_exitfuncs` at exit.
    py("atexit", include_str!("py/atexit.py")),
    // `BaseExceptionGroup`, `ExceptionGroup` and the helpers of `except*` (eval/stmt.rs).
    py("_exceptiongroup", include_str!("py/_exceptiongroup.py")),
    // `import_module`, `reload` (modules/importer.rs).
    py("importlib", include_str!("py/importlib.py")),
    // Written anew from its documentation; modes checked as C's mode_t, like CPython's `_stat`.
    py("stat", include_str!("py/stat.py")),
    // Written anew from its documented behaviour; no bytes patterns (minipy's `re` has none).
    py("fnmatch", include_str!("py/fnmatch.py")),
    // Written anew from its documented behaviour; no `dir_fd`, no bytes patterns.
    py("glob", include_str!("py/glob.py")),
    // Written anew: PurePath/PurePosixPath/Path/PosixPath over `os` (POSIX only).
    py("pathlib", include_str!("py/pathlib.py")),
    // Written anew after CPython's: named/temporary files served from memory (see the file).
    py("tempfile", include_str!("py/tempfile.py")),
    // Written anew after CPython's POSIX paths; no archives, chown or disk_usage.
    py("shutil", include_str!("py/shutil.py")),
    // Written anew after _struct.c (x86-64 native sizes); floats packed in Rust.
    PythonModule {
        rust_helpers: &[Builtin::StructPackFloat, Builtin::StructUnpackFloat],
        ..py("struct", include_str!("py/struct.py"))
    },
    // Written anew from its documented behaviour; random getnode(), hashlib for uuid3/uuid5.
    py("uuid", include_str!("py/uuid.py")),
    // `Queue`, `LifoQueue`, `PriorityQueue`, `SimpleQueue`; a wait no thread could end raises.
    py("queue", include_str!("py/queue.py")),
    PythonModule {
        rust_helpers: &[
            Builtin::HashDigest,
            Builtin::HashBlake2,
            Builtin::HashPbkdf2,
            Builtin::HashScrypt,
        ],
        ..py("hashlib", include_str!("py/hashlib.py"))
    },
    // The `urllib` package holds `parse` only (`import urllib.parse` binds it there).
    py(
        "urllib",
        "# minipy's urllib package: only urllib.parse is there.\n",
    ),
    py("urllib.parse", include_str!("py/urllib_parse.py")),
    // HTTPStatus and HTTPMethod; `http.client` holds the status constants and `responses` only.
    py("http", include_str!("py/http.py")),
    py("http.client", include_str!("py/http_client.py")),
    // Names (unicode_names2), categories (a table from Unicode's data) and normalization
    // (unicode-normalization); the rest of the database raises.
    PythonModule {
        rust_helpers: &[
            Builtin::UcdName,
            Builtin::UcdLookup,
            Builtin::UcdCategory,
            Builtin::UcdNormalize,
        ],
        ..py("unicodedata", include_str!("py/unicodedata.py"))
    },
    // `escape`; `unescape` for numeric and common named references.
    py("html", include_str!("py/html.py")),
    // `new`, `HMAC`, `digest`, `compare_digest`, over `hashlib`.
    py("hmac", include_str!("py/hmac.py")),
    PythonModule {
        rust_helpers: &[Builtin::TbFormat, Builtin::TbExtract],
        ..py("traceback", include_str!("py/traceback.py"))
    },
    // Written for minipy from the documented behaviour: SequenceMatcher, Differ, ndiff,
    // unified_diff, context_diff, get_close_matches, restore; no HtmlDiff.
    py("difflib", include_str!("py/difflib.py")),
    // Written for minipy from the documented behaviour: TestCase, TestSuite, TestLoader,
    // TextTestRunner, main(); no mock, no discover().
    PythonModule {
        rust_helpers: &[Builtin::ExtFuncGlobals],
        ..py("unittest", include_str!("py/unittest.py"))
    },
    // Written for minipy from the documented behaviour; Timer over exec, no command line.
    py("timeit", include_str!("py/timeit.py")),
    // Written for minipy from the documented behaviour, over os.urandom.
    py("secrets", include_str!("py/secrets.py")),
    // Written for minipy from the documented behaviour; the kernel's values from /proc.
    py("platform", include_str!("py/platform.py")),
    // Written for minipy from the documented behaviour; the C locale only.
    py("locale", include_str!("py/locale.py")),
    // Written for minipy from the documented behaviour; DEFLATE through miniz_oxide.
    PythonModule {
        rust_helpers: &[
            Builtin::ExtCrc32,
            Builtin::ExtAdler32,
            Builtin::ExtDeflate,
            Builtin::ExtInflate,
        ],
        ..py("zlib", include_str!("py/zlib.py"))
    },
    // Written for minipy from the documented behaviour, over zlib; whole-file reads and writes.
    py("gzip", include_str!("py/gzip.py")),
    // Written for minipy from the documented behaviour: hex, base64, CRC-32 (Rust).
    PythonModule {
        rust_helpers: &[Builtin::ExtCrc32],
        ..py("binascii", include_str!("py/binascii.py"))
    },
    // Written for minipy from the documented behaviour; children run to their end.
    PythonModule {
        rust_helpers: &[Builtin::ExtRunProcess],
        ..py("subprocess", include_str!("py/subprocess.py"))
    },
    // Written for minipy from the documented behaviour: predicates, signature, getmembers, getdoc.
    PythonModule {
        rust_helpers: &[Builtin::ExtFuncParams],
        ..py("inspect", include_str!("py/inspect.py"))
    },
    // Written for minipy from the documented behaviour; items in a list, packed with struct.
    py("array", include_str!("py/array.py")),
    // Written for minipy from the documented behaviour; text codecs over str.encode, UTF-16/32,
    // hex, base64, rot13.
    py("codecs", include_str!("py/codecs.py")),
    // Written for minipy from the documented behaviour (protocol 4 and 5 opcodes, as pickletools
    // documents them); see the file for what loads can find.
    py("pickle", include_str!("py/pickle.py")),
];

/// The Python half of `sys` (`version_info`), run over the Rust half's attributes.
pub const SYS_PY: &str = include_str!("py/sys.py");

/// The embedded Python module `name`, if minipy has one.
pub fn python_module(name: &str) -> Option<&'static PythonModule> {
    PYTHON_MODULES.iter().find(|m| m.name == name)
}

pub use crate::runtime::builtin_id::is_module_function;

/// Keyword arguments of a module function, taken by name.
pub struct Kwargs {
    items: Vec<(Name, Value)>,
    func: &'static str,
}

impl Kwargs {
    /// Whether no keyword argument is left.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Removes and returns keyword `name`.
    pub fn take(&mut self, name: &str) -> Option<Value> {
        let i = self.items.iter().position(|(n, _)| &**n == name)?;
        Some(self.items.remove(i).1)
    }
}

impl Interp {
    /// Calls a function of `math`, `time`, `random`, `string`, `os` or `os.path`.
    pub fn stdlib_call(
        &mut self,
        id: Builtin,
        args: Vec<Value>,
        kwargs: Vec<(Name, Value)>,
    ) -> PyResult<Value> {
        let mut kw = Kwargs {
            items: kwargs,
            func: id.name(),
        };
        let in_block =
            |first: Builtin, last: Builtin| (first as u16..=last as u16).contains(&(id as u16));
        let r = if in_block(Builtin::MathSqrt, Builtin::MathRemainder) {
            // `math.sqrt(Meters(4.0))`: on the value a `float`/`int` subclass stands for.
            let args: Vec<Value> = args.iter().map(|a| self.unwrap_value(*a)).collect();
            self.math_call(id, &args, &mut kw)?
        } else if in_block(Builtin::RandSeed, Builtin::RandSetState) {
            self.random_call(id, &args, &mut kw)?
        } else if in_block(Builtin::GcSetThreshold, Builtin::MinipyWhyAlive) {
            self.gc_module_call(id, &args, &kw)?
        } else if in_block(Builtin::JsonScan, Builtin::JsonEncodeFast) {
            let args: Vec<Value> = args.iter().map(|a| self.unwrap_value(*a)).collect();
            self.json_call(id, &args, &mut kw)?
        } else if in_block(Builtin::ReCompile, Builtin::ReAll) {
            self.re_call(id, &args, &mut kw)?
        } else if in_block(Builtin::TbExcInfo, Builtin::TbExtract) {
            self.tb_call(id, &args)?
        } else if in_block(Builtin::HashDigest, Builtin::HashScrypt) {
            self.hashlib_call(id, &args)?
        } else if in_block(Builtin::UcdName, Builtin::UcdNormalize) {
            self.unicodedata_call(id, &args)?
        } else if in_block(Builtin::ExtFuncParams, Builtin::ExtRunProcess) {
            self.extra_call(id, &args, &mut kw)?
        } else {
            self.misc_call(id, &args, &mut kw)?
        };
        if let Some((k, _)) = kw.items.first() {
            let k = k.clone();
            return Err(self.type_error(format!(
                "{}() got an unexpected keyword argument '{k}'",
                kw.func
            )));
        }
        Ok(r)
    }

    /// A number argument as a float (ints and bools too), or CPython's `TypeError`.
    pub fn real_arg(&mut self, v: Value) -> PyResult<f64> {
        match self.obj(v) {
            ObjKind::Float(f) => Ok(*f),
            ObjKind::Int(i) => Ok(*i as f64),
            ObjKind::Bool(b) => Ok(*b as i64 as f64),
            ObjKind::BigInt(_) => self.big_to_f64(v),
            _ => match self.float_by_dunder(v)? {
                Some(f) => Ok(f),
                None => {
                    let t = self.type_name(v);
                    Err(self.type_error(format!("must be real number, not {t}")))
                }
            },
        }
    }

    /// What CPython's `PyFloat_AsDouble` makes of an object that is not a float: its
    /// `__float__` (which must return a float), else its `__index__`; `None` if it has neither.
    pub fn float_by_dunder(&mut self, v: Value) -> PyResult<Option<f64>> {
        if let Some(f) = self.special_method(v, "__float__") {
            let r = self.call(f, vec![v], Vec::new())?;
            return match self.obj(self.unwrap_value(r)) {
                ObjKind::Float(x) => Ok(Some(*x)),
                _ => {
                    let (t, rt) = (self.type_name(v), self.type_name(r));
                    Err(self.type_error(format!("{t}.__float__ returned non-float (type {rt})")))
                }
            };
        }
        if let Some(f) = self.special_method(v, "__index__") {
            let r = self.call(f, vec![v], Vec::new())?;
            return match self.as_int(r) {
                Some(i) => Ok(Some(i as f64)),
                None => self.big_to_f64(r).map(Some),
            };
        }
        Ok(None)
    }

    /// An integer argument (an `int` or `bool`), or CPython's `TypeError` for other types.
    pub fn index_arg(&mut self, v: Value) -> PyResult<i64> {
        match self.as_int(v) {
            Some(i) => Ok(i),
            None if self.big_int(v).is_some() => Err(self.err(
                Exc::OverflowError,
                "Python int too large to convert to C ssize_t",
            )),
            None => {
                let t = self.type_name(v);
                Err(self.type_error(format!("'{t}' object cannot be interpreted as an integer")))
            }
        }
    }

    /// The `__name__` of the module whose globals are `globals` (`__main__` for the script), for
    /// the `__module__` of the classes it defines.
    pub fn module_name_of(&self, globals: Value) -> Rc<str> {
        if let ObjKind::Env(e) = self.obj(globals) {
            if let Some(v) = e.vars.get("__name__") {
                if let ObjKind::Str(s) = self.obj(v) {
                    return s.to_rc();
                }
            }
        }
        Rc::from("__main__")
    }

    /// Runs an embedded Python module's `source` in the module's namespace `globals` (an
    /// [`ObjKind::Env`] already holding its Rust-made attributes and `__name__`), which its
    /// functions keep as their globals.
    ///
    /// # Errors
    /// Whatever the module body raises (a bug in minipy's embedded source).
    pub(super) fn exec_python_module(
        &mut self,
        name: &str,
        source: &str,
        globals: Value,
    ) -> PyResult<()> {
        let module = match crate::syntax::compile(source) {
            Ok(m) => m,
            Err(e) => {
                return Err(self.err(
                    Exc::SystemError,
                    format!("minipy's built-in module {name} does not compile: {e}"),
                ))
            }
        };
        self.run_module_code(&module.body, globals, false)
    }

    /// Binds each of `ids` in `attrs` under its Python name.
    pub(super) fn add_module_functions(
        &mut self,
        attrs: &mut Attrs,
        ids: &[Builtin],
    ) -> PyResult<()> {
        for id in ids {
            let f = self.alloc(ObjKind::Builtin(*id, None))?;
            attrs.set(Name::from(id.name()), f);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn module_functions_are_exactly_the_stdlib_block() {
        for id in [
            Builtin::MathSqrt,
            Builtin::RandChoice,
            Builtin::PathIsAbs,
            Builtin::FuncUpdateWrapper,
        ] {
            assert!(is_module_function(id), "{id:?}");
        }
        for id in [
            Builtin::Len,
            Builtin::PropertyGetter,
            Builtin::GcCollect,
            Builtin::SysExit,
        ] {
            assert!(!is_module_function(id), "{id:?}");
        }
    }
}
