//! Functions and methods implemented in Rust: the [`Builtin`] identifiers, which methods each
//! builtin type has, and the dispatch from a call to the code that implements it.

pub mod bigint;
pub mod bytes;
pub mod codecs;
mod construct;
pub mod file;
mod float_hex;
pub(crate) mod format_spec;
mod functions;
mod keywords;
pub mod lazy_iter;
pub mod mro;
mod seq_methods;
mod set_order;

pub use set_order::{frozenset_hash, is_constant, set_positions};
mod str_methods;
mod str_more;

use crate::ast::Name;
use crate::exceptions::PyResult;
use crate::interp::Interp;
use crate::object::{ObjKind, Value};
use crate::types::TypeTag;

macro_rules! builtins {
    ($($id:ident = $name:literal),* $(,)?) => {
        /// A function or method implemented in Rust.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Builtin {
            $(
                #[doc = concat!("`", $name, "`")]
                $id,
            )*
        }

        impl Builtin {
            /// The Python name.
            pub fn name(self) -> &'static str {
                match self {
                    $(Builtin::$id => $name,)*
                }
            }
        }
    };
}

builtins! {
    // builtins module
    Print = "print", Len = "len", Repr = "repr", Sorted = "sorted", IsInstance = "isinstance",
    IsSubclass = "issubclass", Hash = "hash", Id = "id", GetAttr = "getattr", SetAttr = "setattr",
    HasAttr = "hasattr", DelAttr = "delattr", Abs = "abs", Min = "min", Max = "max", Sum = "sum",
    Any = "any", All = "all", Enumerate = "enumerate", Zip = "zip", Reversed = "reversed",
    Iter = "iter", Next = "next", Callable = "callable", Chr = "chr", Ord = "ord", Round = "round",
    Divmod = "divmod", Map = "map", Filter = "filter", Globals = "globals",
    Format = "format", Pow = "pow", Hex = "hex", Oct = "oct", Bin = "bin", Ascii = "ascii",
    Vars = "vars", Input = "input", Exit = "exit", Quit = "quit", Open = "open",
    // files
    FileRead = "read", FileReadLine = "readline", FileReadLines = "readlines",
    FileWrite = "write", FileWriteLines = "writelines", FileClose = "close", FileFlush = "flush",
    FileEnter = "__enter__", FileExit = "__exit__", FileIter = "__iter__", FileNext = "__next__",
    // list
    ListAppend = "append", ListPop = "pop", ListClear = "clear", ListExtend = "extend",
    ListInsert = "insert", ListRemove = "remove", ListIndex = "index", ListCount = "count",
    ListReverse = "reverse", ListSort = "sort", ListCopy = "copy", ListInit = "__init__",
    // tuple
    TupleIndex = "index", TupleCount = "count",
    // dict
    DictGet = "get", DictKeys = "keys", DictValues = "values", DictItems = "items",
    DictPop = "pop", DictPopItem = "popitem", DictSetDefault = "setdefault",
    DictUpdate = "update", DictClear = "clear", DictCopy = "copy", DictInit = "__init__",
    // set
    SetAdd = "add", SetDiscard = "discard", SetRemove = "remove", SetPop = "pop",
    SetClear = "clear", SetUpdate = "update", SetCopy = "copy", SetUnion = "union",
    SetIntersection = "intersection", SetDifference = "difference",
    // str
    StrJoin = "join", StrSplit = "split", StrStrip = "strip", StrLStrip = "lstrip",
    StrRStrip = "rstrip", StrUpper = "upper", StrLower = "lower", StrStartsWith = "startswith",
    StrEndsWith = "endswith", StrReplace = "replace", StrFind = "find", StrIndex = "index",
    StrCount = "count", StrFormat = "format", StrIsDigit = "isdigit", StrIsAlpha = "isalpha",
    StrIsSpace = "isspace", StrLJust = "ljust", StrRJust = "rjust", StrCenter = "center",
    StrZFill = "zfill", StrTitle = "title", StrCapitalize = "capitalize",
    StrSplitLines = "splitlines", StrRSplit = "rsplit", StrExpandTabs = "expandtabs",
    StrRFind = "rfind", StrRIndex = "rindex", StrPartition = "partition",
    StrRPartition = "rpartition", StrIsUpper = "isupper", StrIsLower = "islower",
    StrIsAlnum = "isalnum", StrIsDecimal = "isdecimal", StrIsNumeric = "isnumeric",
    StrIsIdentifier = "isidentifier", StrIsTitle = "istitle", StrIsAscii = "isascii",
    StrIsPrintable = "isprintable", StrSwapCase = "swapcase", StrCaseFold = "casefold",
    StrRemovePrefix = "removeprefix", StrRemoveSuffix = "removesuffix",
    StrTranslate = "translate", StrMakeTrans = "maketrans", StrEncode = "encode",
    StrFormatMap = "format_map",
    // int, float
    IntBitLength = "bit_length", FloatIsInteger = "is_integer", FloatHex = "hex",
    FloatFromHex = "fromhex",
    // dict, set extras
    DictFromKeys = "fromkeys", SetIsSubset = "issubset", SetIsSuperset = "issuperset",
    SetIsDisjoint = "isdisjoint", SetSymmetricDifference = "symmetric_difference",
    // object and exceptions
    ObjectInit = "__init__", ExceptionInit = "__init__",
    // gc module
    GcCollect = "collect", GcDisable = "disable", GcEnable = "enable", GcIsEnabled = "isenabled",
    GcGetCount = "get_count", GcGetReferrers = "get_referrers", GcGetReferents = "get_referents",
    GcGetObjects = "get_objects", GcIsTracked = "is_tracked", GcGetThreshold = "get_threshold",
    // weakref module
    WeakProxy = "proxy", WeakGetRefCount = "getweakrefcount", WeakGetRefs = "getweakrefs",
    // sys module
    SysExit = "exit", SysGetRecursionLimit = "getrecursionlimit", SysIsFinalizing = "is_finalizing",
    // weak containers and finalize
    WkdGet = "get", WkdKeys = "keys", WkdValues = "values", WkdItems = "items", WkdPop = "pop",
    WkdPopItem = "popitem", WkdSetDefault = "setdefault", WkdUpdate = "update",
    WkdClear = "clear", WkdCopy = "copy", WkdKeyRefs = "keyrefs",
    WvdGet = "get", WvdKeys = "keys", WvdValues = "values", WvdItems = "items", WvdPop = "pop",
    WvdPopItem = "popitem", WvdSetDefault = "setdefault", WvdUpdate = "update",
    WvdClear = "clear", WvdCopy = "copy", WvdValueRefs = "valuerefs",
    WsAdd = "add", WsDiscard = "discard", WsRemove = "remove", WsPop = "pop", WsClear = "clear",
    WsUpdate = "update", WsCopy = "copy", WsUnion = "union", WsIntersection = "intersection",
    WsDifference = "difference", WsSymmetricDifference = "symmetric_difference",
    WsIsSubset = "issubset", WsIsSuperset = "issuperset", WsIsDisjoint = "isdisjoint",
    WsIntersectionUpdate = "intersection_update", WsDifferenceUpdate = "difference_update",
    WsSymmetricDifferenceUpdate = "symmetric_difference_update",
    FinalizeDetach = "detach", FinalizePeek = "peek",
    // property
    PropertySetter = "setter", PropertyGetter = "getter",
    // math module
    MathSqrt = "sqrt", MathFloor = "floor", MathCeil = "ceil", MathTrunc = "trunc",
    MathIsClose = "isclose", MathGcd = "gcd", MathLcm = "lcm", MathFactorial = "factorial",
    MathLog = "log", MathLog2 = "log2", MathLog10 = "log10", MathLog1p = "log1p",
    MathExp = "exp", MathExpm1 = "expm1", MathPow = "pow", MathFabs = "fabs", MathSin = "sin",
    MathCos = "cos", MathTan = "tan", MathAsin = "asin", MathAcos = "acos", MathAtan = "atan",
    MathAtan2 = "atan2", MathSinh = "sinh", MathCosh = "cosh", MathTanh = "tanh",
    MathAsinh = "asinh", MathAcosh = "acosh", MathAtanh = "atanh", MathHypot = "hypot",
    MathDist = "dist", MathIsqrt = "isqrt", MathComb = "comb", MathPerm = "perm",
    MathProd = "prod", MathFsum = "fsum", MathIsNan = "isnan", MathIsInf = "isinf",
    MathIsFinite = "isfinite", MathCopySign = "copysign", MathDegrees = "degrees",
    MathRadians = "radians", MathModf = "modf", MathFmod = "fmod", MathFrexp = "frexp",
    MathLdexp = "ldexp", MathRemainder = "remainder",
    // time module
    TimeTime = "time", TimeTimeNs = "time_ns", TimePerfCounter = "perf_counter",
    TimePerfCounterNs = "perf_counter_ns", TimeMonotonic = "monotonic",
    TimeProcessTime = "process_time", TimeSleep = "sleep",
    // random module
    RandSeed = "seed", RandRandom = "random", RandUniform = "uniform", RandRandint = "randint",
    RandRandrange = "randrange", RandChoice = "choice", RandChoices = "choices",
    RandShuffle = "shuffle", RandSample = "sample", RandGauss = "gauss",
    RandGetRandBits = "getrandbits",
    // string module
    StringCapWords = "capwords",
    // os and os.path modules
    OsGetCwd = "getcwd", OsListDir = "listdir", OsGetEnv = "getenv", PathJoin = "join",
    PathExists = "exists", PathBasename = "basename", PathDirname = "dirname",
    PathSplitExt = "splitext", PathAbsPath = "abspath", PathIsFile = "isfile",
    PathIsDir = "isdir", PathSplit = "split", PathGetSize = "getsize", PathIsAbs = "isabs",
    // gc module functions added with generations (modules::gc), the minipy module (modules::inspect)
    GcSetThreshold = "set_threshold", GcGetStats = "get_stats", GcGetDebug = "get_debug",
    GcSetDebug = "set_debug", GcIsFinalized = "is_finalized", GcFreeze = "freeze",
    GcUnfreeze = "unfreeze", GcGetFreezeCount = "get_freeze_count", MinipyWhyAlive = "why_alive",
    // functools helpers the Python part of `functools` calls
    FuncUpdateWrapper = "_update_wrapper",
    // generator (eval::generator)
    GenSend = "send", GenThrow = "throw", GenClose = "close", GenNext = "__next__",
    GenIter = "__iter__",
    // bytes (builtins::bytes)
    BytesDecode = "decode", BytesHex = "hex", BytesFromHex = "fromhex",
    BytesStartsWith = "startswith", BytesEndsWith = "endswith", BytesFind = "find",
    BytesRFind = "rfind", BytesIndex = "index", BytesCount = "count", BytesSplit = "split",
    BytesRSplit = "rsplit", BytesSplitLines = "splitlines", BytesJoin = "join",
    BytesStrip = "strip", BytesLStrip = "lstrip", BytesRStrip = "rstrip",
    BytesReplace = "replace", BytesUpper = "upper", BytesLower = "lower",
    BytesIsDigit = "isdigit", BytesIsAlpha = "isalpha", BytesIsAlnum = "isalnum",
    BytesIsSpace = "isspace", BytesIsUpper = "isupper", BytesIsLower = "islower",
    IntToBytes = "to_bytes", IntFromBytes = "from_bytes",
}

impl Builtin {
    /// For a method of a class the `weakref` module defines in Python (`WeakSet`,
    /// `WeakKeyDictionary`, `WeakValueDictionary`, `finalize`; `clear` is `MutableMapping`'s), that
    /// class: CPython shows such methods as Python functions (`<bound method WeakSet.union of
    /// ...>`, type `method`), and `modules::weak_objects` words their argument errors.
    pub fn python_class(self) -> Option<&'static str> {
        use Builtin as B;
        let class = match self {
            B::WkdClear | B::WvdClear => "MutableMapping",
            B::WkdGet
            | B::WkdKeys
            | B::WkdValues
            | B::WkdItems
            | B::WkdPop
            | B::WkdPopItem
            | B::WkdSetDefault
            | B::WkdUpdate
            | B::WkdCopy
            | B::WkdKeyRefs => "WeakKeyDictionary",
            B::WvdGet
            | B::WvdKeys
            | B::WvdValues
            | B::WvdItems
            | B::WvdPop
            | B::WvdPopItem
            | B::WvdSetDefault
            | B::WvdUpdate
            | B::WvdCopy
            | B::WvdValueRefs => "WeakValueDictionary",
            B::FinalizeDetach | B::FinalizePeek => "finalize",
            B::WsAdd
            | B::WsDiscard
            | B::WsRemove
            | B::WsPop
            | B::WsClear
            | B::WsUpdate
            | B::WsCopy
            | B::WsUnion
            | B::WsIntersection
            | B::WsDifference
            | B::WsSymmetricDifference
            | B::WsIsSubset
            | B::WsIsSuperset
            | B::WsIsDisjoint
            | B::WsIntersectionUpdate
            | B::WsDifferenceUpdate
            | B::WsSymmetricDifferenceUpdate => "WeakSet",
            _ => return None,
        };
        Some(class)
    }
}

/// The functions of the builtins namespace.
pub const BUILTIN_FUNCTIONS: [Builtin; 42] = [
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
];

/// The builtin method `name` of instances of builtin type `tag`.
pub fn method_of(tag: TypeTag, name: &str) -> Option<Builtin> {
    use Builtin as B;
    let table: &[Builtin] = match tag {
        TypeTag::List => &[
            B::ListAppend,
            B::ListPop,
            B::ListClear,
            B::ListExtend,
            B::ListInsert,
            B::ListRemove,
            B::ListIndex,
            B::ListCount,
            B::ListReverse,
            B::ListSort,
            B::ListCopy,
            B::ListInit,
        ],
        TypeTag::Tuple => &[B::TupleIndex, B::TupleCount],
        TypeTag::Dict => &[
            B::DictGet,
            B::DictKeys,
            B::DictValues,
            B::DictItems,
            B::DictPop,
            B::DictPopItem,
            B::DictSetDefault,
            B::DictUpdate,
            B::DictClear,
            B::DictCopy,
            B::DictInit,
            B::DictFromKeys,
        ],
        TypeTag::Set => &[
            B::SetAdd,
            B::SetDiscard,
            B::SetRemove,
            B::SetPop,
            B::SetClear,
            B::SetUpdate,
            B::SetCopy,
            B::SetUnion,
            B::SetIntersection,
            B::SetDifference,
            B::SetIsSubset,
            B::SetIsSuperset,
            B::SetIsDisjoint,
            B::SetSymmetricDifference,
        ],
        TypeTag::Str => &[
            B::StrJoin,
            B::StrSplit,
            B::StrStrip,
            B::StrLStrip,
            B::StrRStrip,
            B::StrUpper,
            B::StrLower,
            B::StrStartsWith,
            B::StrEndsWith,
            B::StrReplace,
            B::StrFind,
            B::StrIndex,
            B::StrCount,
            B::StrFormat,
            B::StrIsDigit,
            B::StrIsAlpha,
            B::StrIsSpace,
            B::StrLJust,
            B::StrRJust,
            B::StrCenter,
            B::StrZFill,
            B::StrTitle,
            B::StrCapitalize,
            B::StrSplitLines,
            B::StrRSplit,
            B::StrExpandTabs,
            B::StrRFind,
            B::StrRIndex,
            B::StrPartition,
            B::StrRPartition,
            B::StrIsUpper,
            B::StrIsLower,
            B::StrIsAlnum,
            B::StrIsDecimal,
            B::StrIsNumeric,
            B::StrIsIdentifier,
            B::StrIsTitle,
            B::StrIsAscii,
            B::StrIsPrintable,
            B::StrSwapCase,
            B::StrCaseFold,
            B::StrRemovePrefix,
            B::StrRemoveSuffix,
            B::StrTranslate,
            B::StrMakeTrans,
            B::StrEncode,
            B::StrFormatMap,
        ],
        TypeTag::FrozenSet => &[
            B::SetCopy,
            B::SetUnion,
            B::SetIntersection,
            B::SetDifference,
            B::SetIsSubset,
            B::SetIsSuperset,
            B::SetIsDisjoint,
            B::SetSymmetricDifference,
        ],
        TypeTag::Int => &[B::IntBitLength, B::IntToBytes, B::IntFromBytes],
        TypeTag::Bytes => &bytes::BYTES_METHODS,
        TypeTag::TextIO => &file::FILE_METHODS,
        TypeTag::Float => &[B::FloatIsInteger, B::FloatHex, B::FloatFromHex],
        TypeTag::WeakKeyDict => &[
            B::WkdGet,
            B::WkdKeys,
            B::WkdValues,
            B::WkdItems,
            B::WkdPop,
            B::WkdPopItem,
            B::WkdSetDefault,
            B::WkdUpdate,
            B::WkdClear,
            B::WkdCopy,
            B::WkdKeyRefs,
        ],
        TypeTag::WeakValueDict => &[
            B::WvdGet,
            B::WvdKeys,
            B::WvdValues,
            B::WvdItems,
            B::WvdPop,
            B::WvdPopItem,
            B::WvdSetDefault,
            B::WvdUpdate,
            B::WvdClear,
            B::WvdCopy,
            B::WvdValueRefs,
        ],
        TypeTag::WeakSet => &[
            B::WsAdd,
            B::WsDiscard,
            B::WsRemove,
            B::WsPop,
            B::WsClear,
            B::WsUpdate,
            B::WsCopy,
            B::WsUnion,
            B::WsIntersection,
            B::WsDifference,
            B::WsSymmetricDifference,
            B::WsIsSubset,
            B::WsIsSuperset,
            B::WsIsDisjoint,
            B::WsIntersectionUpdate,
            B::WsDifferenceUpdate,
            B::WsSymmetricDifferenceUpdate,
        ],
        TypeTag::Finalize => &[B::FinalizeDetach, B::FinalizePeek],
        TypeTag::Generator => &[B::GenSend, B::GenThrow, B::GenClose, B::GenNext, B::GenIter],
        TypeTag::Property => &[B::PropertySetter, B::PropertyGetter],
        TypeTag::BaseException => &[B::ExceptionInit],
        TypeTag::Object => &[B::ObjectInit],
        _ => &[],
    };
    table.iter().copied().find(|b| b.name() == name)
}

impl Interp {
    /// Allocates the builtin functions and classes into the builtins namespace.
    pub(crate) fn init_builtins(&mut self) {
        for b in BUILTIN_FUNCTIONS {
            let f = self
                .alloc(ObjKind::Builtin(b, None))
                .expect("no heap limit during startup");
            self.roots.builtins.set(Name::from(b.name()), f);
        }
        for tag in [
            TypeTag::Object,
            TypeTag::Type,
            TypeTag::Bool,
            TypeTag::Int,
            TypeTag::Float,
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
        ] {
            let class = self.type_class(tag);
            let name = self.class_name(class);
            self.roots.builtins.set(name, class);
        }
        for &exc in crate::exceptions::Exc::ALL {
            let class = self.exc_class(exc);
            self.roots.builtins.set(Name::from(exc.name()), class);
        }
        let none = self.none();
        self.roots.builtins.set(Name::from("None"), none);
        let ni = self.not_implemented();
        self.roots.builtins.set(Name::from("NotImplemented"), ni);
        let ellipsis = self.ellipsis();
        self.roots.builtins.set(Name::from("Ellipsis"), ellipsis);
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
        if crate::modules::stdlib::is_module_function(id) {
            return self.stdlib_call(id, args, kwargs);
        }
        if let Some(r) = self.call_builtin_kw(id, recv, &mut args, &mut kwargs) {
            return r;
        }
        if id == Builtin::Print {
            return self.builtin_print(&args, &kwargs);
        }
        if id == Builtin::Sorted {
            return self.builtin_sorted(&args, &kwargs);
        }
        if id == Builtin::ListSort {
            let Some(list) = recv.or_else(|| args.first().copied()) else {
                return Err(self.type_error("sort() needs a list"));
            };
            return self.list_sort(list, &kwargs);
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
        if !kwargs.is_empty() && crate::modules::weak_objects::python_method_qualname(id).is_some()
        {
            let recv = match recv {
                Some(r) => r,
                None if !args.is_empty() => args.remove(0),
                None => return Err(self.type_error(format!("{}() needs an argument", id.name()))),
            };
            let args = self.bind_py_kwargs(id, args, kwargs)?;
            return self.call_method_builtin(id, recv, &args);
        }
        if !kwargs.is_empty() {
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
                    if let Some(q) = crate::modules::weak_objects::python_method_qualname(id) {
                        // A Python function called without its `self`.
                        let (params, required) =
                            crate::modules::weak_objects::python_method_params(id);
                        let mut all = vec!["self"];
                        all.extend_from_slice(params);
                        self.check_py_arity(&q, &all, required + 1, &args)?;
                    }
                    return Err(self
                        .type_error(format!("unbound method {}() needs an argument", id.name())));
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
        match id {
            B::ObjectInit => Ok(self.none()),
            B::GenSend | B::GenThrow | B::GenClose | B::GenNext | B::GenIter => {
                self.gen_method(id.name(), recv, args)
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
            | B::FileNext => self.file_method(id, recv, args),
            B::ExceptionInit => {
                let t = self.alloc(ObjKind::Tuple(args.to_vec()))?;
                if let ObjKind::Instance(i) = self.obj_mut(recv) {
                    i.attrs.set(Name::from("args"), t);
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
            | B::StrFormatMap => self.str_method(id, recv, args),
            id if bytes::is_bytes_method(id) => self.bytes_method(id, recv, args),
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
                    n => format!(
                        "{name}() takes exactly {n} arguments ({} given)",
                        args.len()
                    ),
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
        && !crate::modules::stdlib::is_module_function(id)
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
                | Builtin::SysGetRecursionLimit
                | Builtin::SysIsFinalizing
        )
}

/// A `def`'s docstring (`__doc__`): its first statement when that is a string literal. (Lambdas
/// have none; a class's `__doc__` needs the class body to bind it, which it does not yet.)
pub fn docstring(code: &crate::object::Code) -> Option<&std::rc::Rc<str>> {
    let crate::object::Code::Def(def) = code else {
        return None;
    };
    body_docstring(&def.body)
}

/// The docstring of a module, class or function body: its first statement, if a string literal.
pub fn body_docstring(body: &[crate::ast::Stmt]) -> Option<&std::rc::Rc<str>> {
    match &body.first()?.kind {
        crate::ast::StmtKind::Expr(e) => match &e.kind {
            crate::ast::ExprKind::Str(s) => Some(s),
            _ => None,
        },
        _ => None,
    }
}

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
}
