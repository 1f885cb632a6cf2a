//! The error every stage of parsing reports: CPython's `SyntaxError` and its subclasses.

use std::fmt;

/// Which of Python's syntax-error classes an error belongs to; `IndentationError` is a subclass of
/// `SyntaxError`, and `TabError` of `IndentationError`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ErrorKind {
    /// `SyntaxError`.
    Syntax,
    /// `IndentationError`: an unexpected or missing indent, or an unindent to no outer level.
    Indentation,
    /// `TabError`: indentation whose meaning depends on the tab width.
    Tab,
}

impl ErrorKind {
    /// The Python class name, e.g. `"IndentationError"`.
    pub fn type_name(self) -> &'static str {
        match self {
            ErrorKind::Syntax => "SyntaxError",
            ErrorKind::Indentation => "IndentationError",
            ErrorKind::Tab => "TabError",
        }
    }
}

/// Source text that is not valid minipy, and where.
///
/// Displays as the last line of CPython's report, e.g. `SyntaxError: invalid syntax`; messages follow
/// CPython 3.11's wording where minipy detects the same problem.
///
/// # Examples
///
/// ```
/// let err = minipy::syntax::parser::parse_module("if x\n    pass\n").unwrap_err();
/// assert_eq!(err.to_string(), "SyntaxError: expected ':'");
/// assert_eq!((err.line, err.col), (1, 5));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    /// The Python exception class.
    pub kind: ErrorKind,
    /// The message, without the class name.
    pub msg: String,
    /// 1-based line the error points at.
    pub line: u32,
    /// 1-based column (in characters) the error points at.
    pub col: u32,
    /// Column just past the end of what the error marks, for a caret span (`^^^^`) as CPython
    /// 3.11 prints; 0 (or not past `col`) marks the one character at `col`.
    pub end_col: u32,
}

impl SyntaxError {
    /// A `SyntaxError` with `msg` at `line`, `col`.
    pub fn new(msg: impl Into<String>, line: u32, col: u32) -> Self {
        Self::with_kind(ErrorKind::Syntax, msg, line, col)
    }

    /// An `IndentationError` with `msg` at `line`, `col`.
    pub fn indentation(msg: impl Into<String>, line: u32, col: u32) -> Self {
        Self::with_kind(ErrorKind::Indentation, msg, line, col)
    }

    /// An error of class `kind` with `msg` at `line`, `col`.
    pub fn with_kind(kind: ErrorKind, msg: impl Into<String>, line: u32, col: u32) -> Self {
        SyntaxError {
            kind,
            msg: msg.into(),
            line,
            col,
            end_col: 0,
        }
    }

    /// This error marking its line's characters `col..end_col`.
    pub fn spanning(mut self, end_col: u32) -> Self {
        self.end_col = end_col;
        self
    }
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.kind.type_name(), self.msg)
    }
}

impl std::error::Error for SyntaxError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_is_cpython_last_traceback_line() {
        let err = SyntaxError::indentation("unexpected indent", 2, 5);
        assert_eq!(err.to_string(), "IndentationError: unexpected indent");
        let err = SyntaxError::with_kind(ErrorKind::Tab, "inconsistent use of tabs", 1, 1);
        assert_eq!(err.to_string(), "TabError: inconsistent use of tabs");
    }
}
