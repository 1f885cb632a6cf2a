//! minipy, a Python-subset interpreter whose every object lives in the weakgc heap: `__del__` is a
//! heap finalizer, `weakref.ref` callbacks are heap callbacks, and the weak dictionaries are the
//! heap's own ephemeron-aware tables.
//!
//! The front end turns source text into an [`ast::Module`] with [`parser::parse_module`], and
//! [`resolve::resolve`] decides where each of its names lives ([`compile`] does both); the
//! evaluator ([`interp::Interp`] and the `eval` modules) walks the resolved tree. Start reading at `interp.rs` for
//! how objects stay rooted and when collections and finalizers run.
//!
//! ```
//! let (code, output) = minipy::run_captured("print(1 + 1)\n", &minipy::Options::default());
//! assert_eq!((code, output.as_str()), (0, "2\n"));
//! ```

#![forbid(unsafe_code)]

pub mod ast;
pub mod builtins;
pub mod cli;
pub mod dict;
pub mod eval;
pub mod exceptions;
pub mod interp;
pub mod interrupt;
pub mod lexer;
pub mod modules;
pub mod object;
pub mod output;
pub mod parser;
pub mod repl;
pub mod repr;
pub mod resolve;
pub mod types;

use std::rc::Rc;

use crate::exceptions::Exc;

pub use interp::Interp;
pub use output::Output;

/// Stack size of the thread scripts run on: deep enough that Python's recursion limit
/// ([`interp::RECURSION_LIMIT`]) is always reached before the Rust stack runs out.
pub const STACK_SIZE: usize = 512 << 20;

/// When collections run without `gc.collect()` (`--gc=MODE`; see `interp.rs`, "Collection
/// points", and docs/semantics.md's minipy section).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum GcMode {
    /// `--gc=default`: generational. The heap runs in `CollectorMode::GENERATIONAL`; after each
    /// statement that made a watched object or dropped a reference from which one may be
    /// reachable (`Interp::note_drop`), CPython's timing collects where refcounting would have
    /// freed it: a minor collection when everything that may have died is young, else a full
    /// one. The rest of the garbage goes in minor collections paced by allocation and incremental
    /// majors paced by the old generation's growth.
    #[default]
    Default,
    /// `--gc=incremental`: incremental cycles paced by allocation only (objects die at the next
    /// cycle's end, not where CPython's refcounting would free them).
    Incremental,
    /// `--gc=auto`: CPython's timing as the default, with stop-the-world paced collections for the
    /// rest of the garbage.
    Auto,
    /// `--gc=paced`: stop-the-world collections when the heap's `Pacing` says one is due.
    Paced,
    /// `--gc=eager`: a full collection after every statement once objects can be seen dying.
    Eager,
}

impl GcMode {
    /// Every mode with its `--gc=` name.
    pub const ALL: [(&'static str, GcMode); 5] = [
        ("default", GcMode::Default),
        ("incremental", GcMode::Incremental),
        ("auto", GcMode::Auto),
        ("paced", GcMode::Paced),
        ("eager", GcMode::Eager),
    ];

    /// What the mode does, one line for `--help`.
    pub fn help(self) -> &'static str {
        match self {
            GcMode::Default => {
                "generational (the default): objects die after the statement that dropped them, \
                 as with refcounting (a minor collection when they are young); the rest in minor \
                 collections and incremental major cycles"
            }
            GcMode::Incremental => "incremental cycles paced by allocation only, in bounded steps",
            GcMode::Auto => "CPython's timing, with stop-the-world paced collections for the rest",
            GcMode::Paced => "stop-the-world collections paced by allocation only",
            GcMode::Eager => "a full collection after every statement",
        }
    }

    /// Whether statements that make or drop watched objects are followed by a collection.
    pub fn cpython_timing(self) -> bool {
        matches!(self, GcMode::Default | GcMode::Auto)
    }

    /// Whether background collections are incremental steps rather than stop-the-world.
    pub fn incremental(self) -> bool {
        matches!(self, GcMode::Default | GcMode::Incremental)
    }

    /// Whether the heap runs in generational mode (minor collections, incremental majors).
    pub fn generational(self) -> bool {
        self == GcMode::Default
    }
}

/// A testing mode that collects at every allocation, to check that every handle the evaluator
/// holds is rooted (`--gc=stress`, `--gc=stress-step`, `--gc=stress-minor`). Combined with
/// [`GcMode::Default`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Stress {
    /// No extra collections.
    #[default]
    Off,
    /// `--gc=stress`: a full collection before every allocation outside finalizers.
    Full,
    /// `--gc=stress-step`: an incremental step before every allocation outside finalizers, so
    /// cycles interleave with every mutation (checks the write barrier as well as rooting).
    Step,
    /// `--gc=stress-minor`: a minor collection before every allocation outside finalizers, so
    /// every object is promoted within two allocations and every store of a young object into an
    /// old one must reach the remembered set (checks the generational barrier).
    Minor,
}

impl Stress {
    /// Every stress mode with its `--gc=` name and its `--help` line.
    pub const ALL: [(&'static str, Stress, &'static str); 3] = [
        (
            "stress",
            Stress::Full,
            "(testing) a full collection before every allocation, plus the default's",
        ),
        (
            "stress-step",
            Stress::Step,
            "(testing) an incremental step before every allocation, plus the default's",
        ),
        (
            "stress-minor",
            Stress::Minor,
            "(testing) a minor collection before every allocation, plus the default's",
        ),
    ];
}

/// How to run a script.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// When collections run (`--gc=MODE`).
    pub gc: GcMode,
    /// `--gc=stress`, `--gc=stress-step` or `--gc=stress-minor` (queued work runs at the next
    /// statement). Slow.
    pub stress: Stress,
    /// `--gc-stats`: at exit, print to stderr how many collections and incremental steps the
    /// mode ran at safepoints and their longest pause.
    pub gc_stats: bool,
    /// `--max-heap=BYTES`: the heap limit; allocating past it raises `MemoryError`.
    pub max_heap: Option<usize>,
    /// `--max-steps=N`: statements and loop iterations the script may run before
    /// `ResourceLimitError` (for untrusted scripts).
    pub max_steps: Option<u64>,
    /// `--timeout=SECONDS`: wall-clock time the script may run before `ResourceLimitError`.
    pub timeout: Option<std::time::Duration>,
    /// The arguments after the script path, for `sys.argv[1:]`.
    pub argv: Vec<String>,
    /// `sys.argv[0]` when it is not the script's path: `-c` for `-c CODE`, `-` or the empty
    /// string for a script read from stdin (as python3).
    pub argv0: Option<String>,
}

/// Runs `source` (read from `path`, as messages show it) to completion: prints a syntax error or
/// the uncaught exception's traceback if there is one, runs exit-time finalizers, and returns the
/// process exit code (0, 1 after an error, 130 after an uncaught `KeyboardInterrupt`).
pub fn run_source(source: &str, path: &str, options: &Options, out: Output) -> i32 {
    let module = match compile(source) {
        Ok(m) => m,
        Err(e) => {
            let mut out = out;
            out.write_err(&syntax_error_report(source, path, &e));
            return 1;
        }
    };
    let mut interp = Interp::new(options.clone(), out);
    interp.path = Rc::from(path);
    interp.source = Rc::from(source);
    interp.run_module(&module)
}

/// Parses and resolves `source`: the tree [`Interp::run_module`] runs.
///
/// # Errors
/// The first syntax error, parse errors before scoping errors (as CPython reports them).
pub fn compile(source: &str) -> Result<ast::Module, parser::SyntaxError> {
    let mut module = parser::parse_module(source)?;
    resolve::resolve(&mut module)?;
    Ok(module)
}

/// Runs `source` on a thread with a [`STACK_SIZE`] stack, returning the exit code and everything the
/// script wrote to stdout and stderr, merged. A panic inside the interpreter becomes exit code 101
/// and an `internal error` line (never a crash of the caller); [`run_checked`] tells it apart.
pub fn run_captured(source: &str, options: &Options) -> (i32, String) {
    match run_checked(source, options) {
        Ok(run) => run,
        Err(e) => (101, format!("{}minipy: internal error\n", e.output)),
    }
}

/// The interpreter itself failed (it panicked: a minipy bug, never the script's fault).
#[derive(Debug)]
pub struct InternalError {
    /// What the script had written before, or why the worker thread could not run.
    pub output: String,
}

/// As [`run_captured`], but an internal failure is an `Err`, not an exit code and a line of output:
/// a script can print any line and `sys.exit(101)`, so only this result tells a minipy bug apart.
///
/// # Errors
/// [`InternalError`] if the interpreter panicked or its thread could not be started.
pub fn run_checked(source: &str, options: &Options) -> Result<(i32, String), InternalError> {
    let source = source.to_string();
    let options = options.clone();
    let worker = std::thread::Builder::new()
        .stack_size(STACK_SIZE)
        .spawn(move || {
            let out = Output::capture();
            let buf = out.captured();
            let code = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                run_source(&source, "<test>", &options, out)
            }));
            let output = buf.borrow().clone();
            match code {
                Ok(code) => Ok((code, output)),
                Err(_) => Err(InternalError { output }),
            }
        });
    match worker.map(|w| w.join()) {
        Ok(Ok(run)) => run,
        _ => Err(InternalError {
            output: "worker thread failed\n".to_string(),
        }),
    }
}

/// CPython's report of a syntax error: where, the line with a caret under the column, the error.
pub fn syntax_error_report(source: &str, path: &str, e: &parser::SyntaxError) -> String {
    let mut text = format!("  File \"{path}\", line {}\n", e.line);
    if let Some(line) = source.lines().nth(e.line.saturating_sub(1) as usize) {
        let trimmed = line.trim_start();
        let indent = line.chars().count() - trimmed.chars().count();
        let caret = (e.col as usize).saturating_sub(1 + indent);
        text.push_str(&format!(
            "    {}\n    {}^\n",
            trimmed.trim_end(),
            " ".repeat(caret)
        ));
    }
    text.push_str(&format!("{e}\n"));
    text
}

impl Interp {
    /// Runs a module as `__main__`, then interpreter exit. Returns the exit code. A module not yet
    /// resolved (straight from [`parser::parse_module`]) is resolved first; a scoping error is
    /// reported as a syntax error, exit code 1.
    pub fn run_module(&mut self, module: &ast::Module) -> i32 {
        if !module.resolved {
            let mut resolved = module.clone();
            if let Err(e) = resolve::resolve(&mut resolved) {
                let report = syntax_error_report(&self.source, &self.path, &e);
                self.out.write_err(&report);
                self.out.flush();
                return 1;
            }
            return self.run_module(&resolved);
        }
        self.start_main(builtins::body_docstring(&module.body).map(|d| &**d));
        let result = self.exec_block(&module.body).map(|_| ());
        let code = match result {
            Ok(()) => 0,
            Err(e) => self.uncaught(e),
        };
        self.finish_main(code)
    }

    /// Makes the globals `__main__`'s (with `doc`, the module's docstring, as `__doc__`) and
    /// enters the module's frame: what [`run_module`] does before the module's code, and the REPL
    /// before its first input.
    ///
    /// [`run_module`]: Self::run_module
    pub fn start_main(&mut self, doc: Option<&str>) {
        let globals = self.globals();
        if let Ok(name) = self.str_value("__main__") {
            self.env_set(globals, Rc::from("__name__"), name);
        }
        let doc = match doc {
            Some(d) => self.str_value(d),
            None => Ok(self.none()),
        };
        if let Ok(doc) = doc {
            self.env_set(globals, Rc::from("__doc__"), doc);
        }
        self.roots.frames.push(interp::Frame {
            slots: Vec::new(),
            ns: globals,
            globals,
            kind: interp::FrameKind::Module,
            name: Rc::from("<module>"),
            qualname: Rc::from("<module>"),
            line: 1,
            record: None,
        });
        self.depth = 1;
        // Module-level statements start with no temporaries (`__name__` is held by the
        // globals): a collection between them then has nothing dropped on the stack.
        self.roots.temps.clear();
    }

    /// An exception that left the module's code: `SystemExit`'s code, or the traceback printed
    /// and 1 (130 for `KeyboardInterrupt`, as a shell reports a process SIGINT ended: CPython
    /// re-raises the signal).
    pub fn uncaught(&mut self, mut e: exceptions::PyErr) -> i32 {
        if self.err_is(&e, Exc::SystemExit) {
            return self.system_exit_code(e.exc);
        }
        let line = self.frame().line;
        e.traceback.push((Rc::from("<module>"), line));
        self.print_traceback(&e);
        if self.err_is(&e, Exc::KeyboardInterrupt) {
            130
        } else {
            1
        }
    }

    /// Interpreter exit after the main module (or the REPL) ended with exit code `code`: exit-time
    /// finalizers, `--gc-stats`, the output flushed. Returns `code`.
    pub fn finish_main(&mut self, code: i32) -> i32 {
        self.shutdown();
        if self.opts.gc_stats {
            let report = self.gc_stats.report();
            self.out.write_err(&report);
        }
        self.out.flush();
        code
    }
}

impl Interp {
    /// The exit code of an uncaught `SystemExit(arg)`: `arg` if an int, 0 for none, else 1 after
    /// printing `arg` to stderr, as CPython does.
    fn system_exit_code(&mut self, exc: object::Value) -> i32 {
        let args = self.exception_args(exc);
        match args.first() {
            None => 0,
            Some(a) if self.is_none(*a) => 0,
            Some(a) => match self.as_int(*a) {
                Some(code) => code as i32,
                None => {
                    let text = self.str_of(*a).unwrap_or_default();
                    self.out.write_err(&format!("{text}\n"));
                    1
                }
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syntax_errors_report_line_and_column_and_exit_1() {
        let (code, out) = run_captured("x = 1\nif x\n    pass\n", &Options::default());
        assert_eq!(code, 1);
        assert_eq!(
            out,
            "  File \"<test>\", line 2\n    if x\n        ^\nSyntaxError: expected ':'\n"
        );
    }

    #[test]
    fn scoping_errors_are_syntax_errors_reported_after_parse_errors() {
        let (code, out) = run_captured("def f():\n    nonlocal x\n", &Options::default());
        assert_eq!(
            (code, out.as_str()),
            (
                1,
                "  File \"<test>\", line 2\n    nonlocal x\n    ^\nSyntaxError: no binding for nonlocal 'x' found\n"
            )
        );
        let (_, out) = run_captured("nonlocal x\nif x\n", &Options::default());
        assert!(out.ends_with("SyntaxError: expected ':'\n"), "{out}");
    }

    #[test]
    fn uncaught_exceptions_print_a_traceback_and_exit_1() {
        let (code, out) = run_captured(
            "def f():\n    return 1 // 0\nprint('a')\nf()\n",
            &Options::default(),
        );
        assert_eq!(code, 1);
        assert!(
            out.starts_with("a\nTraceback (most recent call last):\n"),
            "{out}"
        );
        assert!(
            out.contains("line 4, in <module>") && out.contains("line 2, in f"),
            "{out}"
        );
        assert!(
            out.ends_with("ZeroDivisionError: integer division or modulo by zero\n"),
            "{out}"
        );
    }
}
