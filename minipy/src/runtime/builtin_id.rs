//! [`Builtin`]: the identifier of every function and method implemented in Rust, with its Python
//! name. What each one does is `crate::builtins`'s dispatch; objects here only name them.

use crate::runtime::types::TypeTag;

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
    DunderImport = "__import__",
    Format = "format", Pow = "pow", Hex = "hex", Oct = "oct", Bin = "bin", Ascii = "ascii",
    Vars = "vars", Input = "input", Exit = "exit", Quit = "quit", Open = "open",
    // files
    FileRead = "read", FileReadLine = "readline", FileReadLines = "readlines",
    FileWrite = "write", FileWriteLines = "writelines", FileClose = "close", FileFlush = "flush",
    FileEnter = "__enter__", FileExit = "__exit__", FileIter = "__iter__", FileNext = "__next__",
    FileSeek = "seek", FileTell = "tell",
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
    IntBitLength = "bit_length", IntBitCount = "bit_count", IntConjugate = "conjugate",
    IntAsIntegerRatio = "as_integer_ratio", FloatConjugate = "conjugate",
    FloatIsInteger = "is_integer", FloatHex = "hex",
    FloatFromHex = "fromhex", FloatAsIntegerRatio = "as_integer_ratio",
    // dict, set extras
    DictFromKeys = "fromkeys", SetIsSubset = "issubset", SetIsSuperset = "issuperset",
    SetIsDisjoint = "isdisjoint", SetSymmetricDifference = "symmetric_difference",
    SetIntersectionUpdate = "intersection_update", SetDifferenceUpdate = "difference_update",
    SetSymmetricDifferenceUpdate = "symmetric_difference_update",
    // object and exceptions
    ObjectInit = "__init__", ExceptionInit = "__init__", ExceptionAddNote = "add_note",
    ObjectNew = "__new__",
    ObjectInitSubclass = "__init_subclass__", TypeNew = "__new__", TypeInit = "__init__",
    TypeCall = "__call__",
    // gc module
    GcCollect = "collect", GcDisable = "disable", GcEnable = "enable", GcIsEnabled = "isenabled",
    GcGetCount = "get_count", GcGetReferrers = "get_referrers", GcGetReferents = "get_referents",
    GcGetObjects = "get_objects", GcIsTracked = "is_tracked", GcGetThreshold = "get_threshold",
    // weakref module
    WeakProxy = "proxy", WeakGetRefCount = "getweakrefcount", WeakGetRefs = "getweakrefs",
    // sys module
    SysExit = "exit", SysGetFrame = "_getframe", SysGetRecursionLimit = "getrecursionlimit", SysIsFinalizing = "is_finalizing",
    SysImportModule = "_import_module", SysReload = "_reload",
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
    PropertySetter = "setter", PropertyGetter = "getter", PropertyDeleter = "deleter", FunctionGet = "__get__",
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
    MathLdexp = "ldexp", MathCbrt = "cbrt", MathExp2 = "exp2", MathErf = "erf",
    MathErfc = "erfc", MathGamma = "gamma", MathLgamma = "lgamma", MathNextAfter = "nextafter",
    MathUlp = "ulp", MathRemainder = "remainder",
    // time module
    TimeTime = "time", TimeTimeNs = "time_ns", TimePerfCounter = "perf_counter",
    TimePerfCounterNs = "perf_counter_ns", TimeMonotonic = "monotonic",
    TimeProcessTime = "process_time", TimeSleep = "sleep",
    // random module
    RandSeed = "seed", RandRandom = "random", RandUniform = "uniform", RandRandint = "randint",
    RandRandrange = "randrange", RandChoice = "choice", RandChoices = "choices",
    RandShuffle = "shuffle", RandSample = "sample", RandGauss = "gauss",
    RandGetRandBits = "getrandbits", RandGetState = "getstate", RandSwapState = "_swap_state",
    RandSetState = "setstate",
    // string module
    StringCapWords = "capwords",
    // os and os.path modules
    OsGetCwd = "getcwd", OsListDir = "listdir", OsGetEnv = "getenv", OsRemove = "remove", PathJoin = "join",
    PathExists = "exists", PathBasename = "basename", PathDirname = "dirname",
    PathSplitExt = "splitext", PathAbsPath = "abspath", PathIsFile = "isfile",
    PathIsDir = "isdir", PathSplit = "split", PathGetSize = "getsize", PathIsAbs = "isabs",
    OsStat = "_stat", OsMkdir = "mkdir", OsRmdir = "rmdir", OsRename = "rename",
    OsReplace = "replace", OsChmod = "chmod", OsUtime = "_utime", OsGetPid = "getpid",
    OsUrandom = "urandom", OsCopyFile = "_copyfile", OsRealPath = "_realpath",
    OsReadLink = "readlink", OsSymlink = "symlink", OsChdir = "chdir", OsOpen = "open",
    OsClose = "close", OsWrite = "write", OsRead = "read",
    // struct helpers (modules::misc)
    StructPackFloat = "_pack_float", StructUnpackFloat = "_unpack_float",
    // gc module functions added with generations (modules::gc), the minipy module (modules::inspect)
    GcSetThreshold = "set_threshold", GcGetStats = "get_stats", GcGetDebug = "get_debug",
    GcSetDebug = "set_debug", GcIsFinalized = "is_finalized", GcFreeze = "freeze",
    GcUnfreeze = "unfreeze", GcGetFreezeCount = "get_freeze_count", MinipyWhyAlive = "why_alive",
    // json helpers (modules::json)
    JsonScan = "_json_scan", JsonEncodeStr = "_json_encode_str",
    JsonEncodeFast = "_json_encode_fast",
    // re helpers (modules::re)
    ReCompile = "_re_compile", ReMatch = "_re_match", ReAll = "_re_all",
    // traceback/warnings helpers (modules::tb)
    TbExcInfo = "_exc_info", TbFormat = "_format_exception", TbFrameInfo = "_frame_info",
    TbExtract = "_extract_tb",
    // hashlib helper (modules::hashlib)
    HashDigest = "_hash_digest", HashBlake2 = "_blake2", HashPbkdf2 = "_pbkdf2",
    HashScrypt = "_scrypt",
    // unicodedata module's Rust helpers
    UcdName = "_ucd_name", UcdLookup = "_ucd_lookup", UcdCategory = "_ucd_category",
    UcdNormalize = "_ucd_normalize",
    // helpers of inspect, subprocess, zlib, gzip and binascii (modules::extra)
    ExtFuncParams = "_func_params", ExtFuncGlobals = "_func_globals", ExtCrc32 = "_crc32", ExtAdler32 = "_adler32",
    ExtDeflate = "_deflate", ExtInflate = "_inflate", ExtRunProcess = "_run_process",
    // functools helpers the Python part of `functools` calls
    FuncUpdateWrapper = "_update_wrapper",
    // generator (eval::generator)
    GenSend = "send", GenThrow = "throw", GenClose = "close", GenNext = "__next__",
    GenIter = "__iter__",
    // `__next__` and `__iter__` of the builtin iterators (`iter([])`, `map(...)`, `zip(...)`)
    IterNext = "__next__", IterIter = "__iter__",
    ComplexConjugate = "conjugate", SliceIndices = "indices",
    // bytearray's own methods (the rest are bytes' methods; builtins::bytes)
    BaAppend = "append", BaExtend = "extend", BaPop = "pop", BaInsert = "insert",
    BaRemove = "remove", BaClear = "clear", BaReverse = "reverse", BaCopy = "copy",
    // bytes (builtins::bytes)
    BytesDecode = "decode", BytesHex = "hex", BytesFromHex = "fromhex",
    BytesStartsWith = "startswith", BytesEndsWith = "endswith", BytesFind = "find",
    BytesRFind = "rfind", BytesIndex = "index", BytesCount = "count", BytesSplit = "split",
    BytesRSplit = "rsplit", BytesSplitLines = "splitlines", BytesJoin = "join",
    BytesStrip = "strip", BytesLStrip = "lstrip", BytesRStrip = "rstrip",
    BytesReplace = "replace", BytesUpper = "upper", BytesLower = "lower",
    BytesPartition = "partition", BytesRPartition = "rpartition",
    BytesIsDigit = "isdigit", BytesIsAlpha = "isalpha", BytesIsAlnum = "isalnum",
    BytesIsSpace = "isspace", BytesIsUpper = "isupper", BytesIsLower = "islower",
    BytesCapitalize = "capitalize", BytesCenter = "center", BytesExpandTabs = "expandtabs",
    BytesIsAscii = "isascii", BytesIsTitle = "istitle", BytesLJust = "ljust",
    BytesMakeTrans = "maketrans", BytesRemovePrefix = "removeprefix",
    BytesRemoveSuffix = "removesuffix", BytesRIndex = "rindex", BytesRJust = "rjust",
    BytesSwapCase = "swapcase", BytesTitle = "title", BytesTranslate = "translate",
    BytesZFill = "zfill",
    IntToBytes = "to_bytes", IntFromBytes = "from_bytes",
    // dunder methods of builtin types (builtins::dunders; `dunder_of` says which type has which)
    DAdd = "__add__", DRAdd = "__radd__", DSub = "__sub__", DRSub = "__rsub__",
    DMul = "__mul__", DRMul = "__rmul__", DTrueDiv = "__truediv__", DRTrueDiv = "__rtruediv__",
    DFloorDiv = "__floordiv__", DRFloorDiv = "__rfloordiv__", DMod = "__mod__",
    DRMod = "__rmod__", DPow = "__pow__", DRPow = "__rpow__", DAnd = "__and__",
    DRAnd = "__rand__", DOr = "__or__", DROr = "__ror__", DXor = "__xor__", DRXor = "__rxor__",
    DLShift = "__lshift__", DRLShift = "__rlshift__", DRShift = "__rshift__",
    DRRShift = "__rrshift__", DEq = "__eq__", DNe = "__ne__", DLt = "__lt__", DLe = "__le__",
    DGt = "__gt__", DGe = "__ge__", DLen = "__len__", DContains = "__contains__",
    DGetItem = "__getitem__", DSetItem = "__setitem__", DDelItem = "__delitem__",
    DIter = "__iter__", DHash = "__hash__", DRepr = "__repr__", DStr = "__str__",
    DBool = "__bool__", DNeg = "__neg__", DPos = "__pos__", DAbs = "__abs__", DInt = "__int__",
    DFloat = "__float__", DIndex = "__index__", DRound = "__round__", DFloor = "__floor__",
    DCeil = "__ceil__", DTrunc = "__trunc__", DDivmod = "__divmod__", DRDivmod = "__rdivmod__",
    DInvert = "__invert__", DFormat = "__format__", DSetAttr = "__setattr__",
    DGetAttribute = "__getattribute__", DDelAttr = "__delattr__",
    // `object`'s repr and str, which `DRepr` and `DStr` (a builtin type's own) override
    ObjectRepr = "__repr__", ObjectStr = "__str__",
    // introspection (builtins::introspect)
    Eval = "eval", Exec = "exec", Dir = "dir", Locals = "locals", Compile = "compile",
}

/// How a builtin method takes its arguments: CPython's calling convention for it, which decides
/// both the counts it accepts and how the error for another count is worded (`builtins::arity`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Conv {
    /// `METH_NOARGS`: `list.clear() takes no arguments (1 given)`.
    NoArgs,
    /// `METH_O`: `list.append() takes exactly one argument (0 given)`.
    One,
    /// Positional-only parameters (Argument Clinic): `insert expected 2 arguments, got 0`.
    Positional,
    /// `PyArg_ParseTuple`: `find() takes at least 1 argument (0 given)`.
    Tuple,
    /// Parameters also taken by keyword: `split() takes at most 2 arguments (3 given)`.
    Keywords,
    /// A slot wrapper of zero or one argument (`__len__`, `__add__`): `expected 1 argument, got 0`.
    Slot,
    /// A slot wrapper of more (`__setitem__`, `__pow__`), worded as [`Conv::Positional`] with an
    /// empty name: ` expected 2 arguments, got 1`.
    SlotTuple,
    /// Not declared here: the method checks its arguments itself (`*args`, dunders, ...).
    Own,
}

/// The positional argument counts a builtin method accepts, `min..=max`, and its [`Conv`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Arity {
    pub conv: Conv,
    pub min: u8,
    pub max: u8,
}

impl Arity {
    const fn new(conv: Conv, min: u8, max: u8) -> Arity {
        Arity { conv, min, max }
    }

    /// Whether `n` arguments are a count the method accepts; always true for [`Conv::Own`],
    /// whose bounds are `0..=u8::MAX` so that the two comparisons settle every other count.
    #[inline]
    pub fn accepts(self, n: usize) -> bool {
        (n >= self.min as usize && n <= self.max as usize) || self.conv == Conv::Own
    }
}

impl Builtin {
    /// How method `self` of a builtin type takes its arguments, as CPython 3.11 declares it.
    /// Counts exclude the receiver; for [`Conv::Keywords`] they are of all arguments.
    pub fn arity(self) -> Arity {
        use Builtin as B;
        use Conv::*;
        let (conv, min, max) = match self {
            B::ListClear | B::ListCopy | B::ListReverse => (NoArgs, 0, 0),
            B::DictKeys | B::DictValues | B::DictItems | B::DictPopItem => (NoArgs, 0, 0),
            B::DictClear | B::DictCopy | B::SetPop | B::SetClear | B::SetCopy => (NoArgs, 0, 0),
            B::StrUpper | B::StrLower | B::StrIsDigit | B::StrIsAlpha | B::StrIsSpace => {
                (NoArgs, 0, 0)
            }
            B::StrTitle | B::StrCapitalize | B::StrIsUpper | B::StrIsLower | B::StrIsAlnum => {
                (NoArgs, 0, 0)
            }
            B::StrIsDecimal | B::StrIsNumeric | B::StrIsIdentifier | B::StrIsTitle => {
                (NoArgs, 0, 0)
            }
            B::StrIsAscii | B::StrIsPrintable | B::StrSwapCase | B::StrCaseFold => (NoArgs, 0, 0),
            B::BytesUpper | B::BytesLower | B::BytesIsDigit | B::BytesIsAlpha => (NoArgs, 0, 0),
            B::BytesIsAlnum | B::BytesIsSpace | B::BytesIsUpper | B::BytesIsLower => (NoArgs, 0, 0),
            B::BytesCapitalize | B::BytesIsAscii | B::BytesIsTitle => (NoArgs, 0, 0),
            B::BytesSwapCase | B::BytesTitle => (NoArgs, 0, 0),
            B::BytesRemovePrefix | B::BytesRemoveSuffix | B::BytesZFill => (One, 1, 1),
            B::BytesCenter | B::BytesLJust | B::BytesRJust => (Positional, 1, 2),
            B::BytesTranslate => (Positional, 1, 2),
            B::BytesMakeTrans => (Positional, 2, 2),
            B::BytesRIndex => (Tuple, 1, 3),
            B::BytesExpandTabs => (Keywords, 0, 1),
            B::BaClear | B::BaReverse | B::BaCopy => (NoArgs, 0, 0),
            B::IntBitLength | B::FloatIsInteger | B::FloatHex | B::FloatAsIntegerRatio => {
                (NoArgs, 0, 0)
            }
            B::ComplexConjugate | B::IntBitCount | B::IntConjugate | B::IntAsIntegerRatio => {
                (NoArgs, 0, 0)
            }
            B::FloatConjugate => (NoArgs, 0, 0),
            B::ListAppend | B::ListExtend | B::ListRemove | B::ListCount | B::TupleCount => {
                (One, 1, 1)
            }
            B::SetAdd | B::SetDiscard | B::SetRemove | B::SetIsSubset | B::SetIsSuperset => {
                (One, 1, 1)
            }
            B::SetIsDisjoint | B::SetSymmetricDifference => (One, 1, 1),
            B::SetSymmetricDifferenceUpdate => (One, 1, 1),
            B::StrJoin | B::StrPartition | B::StrRPartition | B::StrZFill => (One, 1, 1),
            B::StrRemovePrefix | B::StrRemoveSuffix | B::StrTranslate | B::StrFormatMap => {
                (One, 1, 1)
            }
            B::BytesJoin | B::BytesPartition | B::BytesRPartition | B::BytesFromHex => (One, 1, 1),
            B::BaAppend | B::BaExtend | B::BaRemove => (One, 1, 1),
            B::FloatFromHex | B::SliceIndices | B::ExceptionAddNote => (One, 1, 1),
            B::ListPop | B::BaPop => (Positional, 0, 1),
            B::ListInsert | B::BaInsert => (Positional, 2, 2),
            B::ListIndex | B::TupleIndex => (Positional, 1, 3),
            B::DictGet | B::DictPop | B::DictSetDefault | B::DictFromKeys => (Positional, 1, 2),
            B::DictUpdate => (Positional, 0, 1),
            B::StrStrip | B::StrLStrip | B::StrRStrip => (Positional, 0, 1),
            B::BytesStrip | B::BytesLStrip | B::BytesRStrip => (Positional, 0, 1),
            B::StrLJust | B::StrRJust | B::StrCenter => (Positional, 1, 2),
            B::StrReplace | B::BytesReplace => (Positional, 2, 3),
            B::StrMakeTrans => (Positional, 1, 3),
            B::StrStartsWith | B::StrEndsWith | B::StrFind | B::StrIndex | B::StrCount => {
                (Tuple, 1, 3)
            }
            B::StrRFind | B::StrRIndex => (Tuple, 1, 3),
            B::BytesStartsWith | B::BytesEndsWith | B::BytesFind | B::BytesRFind => (Tuple, 1, 3),
            B::BytesIndex | B::BytesCount => (Tuple, 1, 3),
            B::StrSplit | B::StrRSplit | B::StrEncode => (Keywords, 0, 2),
            B::BytesSplit | B::BytesRSplit | B::BytesDecode | B::BytesHex => (Keywords, 0, 2),
            B::StrSplitLines | B::StrExpandTabs | B::BytesSplitLines => (Keywords, 0, 1),
            B::IntToBytes => (Keywords, 0, 3),
            B::IntFromBytes => (Keywords, 1, 3),
            B::DAdd | B::DRAdd | B::DSub | B::DRSub | B::DMul | B::DRMul => (Slot, 1, 1),
            B::DTrueDiv | B::DRTrueDiv | B::DFloorDiv | B::DRFloorDiv | B::DMod | B::DRMod => {
                (Slot, 1, 1)
            }
            B::DAnd | B::DRAnd | B::DOr | B::DROr | B::DXor | B::DRXor => (Slot, 1, 1),
            B::DLShift | B::DRLShift | B::DRShift | B::DRRShift | B::DDivmod | B::DRDivmod => {
                (Slot, 1, 1)
            }
            B::DEq | B::DNe | B::DLt | B::DLe | B::DGt | B::DGe => (Slot, 1, 1),
            B::DContains | B::DGetItem | B::DDelItem | B::DDelAttr | B::DGetAttribute => {
                (Slot, 1, 1)
            }
            B::DLen | B::DIter | B::DHash | B::DRepr | B::DStr | B::DBool => (Slot, 0, 0),
            B::DNeg | B::DPos | B::DAbs | B::DInt | B::DFloat | B::DIndex | B::DInvert => {
                (Slot, 0, 0)
            }
            B::ObjectRepr | B::ObjectStr => (Slot, 0, 0),
            B::DPow | B::DRPow => (SlotTuple, 1, 2),
            B::DSetItem | B::DSetAttr => (SlotTuple, 2, 2),
            B::DRound => (Positional, 0, 1),
            B::DFloor | B::DCeil | B::DTrunc => (NoArgs, 0, 0),
            B::DFormat => (One, 1, 1),
            _ => (Own, 0, u8::MAX),
        };
        Arity::new(conv, min, max)
    }
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

/// Whether `id` is a function of one of this file's modules (no receiver; keywords allowed).
/// Their ids are declared in one block, from `MathSqrt` to `FuncUpdateWrapper`, last in
/// `builtins!`: a range check, as this runs on every builtin call.
#[inline]
pub fn is_module_function(id: Builtin) -> bool {
    (Builtin::MathSqrt as u16..=Builtin::FuncUpdateWrapper as u16).contains(&(id as u16))
}

/// The `__qualname__` CPython gives builtin `id` when it is a method of a class the `weakref`
/// module defines in Python (`WeakSet.union`, `WeakKeyDictionary.get`, `finalize.peek`; `clear`
/// is inherited from `MutableMapping`), whose reprs and types are a Python function's; `None` for
/// other builtins.
pub fn python_method_qualname(id: Builtin) -> Option<String> {
    id.python_class()
        .map(|class| format!("{class}.{}", id.name()))
}

/// The parameters after `self` of a method [`python_method_qualname`] names, and how many of
/// them have no default, as `weakref.py` and `_weakrefset.py` define them.
pub fn python_method_params(id: Builtin) -> (&'static [&'static str], usize) {
    use Builtin as B;
    match id {
        B::WkdGet | B::WvdGet | B::WkdSetDefault | B::WvdSetDefault => (&["key", "default"], 1),
        B::WkdPop | B::WvdPop => (&["key"], 1),
        B::WkdUpdate => (&["dict"], 0),
        B::WvdUpdate => (&["other"], 0),
        B::WsAdd | B::WsDiscard | B::WsRemove => (&["item"], 1),
        B::WsUnion
        | B::WsIntersection
        | B::WsDifference
        | B::WsSymmetricDifference
        | B::WsIsSubset
        | B::WsIsSuperset
        | B::WsIsDisjoint
        | B::WsIntersectionUpdate
        | B::WsDifferenceUpdate
        | B::WsSymmetricDifferenceUpdate
        | B::WsUpdate => (&["other"], 1),
        _ => (&[], 0),
    }
}

/// The methods of `bytes`.
pub const BYTES_METHODS: [Builtin; 42] = [
    Builtin::BytesDecode,
    Builtin::BytesHex,
    Builtin::BytesFromHex,
    Builtin::BytesStartsWith,
    Builtin::BytesEndsWith,
    Builtin::BytesFind,
    Builtin::BytesRFind,
    Builtin::BytesIndex,
    Builtin::BytesCount,
    Builtin::BytesSplit,
    Builtin::BytesJoin,
    Builtin::BytesStrip,
    Builtin::BytesLStrip,
    Builtin::BytesRStrip,
    Builtin::BytesReplace,
    Builtin::BytesUpper,
    Builtin::BytesLower,
    Builtin::BytesIsDigit,
    Builtin::BytesIsAlpha,
    Builtin::BytesIsAlnum,
    Builtin::BytesIsSpace,
    Builtin::BytesIsUpper,
    Builtin::BytesIsLower,
    Builtin::BytesSplitLines,
    Builtin::BytesRSplit,
    Builtin::BytesPartition,
    Builtin::BytesRPartition,
    Builtin::BytesCapitalize,
    Builtin::BytesCenter,
    Builtin::BytesExpandTabs,
    Builtin::BytesIsAscii,
    Builtin::BytesIsTitle,
    Builtin::BytesLJust,
    Builtin::BytesMakeTrans,
    Builtin::BytesRemovePrefix,
    Builtin::BytesRemoveSuffix,
    Builtin::BytesRIndex,
    Builtin::BytesRJust,
    Builtin::BytesSwapCase,
    Builtin::BytesTitle,
    Builtin::BytesTranslate,
    Builtin::BytesZFill,
];

/// Whether `id` is one of [`BYTES_METHODS`].
pub fn is_bytes_method(id: Builtin) -> bool {
    BYTES_METHODS.contains(&id)
}

/// The methods only `bytearray` has: the mutators.
pub const BYTEARRAY_MUTATORS: [Builtin; 8] = [
    Builtin::BaAppend,
    Builtin::BaExtend,
    Builtin::BaPop,
    Builtin::BaInsert,
    Builtin::BaRemove,
    Builtin::BaClear,
    Builtin::BaReverse,
    Builtin::BaCopy,
];

/// The methods of `bytearray`: `bytes`' and the mutators.
const BYTEARRAY_METHODS: [Builtin; BYTES_METHODS.len() + BYTEARRAY_MUTATORS.len()] = {
    let mut all = [Builtin::BaAppend; BYTES_METHODS.len() + BYTEARRAY_MUTATORS.len()];
    let mut i = 0;
    while i < BYTES_METHODS.len() {
        all[i] = BYTES_METHODS[i];
        i += 1;
    }
    let mut j = 0;
    while j < BYTEARRAY_MUTATORS.len() {
        all[i + j] = BYTEARRAY_MUTATORS[j];
        j += 1;
    }
    all
};

/// The dunder methods every object has (`object`'s).
const OBJECT_DUNDERS: [Builtin; 8] = [
    Builtin::DEq,
    Builtin::DNe,
    Builtin::DHash,
    Builtin::ObjectRepr,
    Builtin::ObjectStr,
    Builtin::DSetAttr,
    Builtin::DGetAttribute,
    Builtin::DDelAttr,
];

/// The arithmetic dunders of `int` (and `bool`), forward and reflected.
const INT_DUNDERS: [Builtin; 38] = {
    use Builtin as B;
    [
        B::DAdd,
        B::DRAdd,
        B::DSub,
        B::DRSub,
        B::DMul,
        B::DRMul,
        B::DTrueDiv,
        B::DRTrueDiv,
        B::DFloorDiv,
        B::DRFloorDiv,
        B::DMod,
        B::DRMod,
        B::DPow,
        B::DRPow,
        B::DAnd,
        B::DRAnd,
        B::DOr,
        B::DROr,
        B::DXor,
        B::DRXor,
        B::DLShift,
        B::DRLShift,
        B::DRShift,
        B::DRRShift,
        B::DNeg,
        B::DPos,
        B::DAbs,
        B::DInt,
        B::DFloat,
        B::DIndex,
        B::DRound,
        B::DFloor,
        B::DCeil,
        B::DTrunc,
        B::DDivmod,
        B::DRDivmod,
        B::DInvert,
        B::DFormat,
    ]
};

/// The arithmetic dunders of `float`.
const FLOAT_DUNDERS: [Builtin; 26] = {
    use Builtin as B;
    [
        B::DAdd,
        B::DRAdd,
        B::DSub,
        B::DRSub,
        B::DMul,
        B::DRMul,
        B::DTrueDiv,
        B::DRTrueDiv,
        B::DFloorDiv,
        B::DRFloorDiv,
        B::DMod,
        B::DRMod,
        B::DPow,
        B::DRPow,
        B::DNeg,
        B::DPos,
        B::DAbs,
        B::DInt,
        B::DFloat,
        B::DRound,
        B::DFloor,
        B::DCeil,
        B::DTrunc,
        B::DDivmod,
        B::DRDivmod,
        B::DFormat,
    ]
};

/// The ordering comparisons.
const ORDER_DUNDERS: [Builtin; 4] = [Builtin::DLt, Builtin::DLe, Builtin::DGt, Builtin::DGe];

/// The dunder method `name` of a value of builtin type `tag`, beyond `object`'s: the ones
/// `builtins::dunders` implements, so that `(1).__add__(2)`, `int.__add__(1, 2)` and
/// `super().__getitem__(k)` in a `dict` subclass work. `None` for the rest, which stay
/// `AttributeError`s.
pub fn dunder_of(tag: TypeTag, name: &str) -> Option<Builtin> {
    if !name.starts_with("__") {
        return None;
    }
    dunders(tag).find(|b| b.name() == name)
}

/// The dunders of builtin type `tag` (see [`dunder_of`]).
fn dunders(tag: TypeTag) -> impl Iterator<Item = Builtin> {
    use Builtin as B;
    let own: &[Builtin] = match tag {
        TypeTag::Int | TypeTag::Bool => &INT_DUNDERS,
        TypeTag::Float => &FLOAT_DUNDERS,
        TypeTag::Str | TypeTag::Bytes => &[
            B::DAdd,
            B::DMul,
            B::DRMul,
            B::DMod,
            B::DLen,
            B::DContains,
            B::DGetItem,
            B::DIter,
        ],
        TypeTag::List => &[
            B::DAdd,
            B::DMul,
            B::DRMul,
            B::DLen,
            B::DContains,
            B::DGetItem,
            B::DSetItem,
            B::DDelItem,
            B::DIter,
        ],
        TypeTag::Tuple => &[
            B::DAdd,
            B::DMul,
            B::DRMul,
            B::DLen,
            B::DContains,
            B::DGetItem,
            B::DIter,
        ],
        TypeTag::Dict => &[
            B::DOr,
            B::DLen,
            B::DContains,
            B::DGetItem,
            B::DSetItem,
            B::DDelItem,
            B::DIter,
        ],
        TypeTag::Set | TypeTag::FrozenSet => &[
            B::DAnd,
            B::DRAnd,
            B::DOr,
            B::DROr,
            B::DXor,
            B::DRXor,
            B::DSub,
            B::DRSub,
            B::DLen,
            B::DContains,
            B::DIter,
        ],
        TypeTag::Range => &[B::DLen, B::DContains, B::DGetItem, B::DIter],
        TypeTag::ByteArray => &[
            B::DAdd,
            B::DMul,
            B::DRMul,
            B::DLen,
            B::DContains,
            B::DGetItem,
            B::DSetItem,
            B::DDelItem,
            B::DIter,
        ],
        _ => &[],
    };
    let ordered = matches!(
        tag,
        TypeTag::Int
            | TypeTag::Bool
            | TypeTag::Float
            | TypeTag::Str
            | TypeTag::Bytes
            | TypeTag::ByteArray
            | TypeTag::List
            | TypeTag::Tuple
            | TypeTag::Set
            | TypeTag::FrozenSet
    );
    let numeric = matches!(tag, TypeTag::Int | TypeTag::Bool | TypeTag::Float);
    // Every builtin type but `object` has its own `__repr__`; the text types and exceptions
    // also their own `__str__` (the rest inherit `object.__str__`, which calls the repr).
    let own_repr = tag != TypeTag::Object;
    let own_str = matches!(
        tag,
        TypeTag::Str | TypeTag::Bytes | TypeTag::ByteArray | TypeTag::BaseException
    );
    own.iter()
        .chain(if ordered { &ORDER_DUNDERS[..] } else { &[] })
        .chain(if numeric { &[B::DBool][..] } else { &[] })
        .chain(if own_repr { &[B::DRepr][..] } else { &[] })
        .chain(if own_str { &[B::DStr][..] } else { &[] })
        .chain(OBJECT_DUNDERS.iter().filter(move |b| match b {
            B::ObjectRepr => !own_repr,
            B::ObjectStr => !own_str,
            _ => true,
        }))
        .copied()
}

/// Whether builtin type `tag` defines `name` in its own namespace, rather than inheriting it
/// from `object` (CPython's `name in vars(type)`): such a method precedes the classes after the
/// type in a subclass's MRO (`class A(dict, Mixin)` gets `dict.get`, `dict.__repr__`, but
/// `Mixin.__str__`). `object` itself answers false: it is last in every MRO.
pub fn defines_own(tag: TypeTag, name: &str) -> bool {
    if tag == TypeTag::Object {
        return false;
    }
    let object_dunder = OBJECT_DUNDERS.iter().any(|b| b.name() == name);
    match name {
        // Every builtin type has its own constructor, repr and comparison (`__hash__` may be
        // `None`, as for `list`); only the text and bytes types and exceptions define `__str__`.
        "__new__" | "__repr__" | "__eq__" | "__ne__" | "__hash__" => true,
        "__str__" => matches!(
            tag,
            TypeTag::Str | TypeTag::Bytes | TypeTag::ByteArray | TypeTag::BaseException
        ),
        _ if object_dunder => false,
        _ => method_table(tag).iter().any(|b| b.name() == name) || dunder_of(tag, name).is_some(),
    }
}

/// The methods builtin type `tag` defines itself (what `vars(list)` lists; see
/// [`defines_own`]), one per name, `__new__` included.
pub fn own_methods(tag: TypeTag) -> Vec<Builtin> {
    let mut out: Vec<Builtin> = Vec::new();
    let all = method_table(tag)
        .iter()
        .copied()
        .chain(dunders(tag))
        .chain(method_of(tag, "__new__"));
    for b in all {
        let own = tag == TypeTag::Object || defines_own(tag, b.name());
        if own && !out.iter().any(|o| o.name() == b.name()) {
            out.push(b);
        }
    }
    out
}

/// The names of the methods minipy gives values of builtin type `tag`, dunders included (what
/// `dir()` of such a value lists).
pub fn method_names(tag: TypeTag) -> Vec<&'static str> {
    method_table(tag)
        .iter()
        .copied()
        .chain(dunders(tag))
        .map(Builtin::name)
        .collect()
}

/// The builtin method `name` of instances of builtin type `tag`.
pub fn method_of(tag: TypeTag, name: &str) -> Option<Builtin> {
    method_table(tag)
        .iter()
        .copied()
        .find(|b| b.name() == name)
        .or_else(|| dunder_of(tag, name))
        .or(match name {
            // Every class inherits these from `object`.
            "__new__" => Some(Builtin::ObjectNew),
            "__init_subclass__" => Some(Builtin::ObjectInitSubclass),
            _ => None,
        })
}

/// Whether `id` is one of the builtin functions `Interp::call_builtin_direct`
/// (builtins/direct.rs) runs from a call site without `call_builtin`'s dispatch. Each is in
/// `BUILTIN_FUNCTIONS` (never a method, a module function or an unbound method), is not one
/// `call_builtin` intercepts before `call_function_builtin` (keywords, `print`, `sorted`, `min`,
/// `max`, `zip` ...), and reads its arguments from a slice.
pub fn runs_direct(id: Builtin) -> bool {
    use Builtin as B;
    matches!(
        id,
        B::Len | B::IsInstance | B::Abs | B::Ord | B::Chr | B::Id | B::Hash | B::Callable | B::Repr
    )
}

/// The method of builtin type `tag` named `name` among those other than its dunders, and its
/// index in the type's method table (which [`method_at`] reads back). `method_of` finds the
/// same method first.
pub fn method_in_table(tag: TypeTag, name: &str) -> Option<(usize, Builtin)> {
    let table = method_table(tag);
    let i = table.iter().position(|b| b.name() == name)?;
    Some((i, table[i]))
}

/// The method at index `i` of builtin type `tag`'s method table, if it is named `name`: a
/// remembered [`method_in_table`] answer, checked.
#[inline]
pub fn method_at(tag: TypeTag, i: usize, name: &str) -> Option<Builtin> {
    method_table(tag)
        .get(i)
        .copied()
        .filter(|b| b.name() == name)
}

/// The methods of builtin type `tag` other than its dunders.
fn method_table(tag: TypeTag) -> &'static [Builtin] {
    use Builtin as B;
    match tag {
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
        TypeTag::DictKeys | TypeTag::DictItems => &[B::SetIsDisjoint],
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
            B::SetIntersectionUpdate,
            B::SetDifferenceUpdate,
            B::SetSymmetricDifferenceUpdate,
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
        // `bool` inherits every method of `int`.
        TypeTag::Int | TypeTag::Bool => &[
            B::IntBitLength,
            B::IntToBytes,
            B::IntFromBytes,
            B::IntBitCount,
            B::IntConjugate,
            B::IntAsIntegerRatio,
        ],
        TypeTag::Bytes => &BYTES_METHODS,
        TypeTag::ByteArray => &BYTEARRAY_METHODS,
        TypeTag::TextIO => &crate::runtime::file::FILE_METHODS,
        TypeTag::Float => &[
            B::FloatIsInteger,
            B::FloatHex,
            B::FloatFromHex,
            B::FloatAsIntegerRatio,
            B::FloatConjugate,
        ],
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
        TypeTag::Iterator => &[B::IterNext, B::IterIter],
        TypeTag::Complex => &[B::ComplexConjugate],
        TypeTag::Slice => &[B::SliceIndices],
        TypeTag::Property => &[B::PropertySetter, B::PropertyGetter, B::PropertyDeleter],
        TypeTag::Function => &[B::FunctionGet],
        TypeTag::BaseException => &[B::ExceptionInit, B::ExceptionAddNote],
        TypeTag::Object => &[B::ObjectInit, B::ObjectNew, B::ObjectInitSubclass],
        TypeTag::Type => &[B::TypeNew, B::TypeInit, B::TypeCall],
        _ => &[],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runtime::types::BUILTIN_TYPES;

    #[test]
    fn a_method_found_in_the_table_is_the_one_method_of_finds() {
        for (tag, _, _) in BUILTIN_TYPES {
            for (i, b) in method_table(*tag).iter().enumerate() {
                let name = b.name();
                assert_eq!(
                    method_in_table(*tag, name),
                    Some((i, *b)),
                    "{tag:?}.{name} twice"
                );
                assert_eq!(method_of(*tag, name), Some(*b));
                assert_eq!(method_at(*tag, i, name), Some(*b));
                assert_eq!(method_at(*tag, i, "no_such_method"), None);
            }
            let len = method_table(*tag).len();
            assert_eq!(method_at(*tag, len, "append"), None);
        }
    }
}
