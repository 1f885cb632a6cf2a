//! The interactive prompt, as python3's: `>>> ` and `... ` prompts, a compound statement
//! continued until an empty line, expression statements echoing their `repr` (not `None`) and
//! binding `_`, exceptions printed as tracebacks without leaving, Ctrl-D (end of input) to exit.
//!
//! The loop ([`run`]) reads from any [`LineSource`]: [`Editor`] on a terminal (rustyline: line
//! editing and in-memory history), [`Piped`] otherwise (`minipy -i < file`, and tests), which
//! writes the prompts to stderr as python3 does. Each complete input is compiled on its own and
//! runs in the same globals, in the module frame that [`Interp::start_main`] entered; its line
//! numbers count from 1, as python3's `<stdin>` lines do.

use std::io::BufRead;
use std::rc::Rc;

use crate::runtime::exceptions::{Exc, PyResult};
use crate::runtime::interp::Interp;
use crate::runtime::output::Output;
use crate::syntax::ast::{Module, Stmt, StmtKind};

/// The primary prompt.
pub const PS1: &str = ">>> ";
/// The continuation prompt.
pub const PS2: &str = "... ";

/// One read from a [`LineSource`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Line {
    /// A line, without its end of line.
    Text(String),
    /// End of input (Ctrl-D on a terminal).
    Eof,
    /// Ctrl-C while reading: the input so far is dropped.
    Interrupted,
}

/// Where the REPL's lines come from.
pub trait LineSource {
    /// Shows `prompt` and reads one line. `out` is the script's output, to flush (or to write the
    /// prompt to) first.
    fn read_line(&mut self, prompt: &str, out: &mut Output) -> Line;
}

/// Lines from a reader, the prompts written to the output's stderr (python3's `-i` with a pipe).
pub struct Piped<R> {
    reader: R,
}

impl<R: BufRead> Piped<R> {
    /// Reads lines from `reader`.
    pub fn new(reader: R) -> Piped<R> {
        Piped { reader }
    }
}

impl<R: BufRead> LineSource for Piped<R> {
    fn read_line(&mut self, prompt: &str, out: &mut Output) -> Line {
        out.write_err(prompt);
        let mut line = String::new();
        match self.reader.read_line(&mut line) {
            Ok(0) | Err(_) => Line::Eof,
            Ok(_) => {
                if line.ends_with('\n') {
                    line.pop();
                    if line.ends_with('\r') {
                        line.pop();
                    }
                }
                Line::Text(line)
            }
        }
    }
}

/// A terminal's lines, with line editing and history (kept in memory for the session).
pub struct Editor {
    editor: rustyline::DefaultEditor,
}

impl Editor {
    /// An editor on the process's terminal.
    ///
    /// # Errors
    /// When the terminal cannot be set up.
    pub fn new() -> Result<Editor, rustyline::error::ReadlineError> {
        Ok(Editor {
            editor: rustyline::DefaultEditor::new()?,
        })
    }
}

impl LineSource for Editor {
    fn read_line(&mut self, prompt: &str, out: &mut Output) -> Line {
        use rustyline::error::ReadlineError;
        out.flush();
        match self.editor.readline(prompt) {
            Ok(line) => {
                if !line.trim().is_empty() {
                    let _ = self.editor.add_history_entry(line.as_str());
                }
                Line::Text(line)
            }
            Err(ReadlineError::Interrupted) => Line::Interrupted,
            Err(_) => Line::Eof,
        }
    }
}

/// What the lines read so far make.
enum Input {
    /// More lines are needed (an open block, bracket or string).
    More,
    /// A complete input, compiled.
    Ready(Module),
    /// A syntax error, reported as python3 reports it.
    Error(String),
}

/// Whether `line` opens a block: it ends with `:` (a comment aside), is a decorator, or starts
/// with a compound statement's keyword. A
/// compound statement's input ends at an empty line, as python3's.
fn opens_block(line: &str) -> bool {
    let code = match line.find('#') {
        // A `#` inside a string is not a comment; only an unquoted line is trimmed.
        Some(i) if !line[..i].contains(['\'', '"']) => &line[..i],
        _ => line,
    };
    let code = code.trim();
    // A compound statement whose body is on its own line (`for i in x: i`) also waits for an
    // empty line, as python3's interactive tokenizer does.
    let first = code
        .split(|c: char| !c.is_alphanumeric() && c != '_')
        .next();
    let compound = matches!(
        first,
        Some("if" | "for" | "while" | "def" | "class" | "with" | "try" | "async")
    );
    code.ends_with(':') || code.starts_with('@') || compound
}

/// The parser's errors that more lines could fix: an unclosed bracket or triple-quoted string,
/// a backslash continuation, a block with no body yet.
fn incomplete(message: &str) -> bool {
    [
        "was never closed",
        "unterminated triple-quoted string",
        "unexpected EOF",
        "expected an indented block",
    ]
    .iter()
    .any(|m| message.contains(m))
}

/// Whether the last of `lines` (a block's input) starts a new statement at column 0 rather than
/// continuing the block (`else:` and its kin, the `def` under a decorator, a line inside an open
/// bracket or string).
fn dedents_out_of_block(lines: &[String]) -> bool {
    let [before @ .., last] = lines else {
        return false;
    };
    if before.is_empty() || last.starts_with([' ', '\t']) || last.trim().is_empty() {
        return false;
    }
    let word: String = last
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect();
    let decorated = before[0].trim_start().starts_with('@');
    let continues = matches!(word.as_str(), "else" | "elif" | "except" | "finally")
        || (decorated
            && (last.starts_with('@') || matches!(word.as_str(), "def" | "class" | "async")));
    if continues {
        return false;
    }
    match crate::syntax::compile(&(before.join("\n") + "\n")) {
        Err(e) => !incomplete(&e.to_string()) || e.to_string().contains("indented block"),
        Ok(_) => true,
    }
}

/// Classifies the lines read so far (`lines`, the last one just read).
fn classify(lines: &[String], at_eof: bool) -> Input {
    let source = lines.join("\n") + "\n";
    let block = lines.first().is_some_and(|l| opens_block(l));
    let ended = at_eof || lines.last().is_some_and(|l| l.trim().is_empty());
    if block && !ended && dedents_out_of_block(lines) {
        // python3 ends a block's input at an empty line only: a new statement is an error.
        let e = crate::syntax::parser::SyntaxError::new("invalid syntax", lines.len() as u32, 1);
        return Input::Error(crate::syntax_error_report(&source, "<stdin>", &e));
    }
    match crate::syntax::compile(&source) {
        Ok(_) if block && !ended => Input::More,
        Ok(module) => Input::Ready(module),
        Err(e) if !at_eof && incomplete(&e.to_string()) => Input::More,
        // In an open block, an error where the input ends (a `try:` body with no `except` yet)
        // may be fixed by the next line.
        Err(e) if block && !ended && e.line as usize > lines.len() => Input::More,
        Err(e) => Input::Error(crate::syntax_error_report(&source, "<stdin>", &e)),
    }
}

/// Runs the REPL on `interp` until end of input or `SystemExit`, then interpreter exit. Returns
/// the exit code. `banner` is printed to stderr first (python3 prints its version there).
pub fn run(interp: &mut Interp, input: &mut dyn LineSource, banner: &str) -> i32 {
    interp.side.path = Rc::from("<stdin>");
    // Tracebacks show no source lines for `<stdin>`, as python3's.
    interp.side.source = Rc::from("");
    if interp.roots.frames.is_empty() {
        interp.start_main(None);
    }
    interp.out.write_err(banner);
    let code = repl_loop(interp, input);
    interp.finish_main(code)
}

fn repl_loop(interp: &mut Interp, input: &mut dyn LineSource) -> i32 {
    let mut lines: Vec<String> = Vec::new();
    loop {
        let prompt = if lines.is_empty() { PS1 } else { PS2 };
        let at_eof = match input.read_line(prompt, &mut interp.out) {
            Line::Text(line) => {
                if lines.is_empty() && line.trim().is_empty() {
                    continue;
                }
                lines.push(line);
                false
            }
            Line::Interrupted => {
                lines.clear();
                interp.out.write_err("\nKeyboardInterrupt\n");
                continue;
            }
            Line::Eof if lines.is_empty() => {
                interp.out.write_err("\n");
                return 0;
            }
            Line::Eof => true,
        };
        match classify(&lines, at_eof) {
            Input::More => continue,
            Input::Error(report) => interp.out.write_err(&report),
            Input::Ready(module) => {
                if let Err(e) = interp.run_interactive(&module) {
                    if interp.err_is(&e, Exc::SystemExit) {
                        return interp.uncaught(e);
                    }
                    interp.uncaught(e);
                }
            }
        }
        lines.clear();
        if at_eof {
            interp.out.write_err("\n");
            return 0;
        }
    }
}

impl Interp {
    /// Runs one interactive input (compiled on its own) in the main module's frame: each
    /// expression statement of its own code (at the top level or inside its `for`, `if`, `with`,
    /// `try`... blocks, not in functions or classes) prints its value's `repr` unless `None` and binds
    /// it to `_` (minipy keeps `_` in the globals, CPython in `builtins`). A Ctrl-C pressed while
    /// no code ran is forgotten first.
    ///
    /// # Errors
    /// The exception that left the input's code (the REPL prints it and goes on).
    pub fn run_interactive(&mut self, module: &Module) -> PyResult<()> {
        crate::runtime::interrupt::clear();
        self.out.flush();
        self.echo_depth = self.roots.frames.len();
        let mut result = Ok(());
        for stmt in &module.body {
            result = match &stmt.kind {
                StmtKind::Expr(e) => self.exec_echo(stmt, e),
                _ => self.exec_stmt(stmt).map(|_| ()),
            };
            if result.is_err() {
                break;
            }
        }
        self.echo_depth = 0;
        self.out.flush();
        result
    }

    /// An expression statement whose value is echoed: `exec_stmt`'s steps (tick, safepoints,
    /// temporaries) around evaluating, printing and binding it.
    fn exec_echo(&mut self, stmt: &Stmt, e: &crate::syntax::ast::Expr) -> PyResult<()> {
        self.tick()?;
        let height = self.temps_height();
        if let Some(frame) = self.roots.frames.last_mut() {
            frame.line = stmt.line;
        }
        self.stmt_start();
        let result = self.eval(e).and_then(|v| self.echo_value(v));
        self.finish_stmt(height, &result, None);
        self.collect_after_stmt();
        result
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_end_at_an_empty_line_and_brackets_at_their_close() {
        let l = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert!(matches!(classify(&l(&["1 + 1"]), false), Input::Ready(_)));
        assert!(matches!(classify(&l(&["if x:"]), false), Input::More));
        assert!(matches!(
            classify(&l(&["if x:", "  y"]), false),
            Input::More
        ));
        assert!(matches!(
            classify(&l(&["if x:", "  y", ""]), false),
            Input::Ready(_)
        ));
        assert!(matches!(
            classify(&l(&["if x:", "  y"]), true),
            Input::Ready(_)
        ));
        assert!(matches!(classify(&l(&["(1,"]), false), Input::More));
        assert!(matches!(
            classify(&l(&["(1,", "2)"]), false),
            Input::Ready(_)
        ));
        assert!(matches!(classify(&l(&["s = '''a"]), false), Input::More));
        assert!(matches!(classify(&l(&["def f(:"]), false), Input::Error(_)));
        assert!(matches!(classify(&l(&["try:", "  1"]), false), Input::More));
        assert!(matches!(
            classify(&l(&["try:", "  1", ""]), false),
            Input::Error(_)
        ));
        assert!(matches!(classify(&l(&["if x y:"]), false), Input::Error(_)));
        assert!(matches!(classify(&l(&["(1,"]), true), Input::Error(_)));
        assert!(matches!(
            classify(&l(&["if x:", "  y", "z"]), false),
            Input::Error(_)
        ));
        assert!(matches!(
            classify(&l(&["if x:", "  y", "else:"]), false),
            Input::More
        ));
        assert!(matches!(
            classify(&l(&["@d", "def f():"]), false),
            Input::More
        ));
        assert!(matches!(
            classify(&l(&["if x:", "  y = (1,", "2)"]), false),
            Input::More
        ));
        assert!(opens_block("for i in x:  # loop"));
        assert!(!opens_block("d = {'#': 1}"));
        assert!(opens_block("@decorator"));
        assert!(opens_block("for i in range(3): i"));
        assert!(!opens_block("format(1)") && !opens_block("iffy = 1"));
    }
}
