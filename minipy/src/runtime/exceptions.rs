//! Python exceptions inside the interpreter: [`PyErr`] (a raised exception object and where it
//! passed), the builtin exception classes, `__traceback__` (which keeps the frames an exception
//! passed alive, as CPython's does), and CPython-style traceback printing.

use std::rc::Rc;

use crate::runtime::interp::{Frame, Interp};
use crate::runtime::marker::Marker;
use crate::runtime::object::{FrameObj, ObjKind, Payload, Value};

/// Declares [`Exc`] from one list of `Name` or `Name: Base` entries, so a class's name, its
/// base and its index in `Roots::exceptions` cannot disagree.
macro_rules! builtin_exceptions {
    ($($(#[$doc:meta])* $name:ident $(: $base:ident)?,)*) => {
        /// A builtin exception class after `BaseException`: what minipy raises and matches by type,
        /// never by a class-name string. A base is always declared before its subclasses.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Exc {
            $($(#[$doc])* $name,)*
        }

        impl Exc {
            /// Every builtin exception class, in declaration order (bases first).
            pub const ALL: &'static [Exc] = &[$(Exc::$name,)*];

            /// The class's Python name.
            pub const fn name(self) -> &'static str {
                match self {
                    $(Exc::$name => stringify!($name),)*
                }
            }

            /// The class's base; `None` for a direct subclass of `BaseException`.
            pub const fn base(self) -> Option<Exc> {
                match self {
                    $(Exc::$name => builtin_exceptions!(@base $($base)?),)*
                }
            }
        }
    };
    (@base) => { None };
    (@base $base:ident) => { Some(Exc::$base) };
}

builtin_exceptions! {
    Exception,
    SystemExit,
    /// minipy's own: `--max-steps` / `--timeout` ran out. Not an `Exception`, so `except Exception`
    /// does not swallow it, and it is raised again at every later statement.
    ResourceLimitError,
    KeyboardInterrupt,
    TypeError: Exception,
    ValueError: Exception,
    LookupError: Exception,
    KeyError: LookupError,
    IndexError: LookupError,
    ReferenceError: Exception,
    AttributeError: Exception,
    NameError: Exception,
    UnboundLocalError: NameError,
    ArithmeticError: Exception,
    ZeroDivisionError: ArithmeticError,
    OverflowError: ArithmeticError,
    RuntimeError: Exception,
    RecursionError: RuntimeError,
    NotImplementedError: RuntimeError,
    MemoryError: Exception,
    StopIteration: Exception,
    AssertionError: Exception,
    ImportError: Exception,
    ModuleNotFoundError: ImportError,
    SyntaxError: Exception,
    IndentationError: SyntaxError,
    TabError: IndentationError,
    SystemError: Exception,
    EOFError: Exception,
    OSError: Exception,
    FileNotFoundError: OSError,
    FileExistsError: OSError,
    IsADirectoryError: OSError,
    PermissionError: OSError,
    GeneratorExit,
    UnicodeError: ValueError,
    UnicodeDecodeError: UnicodeError,
    UnicodeEncodeError: UnicodeError,
    NotADirectoryError: OSError,
    Warning: Exception,
    UserWarning: Warning,
    DeprecationWarning: Warning,
    PendingDeprecationWarning: Warning,
    SyntaxWarning: Warning,
    RuntimeWarning: Warning,
    FutureWarning: Warning,
    ImportWarning: Warning,
    UnicodeWarning: Warning,
    BytesWarning: Warning,
    ResourceWarning: Warning,
    EncodingWarning: Warning,
    ConnectionError: OSError,
    BrokenPipeError: ConnectionError,
    ConnectionAbortedError: ConnectionError,
    ConnectionRefusedError: ConnectionError,
    ConnectionResetError: ConnectionError,
    TimeoutError: OSError,
    BlockingIOError: OSError,
    InterruptedError: OSError,
    ChildProcessError: OSError,
    ProcessLookupError: OSError,
    BufferError: Exception,
    FloatingPointError: ArithmeticError,
    StopAsyncIteration: Exception,
    UnicodeTranslateError: UnicodeError,
}

/// Printed between an exception and the one whose `__cause__` it is.
const CAUSE_MESSAGE: &str =
    "\nThe above exception was the direct cause of the following exception:\n\n";

/// Printed between an exception and the one whose `__context__` it is.
const CONTEXT_MESSAGE: &str =
    "\nDuring handling of the above exception, another exception occurred:\n\n";

/// A raised exception on its way up: the exception object and the frames it left, innermost first.
///
/// # Correctness
/// `exc` is held in Rust, so it must stay reachable from the interpreter's roots while the error
/// propagates: it is on the temporaries stack from its creation (allocation pushes it), and each
/// statement that truncates the stack pushes a propagating exception back (`Interp::finish_stmt`).
///
/// Boxed: a `PyResult<Value>` is then two words, returned in registers by every evaluation that
/// succeeds, and the box is made only when something raises.
#[derive(Debug)]
pub struct PyErr(Box<PyErrData>);

/// What a [`PyErr`] carries.
#[derive(Debug)]
pub struct PyErrData {
    /// The exception instance.
    pub exc: Value,
    /// `(function name, line, file)` of each frame the exception left, innermost first; the file
    /// is `None` for the script's own code (see `Interp::frame_file`).
    pub traceback: Vec<TbEntry>,
    /// What the traceback entry of the frame the exception is in now will underline: set by the
    /// innermost expression (or `raise`/`assert` statement) that failed there, cleared when the
    /// exception leaves the frame.
    pub marker: Option<Box<Marker>>,
    /// Whether it got its `__context__` when it was raised (by a `raise` statement, or natively
    /// through `Interp::err_with`), as CPython chains at raise time only: the handlers it leaves
    /// do not chain it again, even to a context the script has since set to `None`. Any other
    /// error is chained as it leaves the handler it was raised in.
    pub raised: bool,
}

impl std::ops::Deref for PyErr {
    type Target = PyErrData;
    fn deref(&self) -> &PyErrData {
        &self.0
    }
}

impl std::ops::DerefMut for PyErr {
    fn deref_mut(&mut self) -> &mut PyErrData {
        &mut self.0
    }
}

/// A traceback entry of a [`PyErr`]: the frame's name, the line, the file (`None` for the
/// script) and the marker line's source.
pub type TbEntry = (Rc<str>, u32, Option<Rc<str>>, Marker);

impl PyErr {
    /// An exception that has not left any frame yet.
    pub fn new(exc: Value) -> PyErr {
        PyErr::with_traceback(exc, Vec::new())
    }

    /// An exception that has left the frames of `traceback`.
    pub fn with_traceback(exc: Value, traceback: Vec<TbEntry>) -> PyErr {
        PyErr(Box::new(PyErrData {
            exc,
            traceback,
            marker: None,
            raised: false,
        }))
    }
}

/// The result of anything that may raise.
pub type PyResult<T> = Result<T, PyErr>;

impl Interp {
    /// The class object of builtin exception `exc`.
    pub fn exc_class(&self, exc: Exc) -> Value {
        self.roots.side.exceptions[exc as usize]
    }

    /// A new exception of builtin class `exc` with one string argument.
    pub fn err(&mut self, exc: Exc, msg: impl Into<String>) -> PyErr {
        let class = self.exc_class(exc);
        let msg: String = msg.into();
        match self.str_value(&msg) {
            Ok(arg) => self.err_with(class, vec![arg]),
            Err(e) => e,
        }
    }

    /// A new exception of class `class` with arguments `args` (not calling any `__init__`).
    /// Raised now: chained to the exception being handled, if any, as CPython chains every error
    /// its C code raises.
    pub fn err_with(&mut self, class: Value, args: Vec<Value>) -> PyErr {
        match self.new_exception(class, args) {
            Ok(exc) => {
                if let Some(&handled) = self.roots.handling.last() {
                    self.set_context(exc, handled);
                }
                let mut err = PyErr::new(exc);
                err.raised = true;
                err
            }
            Err(e) => e,
        }
    }

    /// Allocates an exception instance of `class` whose `args` are `args`.
    pub fn new_exception(&mut self, class: Value, args: Vec<Value>) -> Result<Value, PyErr> {
        let args = self.alloc(ObjKind::Tuple(args))?;
        let has_del = self.class_lookup(class, "__del__").is_some();
        let mut inst = self.new_instance(class, Payload::None, has_del)?;
        inst.attrs.set(Rc::from("args"), args);
        self.alloc(ObjKind::Instance(inst))
    }

    /// The preallocated `MemoryError`, raised when even an exception cannot be allocated.
    pub fn memory_error(&mut self) -> PyErr {
        let exc = self
            .roots
            .side
            .memory_error
            .expect("allocated at startup, before any limit is set");
        self.roots.temps.push(exc);
        PyErr::new(exc)
    }

    /// `TypeError(msg)`.
    pub fn type_error(&mut self, msg: impl Into<String>) -> PyErr {
        self.err(Exc::TypeError, msg)
    }

    /// `ValueError(msg)`.
    pub fn value_error(&mut self, msg: impl Into<String>) -> PyErr {
        self.err(Exc::ValueError, msg)
    }

    /// `KeyError(key)`.
    pub fn key_error(&mut self, key: Value) -> PyErr {
        let class = self.exc_class(Exc::KeyError);
        self.err_with(class, vec![key])
    }

    /// `AttributeError` for a missing attribute, worded as CPython words it.
    pub fn attribute_error(&mut self, obj: Value, name: &str) -> PyErr {
        let msg = match &self.heap.get(obj).kind {
            ObjKind::Class(c) => format!("type object '{}' has no attribute '{name}'", c.name),
            ObjKind::Module(m) => format!("module '{}' has no attribute '{name}'", m.name),
            _ => format!("'{}' object has no attribute '{name}'", self.type_name(obj)),
        };
        self.err(Exc::AttributeError, msg)
    }

    /// `RecursionError`, as CPython words it.
    pub fn recursion_error(&mut self) -> PyErr {
        self.err(Exc::RecursionError, "maximum recursion depth exceeded")
    }

    /// Whether the raised exception is an instance of the builtin class `exc`.
    pub fn err_is(&self, err: &PyErr, exc: Exc) -> bool {
        self.is_instance(err.exc, self.exc_class(exc))
    }

    /// The text after the colon of an exception's last traceback line (`str(exc)`, except that
    /// `KeyError` shows its key's repr).
    pub fn exception_message(&mut self, exc: Value) -> String {
        self.str_of(exc)
            .unwrap_or_else(|_| "<exception str() failed>".to_string())
    }

    /// `BaseException.__str__`: empty, the one argument's `str` (its `repr` for `KeyError`), or the
    /// `repr` of the argument tuple.
    pub fn exception_str(&mut self, exc: Value) -> PyResult<String> {
        let args = self.exception_args(exc);
        if let Some(s) = self.unicode_error_str(exc, &args) {
            return Ok(s);
        }
        if self.is_instance(exc, self.exc_class(Exc::SyntaxError)) {
            return self.syntax_error_str(exc);
        }
        if self.is_os_error(exc) {
            if let Some(s) = self.os_error_str(exc)? {
                return Ok(s);
            }
        }
        let key_error = self.is_instance(exc, self.exc_class(Exc::KeyError));
        match args.len() {
            0 => Ok(String::new()),
            1 if key_error => self.repr(args[0]),
            1 => self.str_of(args[0]),
            _ => {
                let t = self.alloc(ObjKind::Tuple(args))?;
                self.repr(t)
            }
        }
    }

    /// One of `SyntaxError`'s attributes (`msg`, `filename`, `lineno`, `offset`, `text`,
    /// `end_lineno`, `end_offset`, `print_file_and_line`): the instance's own when set (a compile
    /// error sets them), else what CPython's `__init__` takes from `args`: `msg` the first, the
    /// others the second's items `(filename, lineno, offset, text, end_lineno, end_offset)`;
    /// `None` when absent.
    pub fn syntax_error_field(&self, exc: Value, name: &str) -> Value {
        if let ObjKind::Instance(inst) = self.obj(exc) {
            if let Some(v) = inst.attrs.get(name) {
                return v;
            }
        }
        let args = self.exception_args(exc);
        let at = match name {
            "msg" => return args.first().copied().unwrap_or(self.none()),
            "filename" => 0,
            "lineno" => 1,
            "offset" => 2,
            "text" => 3,
            "end_lineno" => 4,
            "end_offset" => 5,
            _ => return self.none(),
        };
        match args.get(1).map(|d| self.obj(*d)) {
            Some(ObjKind::Tuple(items)) => items.get(at).copied().unwrap_or(self.none()),
            _ => self.none(),
        }
    }

    /// `SyntaxError.__str__`: `msg`, followed by `(file, line N)` (the file's base name) or the
    /// part of it that is known.
    fn syntax_error_str(&mut self, exc: Value) -> PyResult<String> {
        let msg = self.syntax_error_field(exc, "msg");
        let msg = self.str_of(msg)?;
        let file = match self.obj(self.syntax_error_field(exc, "filename")) {
            ObjKind::Str(s) => Some(s.rsplit('/').next().unwrap_or("").to_string()),
            _ => None,
        };
        let line = match self.obj(self.syntax_error_field(exc, "lineno")) {
            ObjKind::Int(n) => Some(*n),
            ObjKind::Bool(b) => Some(i64::from(*b)),
            _ => None,
        };
        Ok(match (file, line) {
            (Some(f), Some(n)) => format!("{msg} ({f}, line {n})"),
            (Some(f), None) => format!("{msg} ({f})"),
            (None, Some(n)) => format!("{msg} (line {n})"),
            (None, None) => msg,
        })
    }

    /// The `args` of an exception instance (empty when it has none, or `args` is not a tuple).
    pub fn exception_args(&self, exc: Value) -> Vec<Value> {
        let ObjKind::Instance(inst) = &self.heap.get(exc).kind else {
            return Vec::new();
        };
        match inst.attrs.get("args").map(|a| &self.heap.get(a).kind) {
            Some(ObjKind::Tuple(items)) => items.clone(),
            _ => Vec::new(),
        }
    }

    /// `TypeError: message` — the last line of a traceback. Builtin and `__main__` classes print
    /// bare names, others their module too (as CPython's `print_exception`).
    pub fn exception_line(&mut self, exc: Value) -> String {
        let class = self.type_of(exc);
        let (name, module) = match &self.heap.get(class).kind {
            ObjKind::Class(c) => (c.name.clone(), c.module.clone()),
            _ => (Rc::from("Exception"), Rc::from("builtins")),
        };
        let full = if &*module == "builtins" || &*module == "__main__" {
            name.to_string()
        } else {
            format!("{module}.{name}")
        };
        let msg = if self.is_instance(exc, self.exc_class(Exc::SyntaxError)) {
            // CPython's report shows the file and line above; the last line has `msg` only.
            let msg = self.syntax_error_field(exc, "msg");
            match self.str_of(msg) {
                Ok(s) if !self.is_none(msg) => s,
                _ => self.exception_message(exc),
            }
        } else {
            self.exception_message(exc)
        };
        if msg.is_empty() {
            full
        } else {
            format!("{full}: {msg}")
        }
    }

    /// CPython's `PyTraceBack_Here`: the exception `exc` has reached the running frame (raised in
    /// it, or propagated into it from a call). Prepends an entry for the frame to `exc`'s
    /// `__traceback__` and gives the frame a `frame` object if it has none, into which
    /// [`pop_frame`](Self::pop_frame) moves its locals.
    ///
    /// The evaluator calls this where an exception is caught and where it leaves a frame, so an
    /// exception that already has this frame's entry on top gets no second one, unless `raised`:
    /// a `raise` statement raised it here again, which CPython records as a new entry (`raise e`
    /// in a handler; a bare `raise` re-raises without one).
    ///
    /// The preallocated `MemoryError` gets no entries (it is shared), and neither does an
    /// exception when the heap is full.
    pub fn traceback_here(&mut self, exc: Value, raised: bool, marker: Option<&Marker>) {
        let Some(frame) = self.roots.frames.last() else {
            return;
        };
        if Some(exc) == self.roots.side.memory_error {
            return;
        }
        let (record, line) = (frame.record, frame.line);
        let ObjKind::Instance(inst) = self.obj(exc) else {
            return;
        };
        let head = inst.traceback();
        let newest = head.and_then(|tb| match self.obj(tb) {
            ObjKind::Traceback { frame, .. } => Some(*frame),
            _ => None,
        });
        if !raised && record.is_some() && newest == record {
            return;
        }
        let Some(record) = self.frame_object(self.roots.frames.len() - 1) else {
            return;
        };
        let marker = match marker {
            Some(m) if *m != Marker::None => Some(Box::new(*m)),
            _ => None,
        };
        let Ok(tb) = self.alloc(ObjKind::Traceback {
            frame: record,
            line,
            next: head,
            marker,
        }) else {
            return;
        };
        if let ObjKind::Instance(inst) = self.obj_mut(exc) {
            inst.set_traceback(Some(tb));
        }
    }

    /// The `frame` object of running frame number `index` (outermost 0), made if it has none
    /// (`None` only when the heap is full).
    pub(crate) fn frame_object(&mut self, index: usize) -> Option<Value> {
        let frame = self.roots.frames.get(index)?;
        if let Some(r) = frame.record {
            return Some(r);
        }
        let name = self.frame_names(frame).name;
        let file = self
            .frame_file(frame.globals)
            .map(|f| Rc::new(f.to_string()));
        let r = self
            .alloc(ObjKind::Frame(FrameObj {
                name,
                file,
                slots: Box::new([]),
                back: None,
                line: 0,
            }))
            .ok()?;
        self.roots.frames[index].record = Some(r);
        Some(r)
    }

    /// [`pop_frame`](Self::pop_frame) of a frame that returned: only its slot vector is wanted
    /// (to reuse). Without a `frame` object or deaths to order, the frame is dropped where it
    /// sits, not moved out.
    #[inline]
    pub fn pop_frame_slots(&mut self) -> Vec<Option<Value>> {
        let depth = self.roots.frames.len();
        let deaths_observable = self.deaths_observable;
        match self.roots.frames.last_mut() {
            Some(frame) if frame.record.is_none() && !deaths_observable => {
                let slots = std::mem::take(&mut frame.slots);
                self.roots.frames.truncate(depth - 1);
                slots
            }
            _ => self.pop_frame().map(|f| f.slots).unwrap_or_default(),
        }
    }

    /// Pops the running frame. If a traceback refers to it, its slots move into its `frame`
    /// object, which now refers to its caller's (`f_back`, made if needed), as CPython's
    /// `take_ownership` does: so a saved exception keeps the locals of the frames it passed and of
    /// their callers exactly as long as its traceback lives.
    pub fn pop_frame(&mut self) -> Option<Frame> {
        let depth = self.roots.frames.len();
        let has_record = self.roots.frames.last()?.record.is_some();
        // Made while both frames are on the stack, so both objects are rooted meanwhile.
        let back = match depth.checked_sub(2) {
            Some(caller) if has_record => self.frame_object(caller),
            _ => None,
        };
        let mut frame = self.roots.frames.pop()?;
        if let Some(record) = frame.record {
            if let ObjKind::Frame(f) = self.obj_mut(record) {
                f.slots = std::mem::take(&mut frame.slots).into_boxed_slice();
                f.back = back;
                f.line = frame.line;
            }
            // The locals live on in the frame object while a traceback holds it; if none does
            // any more (the exception was handled and dropped), CPython frees them at return.
            // Collect at the statement's end then, as for any drop.
            self.note_drop(record);
        } else if self.deaths_observable {
            // CPython's frame clears its locals in slot order when it returns. (Until something
            // is watched, no order of death can be observed: the slots just go.)
            let locals: Vec<Value> = std::mem::take(&mut frame.slots)
                .into_iter()
                .flatten()
                .collect();
            self.release_in_order(locals, true, false);
        }
        Some(frame)
    }

    /// An exception attribute kept in its instance attributes (`__cause__`, `__context__`,
    /// `__suppress_context__`), `None` when unset.
    pub fn exc_attr(&self, exc: Value, name: &str) -> Option<Value> {
        match self.obj(exc) {
            ObjKind::Instance(inst) => inst
                .attrs
                .get(name)
                .filter(|v| !matches!(self.obj(*v), ObjKind::None)),
            _ => None,
        }
    }

    fn set_exc_attr(&mut self, exc: Value, name: &str, value: Value) {
        if let ObjKind::Instance(inst) = self.obj_mut(exc) {
            inst.attrs.set(Rc::from(name), value);
        }
    }

    /// `raise exc from cause`: `__cause__` set (`None` for `from None`) and
    /// `__suppress_context__` true, as CPython's `RAISE_VARARGS` does.
    pub fn set_cause(&mut self, exc: Value, cause: Value) {
        self.set_exc_attr(exc, "__cause__", cause);
        let t = self.bool_value(true);
        self.set_exc_attr(exc, "__suppress_context__", t);
    }

    /// Implicit chaining (CPython's `_PyErr_SetObject`): `exc`, raised while `handled` was being
    /// handled, gets it as `__context__`, unless it is `handled` itself or already has a context
    /// from a handler nested deeper. A cycle through `handled`'s own context chain is cut where it
    /// would close, as CPython cuts it (walking at most the chain's length, which the cut bounds).
    pub fn chain_context(&mut self, exc: Value, handled: Value) {
        if self.exc_attr(exc, "__context__").is_some() {
            return;
        }
        self.set_context(exc, handled);
    }

    /// A `raise` statement's chaining: as [`chain_context`](Self::chain_context), replacing any
    /// context `exc` had (re-raising an old exception object chains it to what is being handled
    /// now, as CPython's `_PyErr_SetObject` does at every raise).
    pub fn set_context(&mut self, exc: Value, handled: Value) {
        if exc == handled || !matches!(self.obj(exc), ObjKind::Instance(_)) {
            return;
        }
        let mut link = handled;
        let mut steps = 0usize;
        while let Some(next) = self.exc_attr(link, "__context__") {
            if next == exc {
                let none = self.none();
                self.set_exc_attr(link, "__context__", none);
                break;
            }
            link = next;
            steps += 1;
            if steps > 10_000 {
                break;
            }
        }
        self.set_exc_attr(exc, "__context__", handled);
    }

    /// The exceptions printed before `exc`, oldest first, each with the sentence that joins it to
    /// the next (CPython's `print_exception_recursive`, unrolled; a seen set stops cycles).
    fn exception_chain(&self, exc: Value) -> Vec<(Value, &'static str)> {
        let mut chain = Vec::new();
        let mut seen = vec![exc];
        let mut current = exc;
        loop {
            let suppress = self
                .exc_attr(current, "__suppress_context__")
                .is_some_and(|v| matches!(self.obj(v), ObjKind::Bool(true)));
            let next = match self.exc_attr(current, "__cause__") {
                Some(cause) => Some((cause, CAUSE_MESSAGE)),
                None if !suppress => self
                    .exc_attr(current, "__context__")
                    .map(|c| (c, CONTEXT_MESSAGE)),
                None => None,
            };
            match next {
                Some((e, msg)) if !seen.contains(&e) => {
                    seen.push(e);
                    chain.push((e, msg));
                    current = e;
                }
                _ => break,
            }
        }
        chain.reverse();
        chain
    }

    /// A chained exception's traceback, from its `__traceback__` entries (outermost first), and
    /// its last line.
    fn chained_text(&mut self, exc: Value) -> String {
        let mut text = String::new();
        let mut tb = match self.obj(exc) {
            ObjKind::Instance(inst) => inst.traceback(),
            _ => None,
        };
        if tb.is_some() {
            text.push_str("Traceback (most recent call last):\n");
        }
        while let Some(entry) = tb {
            let ObjKind::Traceback {
                frame,
                line,
                next,
                marker,
            } = self.obj(entry)
            else {
                break;
            };
            let (frame, line, next) = (*frame, *line, *next);
            let marker = marker.as_deref().copied().unwrap_or_default();
            let (name, file) = match self.obj(frame) {
                ObjKind::Frame(f) => (
                    f.name.clone(),
                    f.file.as_ref().map(|f| Rc::from(f.as_str())),
                ),
                _ => (Rc::from("?"), None),
            };
            self.tb_line(&mut text, &name, line, file.as_deref(), &marker);
            tb = next;
        }
        text.push_str(&self.exception_line(exc));
        text.push('\n');
        text.push_str(&self.notes_text(exc));
        text
    }

    /// One traceback entry: `File "...", line N, in name` and the source line. A frame of a
    /// built-in module names that module's (frozen) file and shows no line: the script's source
    /// is not its.
    fn tb_line(
        &self,
        text: &mut String,
        name: &str,
        line: u32,
        file: Option<&str>,
        marker: &Marker,
    ) {
        let raw = match file {
            Some(file) => {
                text.push_str(&format!("  File \"{file}\", line {line}, in {name}\n"));
                self.raw_imported_line(file, line)
            }
            None => {
                text.push_str(&format!(
                    "  File \"{}\", line {line}, in {name}\n",
                    self.side.path
                ));
                self.raw_source_line(line)
            }
        };
        if let Some(raw) = raw {
            text.push_str(&format!("    {}\n", raw.trim()));
            if let Some(marks) = marker.line(raw, line) {
                text.push_str(&marks);
                text.push('\n');
            }
        }
    }

    /// A traceback entry for `frame`, which the exception is leaving.
    ///
    /// Takes `err`'s marker: the caller's frame gets its own.
    pub fn tb_entry(&self, frame: &Frame, err: &mut PyErr) -> TbEntry {
        let marker = err.marker.take().map_or(Marker::None, |m| *m);
        (
            self.frame_names(frame).name,
            frame.line,
            self.frame_file(frame.globals),
            marker,
        )
    }

    /// The file a frame whose globals are `globals` runs: `None` for the script (`__main__`),
    /// `<frozen minipy/NAME.py>` for the built-in modules written in Python (`enum`,
    /// `collections`...), which are the only other module namespaces minipy has.
    pub fn frame_file(&self, globals: Value) -> Option<Rc<str>> {
        let ObjKind::Env(env) = self.obj(globals) else {
            return None;
        };
        let name = env.vars.get("__name__")?;
        match self.obj(name) {
            ObjKind::Str(n) if self.imports.files.contains_key(&**n) => {
                self.imports.files.get(&**n).cloned()
            }
            ObjKind::Str(n) if &**n != "__main__" => Some(Rc::from(format!(
                "<frozen minipy/{}.py>",
                n.replace('.', "/")
            ))),
            _ => None,
        }
    }

    /// The text CPython's `traceback.format_exception(exc)` joins: the chained exceptions, then
    /// `exc`'s traceback (from its `__traceback__`) and last line.
    pub fn exception_report(&mut self, exc: Value) -> String {
        let mut text = String::new();
        for (e, joint) in self.exception_chain(exc) {
            text.push_str(&self.exception_block(e));
            text.push_str(joint);
        }
        text.push_str(&self.exception_block(exc));
        text
    }

    /// One exception's part of a report: its traceback (from `__traceback__`) and last line,
    /// boxed as CPython 3.11 draws an exception group.
    fn exception_block(&mut self, exc: Value) -> String {
        let own = self.chained_text(exc);
        match self.group_members(exc) {
            Some(members) => {
                let head = if own.starts_with("Traceback") {
                    format!("Exception Group {own}")
                } else {
                    own
                };
                self.group_box(&head, &members, "  ")
            }
            None => own,
        }
    }

    /// Source line `line` of the main script, stripped, if it has one.
    pub fn script_line(&self, line: u32) -> Option<&str> {
        self.source_line(line)
    }

    /// Prints `err` as CPython prints an uncaught exception, to stderr: first the exceptions it
    /// chains to (`__cause__`, or `__context__` unless suppressed), oldest first.
    pub fn print_traceback(&mut self, err: &PyErr) {
        let mut text = String::new();
        for (exc, joint) in self.exception_chain(err.exc) {
            text.push_str(&self.exception_block(exc));
            text.push_str(joint);
        }
        let own_start = text.len();
        text.push_str("Traceback (most recent call last):\n");
        let mut entries = err.traceback.iter().rev().peekable();
        while let Some(entry) = entries.next() {
            let mut repeats = 0;
            while entries.peek() == Some(&entry) {
                entries.next();
                repeats += 1;
            }
            // CPython prints a frame repeated in a row three times, then a count of the rest.
            for _ in 0..=repeats.min(2) {
                let (name, line, file, marker) = entry;
                self.tb_line(&mut text, name, *line, file.as_deref(), marker);
            }
            if repeats > 2 {
                let more = repeats - 2;
                let s = if more == 1 { "" } else { "s" };
                text.push_str(&format!("  [Previous line repeated {more} more time{s}]\n"));
            }
        }
        let last = match self.file_syntax_error_text(err.exc) {
            Some(block) => block,
            None => self.exception_line(err.exc),
        };
        text.push_str(&last);
        text.push('\n');
        text.push_str(&self.notes_text(err.exc));
        if let Some(members) = self.group_members(err.exc) {
            let head = format!("Exception Group {}", &text[own_start..]);
            text.truncate(own_start);
            let boxed = self.group_box(&head, &members, "  ");
            text.push_str(&boxed);
        }
        self.write_stderr(&text);
    }

    /// Prints an error raised by a finalizer or callback (which cannot propagate), as CPython's
    /// `PyErr_WriteUnraisable` does: `Exception ignored in: <what>` then the traceback.
    pub fn print_unraisable(&mut self, what: Value, err: &PyErr) {
        let shown = self
            .repr(what)
            .unwrap_or_else(|_| "<object repr() failed>".to_string());
        self.write_stderr(&format!("Exception ignored in: {shown}\n"));
        self.print_traceback(err);
    }

    /// What CPython prints for a `SyntaxError` in an imported file (one with a str `filename`):
    /// the file, line, source text and caret, then `SyntaxError: msg`.
    fn file_syntax_error_text(&mut self, exc: Value) -> Option<String> {
        if !self.is_instance(exc, self.exc_class(Exc::SyntaxError)) {
            return None;
        }
        let ObjKind::Instance(i) = self.obj(exc) else {
            return None;
        };
        let (file, line, offset, src, msg) = (
            i.attrs.get("filename")?,
            i.attrs.get("lineno")?,
            i.attrs.get("offset")?,
            i.attrs.get("text")?,
            i.attrs.get("msg")?,
        );
        let (ObjKind::Str(file), ObjKind::Str(src), ObjKind::Str(msg)) =
            (self.obj(file), self.obj(src), self.obj(msg))
        else {
            return None;
        };
        let (file, src, msg) = (file.clone(), src.clone(), msg.clone());
        let (line, offset) = (self.as_int(line)?, self.as_int(offset)?);
        let trimmed = src.trim_start();
        let indent = src.chars().count() - trimmed.chars().count();
        let caret = usize::try_from(offset)
            .unwrap_or(1)
            .saturating_sub(1 + indent);
        let name = self.exception_line(exc);
        let class = name.split(':').next().unwrap_or("SyntaxError");
        Some(format!(
            "  File \"{file}\", line {line}\n    {}\n    {}^\n{class}: {msg}",
            trimmed.trim_end(),
            " ".repeat(caret)
        ))
    }

    /// The lines tracebacks print after an exception's last line: each of its `__notes__` (set
    /// by `add_note`), or the `repr` of `__notes__` when it is no list or tuple.
    fn notes_text(&mut self, exc: Value) -> String {
        let ObjKind::Instance(i) = self.obj(exc) else {
            return String::new();
        };
        let Some(notes) = i.attrs.get("__notes__") else {
            return String::new();
        };
        let items = match self.obj(notes) {
            ObjKind::List(items) | ObjKind::Tuple(items) => items.clone(),
            _ => {
                let shown = self
                    .repr(notes)
                    .unwrap_or_else(|_| "<__notes__ repr() failed>".to_string());
                return format!("{shown}\n");
            }
        };
        let mut text = String::new();
        for note in items {
            let line = match self.obj(note) {
                ObjKind::Str(s) => s.to_string(),
                _ => self
                    .str_of(note)
                    .unwrap_or_else(|_| "<note str() failed>".to_string()),
            };
            text.push_str(&line);
            text.push('\n');
        }
        text
    }

    /// The members of an exception group (an instance of `modules/py/_exceptiongroup.py`'s
    /// classes, which keep them in `_eg_exceptions`), or `None` for any other exception.
    fn group_members(&self, exc: Value) -> Option<Vec<Value>> {
        let ObjKind::Instance(i) = self.obj(exc) else {
            return None;
        };
        match self.obj(i.attrs.get("_eg_exceptions")?) {
            ObjKind::Tuple(items) => Some(items.clone()),
            _ => None,
        }
    }

    /// The box CPython 3.11 draws for an exception group: `head` (its traceback, last line and
    /// notes), then each member's report in a numbered section, nested groups boxed in turn.
    fn group_box(&mut self, head: &str, members: &[Value], indent: &str) -> String {
        let mut out = String::new();
        for (k, line) in head.lines().enumerate() {
            let header = k == 0 && line.starts_with("Exception Group Traceback");
            let mark = if header { "+" } else { "|" };
            out.push_str(&format!("{indent}{mark} {line}\n"));
        }
        let inner = format!("{indent}  ");
        let rule = "-".repeat(16);
        for (n, &m) in members.iter().enumerate() {
            if n == 0 {
                out.push_str(&format!("{indent}+-+{rule} {} {rule}\n", n + 1));
            } else {
                out.push_str(&format!("{inner}+{rule} {} {rule}\n", n + 1));
            }
            let mut text = String::new();
            for (e, joint) in self.exception_chain(m) {
                text.push_str(&self.chained_text(e));
                text.push_str(joint);
            }
            let own = self.chained_text(m);
            match self.group_members(m) {
                Some(sub) => {
                    if own.starts_with("Traceback") {
                        text.push_str("Exception Group ");
                    }
                    text.push_str(&own);
                    let boxed = self.group_box(&text, &sub, &inner);
                    out.push_str(&boxed);
                }
                None => {
                    text.push_str(&own);
                    for line in text.lines() {
                        out.push_str(&format!("{inner}| {line}\n"));
                    }
                }
            }
        }
        out.push_str(&format!("{inner}+{}\n", "-".repeat(36)));
        out
    }

    /// The source line `line` of a file the `import` statement loaded, stripped.
    pub fn imported_line(&self, path: &str, line: u32) -> Option<&str> {
        Some(self.raw_imported_line(path, line)?.trim())
    }

    fn source_line(&self, line: u32) -> Option<&str> {
        Some(self.raw_source_line(line)?.trim())
    }

    /// Line `line` of the imported file `path`, unstripped.
    fn raw_imported_line(&self, path: &str, line: u32) -> Option<&str> {
        let source = self.imports.sources.get(path)?;
        source.lines().nth(line.checked_sub(1)? as usize)
    }

    /// Line `line` of the main script, unstripped.
    pub(crate) fn raw_source_line(&self, line: u32) -> Option<&str> {
        self.side.source.lines().nth(line.checked_sub(1)? as usize)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Options, Output};

    fn run(src: &str) -> String {
        crate::run_captured(src, &Options::default()).1
    }

    #[test]
    fn an_uncaught_exception_group_is_boxed_as_cpython_3_11_prints_it() {
        let src = "def f():\n    raise ValueError(1)\ntry:\n    f()\nexcept ValueError as e:\n    v = e\nv.add_note(\"noted\")\nraise ExceptionGroup(\"outer\", [v, ExceptionGroup(\"inner\", [TypeError(2)]), KeyError(\"k\")])\n";
        let want = "  + Exception Group Traceback (most recent call last):\n  |   File \"<test>\", line 8, in <module>\n  |     raise ExceptionGroup(\"outer\", [v, ExceptionGroup(\"inner\", [TypeError(2)]), KeyError(\"k\")])\n  | ExceptionGroup: outer (3 sub-exceptions)\n  +-+---------------- 1 ----------------\n    | Traceback (most recent call last):\n    |   File \"<test>\", line 4, in <module>\n    |     f()\n    |   File \"<test>\", line 2, in f\n    |     raise ValueError(1)\n    | ValueError: 1\n    | noted\n    +---------------- 2 ----------------\n    | ExceptionGroup: inner (1 sub-exception)\n    +-+---------------- 1 ----------------\n      | TypeError: 2\n      +------------------------------------\n    +---------------- 3 ----------------\n    | KeyError: 'k'\n    +------------------------------------\n";
        assert_eq!(run(src), want);
    }

    #[test]
    fn tracebacks_get_one_entry_per_frame_and_raise_statement_as_in_cpython() {
        let src = "def f():\n    try:\n        raise ValueError\n    except ValueError:\n        raise\ndef g():\n    try:\n        f()\n    except ValueError as e:\n        raise e\ntry:\n    g()\nexcept ValueError as e:\n    n = []\n    tb = e.__traceback__\n    while tb is not None:\n        n.append(tb.tb_lineno)\n        tb = tb.tb_next\n    print(n, ValueError().__traceback__)\n";
        assert_eq!(run(src), "[12, 10, 8, 3] None\n");
    }

    #[test]
    fn frames_inside_built_in_python_modules_name_their_module_file() {
        let src = "import json\ndef f():\n    return json.dumps(object())\nf()\n";
        let out = run(src);
        assert!(out.contains("  File \"<test>\", line 3, in f\n    return json.dumps(object())\n           ^^^^^^^^^^^^^^^^^^^^\n  File \"<frozen minipy/json.py>\", line "), "{out}");
        assert!(!out.contains("File \"<test>\", line 216"), "{out}");
        assert!(
            out.ends_with("TypeError: Object of type object is not JSON serializable\n"),
            "{out}"
        );
    }

    #[test]
    fn a_saved_exception_keeps_the_locals_of_the_frames_it_passed() {
        let src = "import weakref, gc\nclass T:\n    pass\ndef f():\n    t = T()\n    refs.append(weakref.ref(t))\n    1 // 0\nrefs = []\ntry:\n    f()\nexcept ZeroDivisionError as e:\n    saved = e\ngc.collect()\nprint(refs[0]() is None)\nsaved.__traceback__ = None\ngc.collect()\nprint(refs[0]() is None)\n";
        assert_eq!(run(src), "False\nTrue\n");
    }

    #[test]
    fn a_caught_exception_keeps_the_catching_frames_callers() {
        let src = "import weakref, gc\nclass T:\n    pass\ndef catcher():\n    try:\n        1 // 0\n    except ZeroDivisionError as e:\n        return e\ndef caller():\n    d = T()\n    refs.append(weakref.ref(d))\n    return catcher()\nrefs = []\nsaved = caller()\ngc.collect()\nprint(refs[0]() is None)\nsaved = None\ngc.collect()\nprint(refs[0]() is None)\n";
        assert_eq!(run(src), "False\nTrue\n");
    }

    #[test]
    fn key_error_shows_the_key_repr_and_others_show_str() {
        let mut interp = Interp::new(Options::default(), Output::capture());
        let key = interp.str_value("cb").unwrap();
        let err = interp.key_error(key);
        assert_eq!(interp.exception_line(err.exc), "KeyError: 'cb'");
        let err = interp.type_error("bad");
        assert_eq!(interp.exception_line(err.exc), "TypeError: bad");
        let class = interp.exc_class(Exc::ValueError);
        let err = interp.err_with(class, vec![]);
        assert_eq!(interp.exception_line(err.exc), "ValueError");
    }

    #[test]
    fn chained_tracebacks_print_oldest_first_with_cpython_joints() {
        let src = "def f():\n    try:\n        1 // 0\n    except ZeroDivisionError as e:\n        raise KeyError('k') from e\ntry:\n    f()\nfinally:\n    x = [][0]\n";
        let out = run(src);
        let expected = "Traceback (most recent call last):\n  File \"<test>\", line 3, in f\n    1 // 0\n    ~~^^~~\nZeroDivisionError: integer division or modulo by zero\n\nThe above exception was the direct cause of the following exception:\n\nTraceback (most recent call last):\n  File \"<test>\", line 7, in <module>\n    f()\n  File \"<test>\", line 5, in f\n    raise KeyError('k') from e\nKeyError: 'k'\n\nDuring handling of the above exception, another exception occurred:\n\nTraceback (most recent call last):\n  File \"<test>\", line 9, in <module>\n    x = [][0]\n        ~~^^^\nIndexError: list index out of range\n";
        assert_eq!(out, expected);
    }

    #[test]
    fn a_comprehension_is_a_frame_of_its_own_and_its_caller_marks_all_of_it() {
        let src =
            "def inv(x):\n    return 1 / x\ndef g():\n    return {x: inv(x) for x in [0]}\ng()\n";
        let expected = "Traceback (most recent call last):\n  File \"<test>\", line 5, in <module>\n    g()\n  File \"<test>\", line 4, in g\n    return {x: inv(x) for x in [0]}\n           ^^^^^^^^^^^^^^^^^^^^^^^^\n  File \"<test>\", line 4, in <dictcomp>\n    return {x: inv(x) for x in [0]}\n               ^^^^^^\n  File \"<test>\", line 2, in inv\n    return 1 / x\n           ~~^~~\nZeroDivisionError: division by zero\n";
        assert_eq!(run(src), expected);
    }

    #[test]
    fn context_cycles_are_cut_not_followed() {
        let src = "try:\n    try:\n        raise ValueError('a')\n    except ValueError as a:\n        try:\n            raise KeyError('b')\n        except KeyError:\n            raise a\nexcept ValueError as e:\n    print(repr(e.__context__), e.__context__.__context__)\n";
        assert_eq!(run(src), "KeyError('b') None\n");
    }
}
