//! minipy, a Python-subset interpreter whose every object lives in the weakheap heap; its front end
//! turns source text into an [`ast::Module`] with [`parser::parse_module`].

pub mod ast;
pub mod lexer;
pub mod parser;
