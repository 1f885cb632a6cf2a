//! minipy's modules form one-way layers: each names only its own layer and those below it.
//!
//! `syntax` < `runtime` < `eval` < `builtins` < `modules` < the driver (`lib.rs`, `cli`, `repl`).
//! A `crate::` path in code (not in comments, not in a `#[cfg(test)]` module, which may use the
//! whole interpreter) to a higher layer fails this test.

use std::fs;
use std::path::{Path, PathBuf};

/// The layer of a first path segment after `crate::`, or `None` for a name this test ignores (a
/// re-export at the crate root of a lower layer's type, such as `crate::Options`).
fn layer_of_path(segment: &str) -> Option<usize> {
    Some(match segment {
        "syntax" => 0,
        "runtime" => 1,
        "eval" => 2,
        "builtins" => 3,
        "modules" => 4,
        "cli" | "repl" | "compile" | "run_source" | "run_captured" | "run_checked" => 5,
        _ => return None,
    })
}

/// The layer a source file under `src/` belongs to.
fn layer_of_file(rel: &Path) -> usize {
    let first = rel
        .components()
        .next()
        .unwrap()
        .as_os_str()
        .to_str()
        .unwrap();
    layer_of_path(first.trim_end_matches(".rs")).unwrap_or(5)
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Every `crate::NAME` in `line`.
fn crate_paths(line: &str) -> Vec<&str> {
    line.match_indices("crate::")
        .map(|(i, m)| {
            let rest = &line[i + m.len()..];
            let end = rest
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .unwrap_or(rest.len());
            &rest[..end]
        })
        .collect()
}

#[test]
fn no_module_names_a_higher_layer() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    assert!(files.len() > 50, "found the sources");
    let mut violations = Vec::new();
    for file in &files {
        let rel = file.strip_prefix(&src).unwrap();
        let own = layer_of_file(rel);
        let text = fs::read_to_string(file).unwrap();
        for (n, line) in text.lines().enumerate() {
            if line.trim_start().starts_with("#[cfg(test)]") {
                break;
            }
            if line.trim_start().starts_with("//") {
                continue;
            }
            for segment in crate_paths(line) {
                if layer_of_path(segment).is_some_and(|l| l > own) {
                    violations.push(format!("{}:{}: {}", rel.display(), n + 1, line.trim()));
                }
            }
        }
    }
    assert!(
        violations.is_empty(),
        "modules name a higher layer:\n{}",
        violations.join("\n")
    );
}

#[test]
fn the_check_sees_an_upward_path() {
    assert_eq!(
        crate_paths("use crate::eval::iter::X; crate::runtime::y"),
        ["eval", "runtime"]
    );
    assert!(layer_of_path("eval") > layer_of_path("runtime"));
    assert_eq!(layer_of_file(Path::new("syntax/parser/expr.rs")), 0);
    assert_eq!(layer_of_file(Path::new("lib.rs")), 5);
}
