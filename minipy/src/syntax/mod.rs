//! The front end: source text to a resolved tree. Depends on nothing else in minipy.
//!
//! [`lexer`] turns text into tokens, [`parser`] tokens into an [`ast::Module`], and [`resolve`]
//! decides where each name lives (local slot, cell, global, builtin) and writes it into the tree.

pub mod ast;
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
