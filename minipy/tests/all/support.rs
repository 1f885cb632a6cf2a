//! Running scripts through the `minipy` binary.

use std::io::Write;
use std::process::{Command, Stdio};

/// What a run printed and how it exited.
pub struct Run {
    /// Exit code (`None` if killed by a signal).
    pub code: Option<i32>,
    /// Stdout.
    pub stdout: String,
    /// Stderr.
    pub stderr: String,
}

/// Runs `source` as a script with `args` before it.
pub fn minipy(args: &[&str], source: &str) -> Run {
    let dir = std::env::temp_dir().join(format!("minipy-test-{}-{}", std::process::id(), unique()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("script.py");
    std::fs::File::create(&path)
        .unwrap()
        .write_all(source.as_bytes())
        .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_minipy"))
        .args(args)
        .arg(&path)
        .stdin(Stdio::null())
        .output()
        .expect("the minipy binary runs");
    let _ = std::fs::remove_dir_all(&dir);
    Run {
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn unique() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(0);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

impl Run {
    /// Asserts a Python-level failure: exit code 1, the given last stderr line, no internal error.
    pub fn assert_python_error(&self, last_line: &str) {
        assert_eq!(
            self.code,
            Some(1),
            "stdout:\n{}\nstderr:\n{}",
            self.stdout,
            self.stderr
        );
        assert!(!self.stderr.contains("internal error"), "{}", self.stderr);
        assert!(!self.stderr.contains("panicked"), "{}", self.stderr);
        assert_eq!(
            self.stderr.lines().last(),
            Some(last_line),
            "stderr:\n{}",
            self.stderr
        );
    }

    /// Asserts a clean run: exit code 0 and exactly `stdout` (stderr shown on failure).
    pub fn assert_success(&self, stdout: &str) {
        assert_eq!(
            (self.code, self.stdout.as_str()),
            (Some(0), stdout),
            "{}",
            self.stderr
        );
    }
}
