//! minipy, a Python-subset interpreter whose every object lives in the weakgc heap: `__del__` is a
//! heap finalizer, `weakref.ref` callbacks are heap callbacks, and the weak dictionaries are the
//! heap's own ephemeron-aware tables.
//!
//! The crate is in one-way layers; each module names only its own layer and those below it
//! (`tests/all/layers.rs` checks this):
//!
//! 1. [`syntax`]: source text to a resolved tree. [`syntax::parser::parse_module`] builds an
//!    [`syntax::ast::Module`], and [`syntax::resolve::resolve`] decides where each of its names
//!    lives ([`compile`] does both).
//! 2. [`runtime`]: the data model. Values and heap objects, types, dicts, exceptions (raised by
//!    type, [`runtime::exceptions::Exc`]), and [`Interp`], the interpreter's state and roots.
//! 3. [`eval`]: the tree-walking evaluator: statements, expressions, calls, names, iteration.
//! 4. [`builtins`]: functions and methods implemented in Rust, `repr`, string formatting.
//! 5. [`modules`]: the importable modules (`weakref`, `gc`, `math`, `collections`...).
//!
//! Then the driver: this file, [`cli`] and [`repl`]. `Interp` is one struct whose methods are
//! spread over the layers (`impl Interp` in each module); a lower layer may *call* a method a
//! higher one defines (`repr` of an instance runs its `__repr__`), which is a call through the
//! interpreter, not a dependency on a higher module's items. Start reading at `runtime/interp.rs`
//! for how objects stay rooted and when collections and finalizers run.
//!
//! ```
//! let (code, output) = minipy::run_captured("print(1 + 1)\n", &minipy::Options::default());
//! assert_eq!((code, output.as_str()), (0, "2\n"));
//! ```

#![forbid(unsafe_code)]

pub mod builtins;
pub mod cli;
pub mod eval;
pub mod modules;
pub mod repl;
pub mod runtime;
pub mod syntax;

use std::rc::Rc;

use crate::runtime::exceptions::Exc;

pub use runtime::interp::Interp;
pub use runtime::options::{GcMode, Options, Stress};
pub use runtime::output::Output;
pub use syntax::{compile, syntax_error_report};

/// Stack size of the thread scripts run on: deep enough that Python's recursion limit
/// ([`runtime::interp::RECURSION_LIMIT`]) is always reached before the Rust stack runs out.
pub const STACK_SIZE: usize = 512 << 20;

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
    interp.side.path = Rc::from(path);
    interp.side.source = Rc::from(source);
    interp.run_module(&module)
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

impl Interp {
    /// Runs a module as `__main__`, then interpreter exit. Returns the exit code. A module not yet
    /// resolved (straight from [`syntax::parser::parse_module`]) is resolved first; a scoping error is
    /// reported as a syntax error, exit code 1.
    pub fn run_module(&mut self, module: &syntax::ast::Module) -> i32 {
        if !module.resolved {
            let mut resolved = module.clone();
            if let Err(e) = syntax::resolve::resolve(&mut resolved) {
                let report = syntax_error_report(&self.side.source, &self.side.path, &e);
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
        // `python3 script.py` sets `__file__` to the path as given; `-c`, stdin and the REPL
        // (names in angle brackets) have none.
        if !self.side.path.starts_with('<') && !self.side.path.is_empty() {
            let path = self.side.path.clone();
            if let Ok(file) = self.str_value(&path) {
                self.env_set(globals, Rc::from("__file__"), file);
            }
        }
        let doc = match doc {
            Some(d) => self.str_value(d),
            None => Ok(self.none()),
        };
        if let Ok(doc) = doc {
            self.env_set(globals, Rc::from("__doc__"), doc);
        }
        self.roots.frames.push(runtime::interp::Frame {
            slots: Vec::new(),
            ns: globals,
            globals,
            kind: runtime::interp::FrameKind::Module,
            names: Some(runtime::interp::FrameNames::module()),
            line: 1,
            record: None,
        });
        self.depth = 1;
        // Module-level statements start with no temporaries (`__name__` is held by the
        // globals): a collection between them then has nothing dropped on the stack.
        self.roots.temps.clear();
        self.promoted_temps = 0;
    }

    /// An exception that left the module's code: `SystemExit`'s code, or the traceback printed
    /// and 1 (130 for `KeyboardInterrupt`, as a shell reports a process SIGINT ended: CPython
    /// re-raises the signal).
    pub fn uncaught(&mut self, mut e: runtime::exceptions::PyErr) -> i32 {
        if self.err_is(&e, Exc::SystemExit) {
            return self.system_exit_code(e.exc);
        }
        let line = self.frame().line;
        let marker = e.marker.take().map_or_else(Default::default, |m| *m);
        e.traceback.push((Rc::from("<module>"), line, None, marker));
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
        self.dump_shutdown_garbage();
        if self.opts.gc_stats {
            let report = self.side.gc_stats.report();
            self.out.write_err(&report);
        }
        self.out.flush();
        code
    }
}

impl Interp {
    /// The exit code of an uncaught `SystemExit(arg)`: `arg` if an int, 0 for none, else 1 after
    /// printing `arg` to stderr, as CPython does.
    fn system_exit_code(&mut self, exc: runtime::object::Value) -> i32 {
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
