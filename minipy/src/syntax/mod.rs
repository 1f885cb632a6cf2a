//! The front end: source text to a resolved tree. Depends on nothing else in minipy.
//!
//! [`lexer`] turns text into tokens, [`parser`] tokens into an [`ast::Module`], and [`resolve`]
//! decides where each name lives (local slot, cell, global, builtin) and writes it into the tree.

pub mod ast;
pub mod constants;
pub mod flat_yield;
pub mod intern;
pub mod lexer;
pub mod parser;
pub mod quote;
pub mod resolve;
pub mod unparse;

/// Parses and resolves `source`: the tree `Interp::run_module` runs.
///
/// # Errors
/// The first syntax error, parse errors before scoping errors (as CPython reports them).
pub fn compile(source: &str) -> Result<ast::Module, parser::SyntaxError> {
    let mut module = parser::parse_module(source)?;
    resolve::resolve(&mut module)?;
    Ok(module)
}

/// CPython's report of a syntax error: where, the line with carets under the span it marks (one
/// caret at the column when it marks no span), the error.
pub fn syntax_error_report(source: &str, path: &str, e: &parser::SyntaxError) -> String {
    let mut text = format!("  File \"{path}\", line {}\n", e.line);
    if let Some(line) = source.lines().nth(e.line.saturating_sub(1) as usize) {
        let trimmed = line.trim_start();
        let indent = line.chars().count() - trimmed.chars().count();
        let caret = (e.col as usize).saturating_sub(1 + indent);
        let width = (e.end_col.saturating_sub(e.col) as usize).max(1);
        text.push_str(&format!(
            "    {}\n    {}{}\n",
            trimmed.trim_end(),
            " ".repeat(caret),
            "^".repeat(width)
        ));
    }
    text.push_str(&format!("{e}\n"));
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report(source: &str) -> String {
        let e = parser::parse_module(source).expect_err("a syntax error");
        syntax_error_report(source, "<test>", &e)
    }

    #[test]
    fn carets_span_what_cpython_marks() {
        // Expected reports read off python3.11 for the same sources.
        let cases = [
            (
                "print \"hello\"\n",
                "  File \"<test>\", line 1\n    print \"hello\"\n    ^^^^^^^^^^^^^\nSyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?\n",
            ),
            (
                "if x = 1:\n    pass\n",
                "  File \"<test>\", line 1\n    if x = 1:\n       ^^^^^\nSyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='?\n",
            ),
            (
                "f(1 2)\n",
                "  File \"<test>\", line 1\n    f(1 2)\n      ^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n",
            ),
            (
                "while True print(1)\n",
                "  File \"<test>\", line 1\n    while True print(1)\n               ^^^^^\nSyntaxError: invalid syntax\n",
            ),
            (
                "x === 1\n",
                "  File \"<test>\", line 1\n    x === 1\n        ^\nSyntaxError: invalid syntax\n",
            ),
            (
                "print(1))\n",
                "  File \"<test>\", line 1\n    print(1))\n            ^\nSyntaxError: unmatched ')'\n",
            ),
        ];
        for (source, expected) in cases {
            assert_eq!(report(source), expected, "{source:?}");
        }
    }
}
