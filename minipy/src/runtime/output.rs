//! [`Output`]: where a script's stdout and stderr go — the process's streams, or one in-memory
//! buffer for tests.

use std::cell::RefCell;
use std::io::{BufWriter, IsTerminal, Stdout, Write};
use std::rc::Rc;

/// A script's output streams.
///
/// Stdout is buffered and flushed before anything goes to stderr, so the two interleave in the order
/// the script produced them (conformance runs merge both into one pipe). As CPython's, it is
/// line-buffered on a terminal (each complete line shows at once) and block-buffered otherwise.
pub struct Output {
    sink: Sink,
    /// Flush after every write that ends a line (stdout is a terminal).
    line_buffered: bool,
}

enum Sink {
    Std(BufWriter<Stdout>),
    Capture(Rc<RefCell<String>>),
}

impl Output {
    /// The process's stdout and stderr.
    pub fn std() -> Output {
        let stdout = std::io::stdout();
        Output {
            line_buffered: stdout.is_terminal(),
            sink: Sink::Std(BufWriter::with_capacity(1 << 16, stdout)),
        }
    }

    /// Whether stdout is flushed at each end of line (see [`Output`]).
    pub fn is_line_buffered(&self) -> bool {
        self.line_buffered
    }

    /// One in-memory buffer receiving both streams; read it with [`captured`](Self::captured).
    pub fn capture() -> Output {
        Output {
            sink: Sink::Capture(Rc::new(RefCell::new(String::new()))),
            line_buffered: false,
        }
    }

    /// A handle to the capture buffer (empty for [`std`](Self::std) output).
    pub fn captured(&self) -> Rc<RefCell<String>> {
        match &self.sink {
            Sink::Capture(buf) => buf.clone(),
            Sink::Std(_) => Rc::new(RefCell::new(String::new())),
        }
    }

    /// Writes to stdout. A closed pipe is not the script's error: the text is dropped.
    pub fn write_out(&mut self, text: &str) {
        match &mut self.sink {
            Sink::Std(w) => {
                let _ = w.write_all(text.as_bytes());
                if self.line_buffered && text.contains('\n') {
                    let _ = w.flush();
                }
            }
            Sink::Capture(buf) => buf.borrow_mut().push_str(text),
        }
    }

    /// Writes to stderr, after flushing stdout.
    pub fn write_err(&mut self, text: &str) {
        match &mut self.sink {
            Sink::Std(w) => {
                let _ = w.flush();
                let _ = std::io::stderr().write_all(text.as_bytes());
            }
            Sink::Capture(buf) => buf.borrow_mut().push_str(text),
        }
    }

    /// Flushes stdout.
    pub fn flush(&mut self) {
        if let Sink::Std(w) = &mut self.sink {
            let _ = w.flush();
        }
    }
}

impl Drop for Output {
    fn drop(&mut self) {
        self.flush();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capture_interleaves_both_streams_in_order() {
        let mut out = Output::capture();
        out.write_out("a\n");
        out.write_err("b\n");
        out.write_out("c\n");
        assert_eq!(&*out.captured().borrow(), "a\nb\nc\n");
    }
}
