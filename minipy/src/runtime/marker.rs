//! CPython 3.11's marker lines in tracebacks: `^^^^` under the expression that failed in each
//! frame, `~` under a binary operation's operands and a subscript's value. The rules were found by
//! running python3 on small scripts; they are listed in docs/semantics.md ("Caret lines").
//! A marker that cannot be drawn exactly is left out.

use crate::syntax::ast::{Expr, ExprKind, Span};

/// What a traceback entry underlines, decided by the expression or statement that failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Marker {
    /// No marker line.
    #[default]
    None,
    /// `^` under the span.
    Plain(Span),
    /// A binary operation: `~` under the span but `^` under the operator, found after the left
    /// operand's end (`(line, column)`, parentheses included).
    BinOp(Span, (u32, u32)),
    /// A subscript: `~` up to its `[`, found after the value's end, and `^` from there.
    Subscript(Span, (u32, u32)),
}

impl Marker {
    /// The marker for `e` failing as an operation of its own (not because an operand failed).
    pub fn for_expr(e: &Expr) -> Marker {
        if !e.span.is_known() {
            return Marker::None;
        }
        match &e.kind {
            ExprKind::BinOp { left, .. } if left.outer.is_known() => {
                Marker::BinOp(e.span, (left.outer.end_line, left.outer.end_col))
            }
            ExprKind::Subscript { value, .. } if value.outer.is_known() => {
                Marker::Subscript(e.span, (value.outer.end_line, value.outer.end_col))
            }
            ExprKind::Call { .. }
            | ExprKind::Attribute { .. }
            | ExprKind::Name(..)
            | ExprKind::Compare { .. }
            | ExprKind::UnaryOp { .. }
            // A comprehension fails as the call of its function (its frame raised).
            | ExprKind::ListComp { .. }
            | ExprKind::SetComp { .. }
            | ExprKind::DictComp { .. } => Marker::Plain(e.span),
            _ => Marker::None,
        }
    }

    /// The marker line for an entry at `line` whose source line is `raw` (unstripped), without
    /// its newline; `None` when there is none to print.
    pub fn line(&self, raw: &str, line: u32) -> Option<String> {
        let span = match self {
            Marker::None => return None,
            Marker::Plain(s) | Marker::BinOp(s, _) | Marker::Subscript(s, _) => *s,
        };
        if span.line != line || span.col == 0 {
            return None;
        }
        let chars: Vec<char> = raw.chars().collect();
        let indent = chars.iter().take_while(|c| c.is_whitespace()).count();
        let trimmed_end =
            chars.len() - chars.iter().rev().take_while(|c| c.is_whitespace()).count();
        let start = span.col as usize - 1;
        let one_line = span.end_line == line;
        let end = if one_line {
            span.end_col as usize - 1
        } else {
            // Over several lines: to the end of this one, which must be code only.
            if chars[start.min(chars.len())..].contains(&'#') {
                return None;
            }
            trimmed_end
        };
        if start < indent || end > chars.len() || start >= end {
            return None;
        }
        // CPython places the markers by display width, two columns for East Asian wide
        // characters; all of those lie at U+1100 or above, so a line without such characters
        // up to the span's end is drawn one column per character, else not at all.
        if chars[..end].iter().any(|&c| c >= '\u{1100}') {
            return None;
        }
        // Over several lines, `^` only.
        let with_anatomy = !matches!(self, Marker::Plain(_)) && one_line;
        let marks = match (self, one_line) {
            (Marker::BinOp(_, left_end), true) => binop_marks(&chars, start, end, *left_end, line)?,
            (Marker::Subscript(_, value_end), true) => {
                subscript_marks(&chars, start, end, *value_end, line)?
            }
            _ => vec!['^'; end - start],
        };
        // Plain `^` over the whole stripped line add nothing, and CPython leaves them out.
        if !with_anatomy && start == indent && end == trimmed_end {
            return None;
        }
        let pad = " ".repeat(4 + start - indent);
        Some(format!("{pad}{}", marks.into_iter().collect::<String>()))
    }
}

/// The first column at or after `from` (0-based) that is not blank or `)`, before `end`.
fn skip_to_token(chars: &[char], from: usize, end: usize) -> Option<usize> {
    (from..end).find(|&i| !(chars[i].is_whitespace() || chars[i] == ')'))
}

/// `~` under a binary operation's span, `^` under its operator.
fn binop_marks(
    chars: &[char],
    start: usize,
    end: usize,
    left_end: (u32, u32),
    line: u32,
) -> Option<Vec<char>> {
    if left_end.0 != line {
        return None;
    }
    let op = skip_to_token(chars, left_end.1 as usize - 1, end)?;
    let two = chars.get(op..op + 2).map(|p| p.iter().collect::<String>());
    let len = match two.as_deref() {
        Some("**" | "//" | "<<" | ">>") => 2,
        _ => 1,
    };
    if !"+-*/%@&|^<>".contains(chars[op]) || op < start || op + len > end {
        return None;
    }
    let mut marks = vec!['~'; end - start];
    for m in &mut marks[op - start..op - start + len] {
        *m = '^';
    }
    Some(marks)
}

/// `~` under a subscript's value, `^` from its `[` to the end.
fn subscript_marks(
    chars: &[char],
    start: usize,
    end: usize,
    value_end: (u32, u32),
    line: u32,
) -> Option<Vec<char>> {
    if value_end.0 != line {
        return None;
    }
    let open = skip_to_token(chars, value_end.1 as usize - 1, end)?;
    if chars[open] != '[' || open < start {
        return None;
    }
    let mut marks = vec!['^'; end - start];
    for m in &mut marks[..open - start] {
        *m = '~';
    }
    Some(marks)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(col: u32, end_col: u32) -> Span {
        Span {
            line: 1,
            col,
            end_line: 1,
            end_col,
        }
    }

    #[test]
    fn binary_operation_marks_operands_with_tildes_and_operator_with_carets() {
        let m = Marker::BinOp(span(5, 14), (1, 6));
        assert_eq!(
            m.line("z = a   /   b  + 1", 1).as_deref(),
            Some("        ~~~~^~~~~")
        );
        let m = Marker::BinOp(span(5, 11), (1, 6));
        assert_eq!(m.line("z = a ** b", 1).as_deref(), Some("        ~~^^~~"));
    }

    #[test]
    fn subscript_marks_value_with_tildes_and_brackets_with_carets() {
        let m = Marker::Subscript(span(5, 14), (1, 6));
        assert_eq!(
            m.line("z = d [ 'x' ]", 1).as_deref(),
            Some("        ~~^^^^^^^")
        );
    }

    #[test]
    fn plain_marks_covering_the_whole_stripped_line_are_left_out() {
        assert_eq!(Marker::Plain(span(5, 8)).line("    f()  ", 1), None);
        let m = Marker::Plain(span(1, 4));
        assert_eq!(m.line("f()  # c", 1).as_deref(), Some("    ^^^"));
    }

    #[test]
    fn multi_line_span_marks_to_the_end_of_its_first_line() {
        let m = Marker::Plain(Span {
            line: 1,
            col: 5,
            end_line: 2,
            end_col: 9,
        });
        assert_eq!(m.line("z = f(1,", 1).as_deref(), Some("        ^^^^"));
    }
}
