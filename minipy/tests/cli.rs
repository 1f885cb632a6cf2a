//! The `minipy` binary's command line, as python3's: options, `-c`, stdin, `sys.argv`, usage
//! errors, the interactive prompt (`tests/repl/`: each `NAME.in` fed to `minipy -q -i`, stdout and
//! stderr merged, against `NAME.expected` recorded with `python3 -q -i < NAME.in 2>&1`; with a
//! `NAME.py` beside it, as `-q -i NAME.py a b`), Ctrl-C, the shipped seed examples, and the
//! per-process string hash.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn minipy() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_minipy"));
    cmd.env_remove("PYTHONHASHSEED");
    cmd
}

fn manifest() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs `minipy ARGS` with `stdin` as its input.
fn run(args: &[&str], stdin: &str) -> Output {
    let mut child = minipy()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("minipy runs");
    child
        .stdin
        .take()
        .expect("piped stdin")
        .write_all(stdin.as_bytes())
        .expect("stdin written");
    child.wait_with_output().expect("minipy ends")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn c_runs_code_with_argv_as_python3() {
    let o = run(
        &["-c", "import sys; print(sys.argv)", "a", "--gc=eager", "-c"],
        "",
    );
    assert_eq!(stdout(&o), "['-c', 'a', '--gc=eager', '-c']\n");
    assert_eq!(o.status.code(), Some(0));
    let o = run(&["-c", "print('x'); 1/0"], "");
    assert_eq!(stdout(&o), "x\n");
    assert_eq!(
        stderr(&o),
        "Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\nZeroDivisionError: division by zero\n"
    );
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn stdin_is_the_script_without_a_file_or_with_dash() {
    let o = run(&[], "import sys\nprint(sys.argv)\n");
    assert_eq!(stdout(&o), "['']\n");
    let o = run(&["-", "a", "b"], "import sys\nprint(sys.argv)\n");
    assert_eq!(stdout(&o), "['-', 'a', 'b']\n");
    let o = run(&["-"], "def f():\n    return 1/0\nf()\n");
    assert!(
        stderr(&o).contains("  File \"<stdin>\", line 3, in <module>\n"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn script_arguments_are_sys_argv() {
    let script = manifest().join("tests/repl/with_script.py");
    let path = script.to_str().expect("utf-8 path");
    let o = run(&["--gc", "eager", path, "x", "--max-steps=1"], "");
    assert_eq!(stdout(&o), "script ran with ['x', '--max-steps=1']\n");
    let o = run(&["-c", "import sys; print(sys.argv[0])"], "");
    assert_eq!(stdout(&o), "-c\n");
}

#[test]
fn options_take_values_joined_or_separate_and_sizes_with_units() {
    let big = "x = [0] * 1000000\nprint('allocated')\n";
    for args in [["--max-heap", "10KB"], ["--max-heap=10KiB", "--gc-stats"]] {
        let mut all = args.to_vec();
        all.extend(["-c", big]);
        let o = run(&all, "");
        assert!(
            stderr(&o).contains("MemoryError"),
            "{args:?}: {}",
            stderr(&o)
        );
    }
    let o = run(&["--max-heap=100MB", "-c", big], "");
    assert_eq!(stdout(&o), "allocated\n", "{}", stderr(&o));
    let o = run(&["--max-steps", "3", "-c", "while True: pass"], "");
    assert!(
        stderr(&o).ends_with("ResourceLimitError: step limit of 3 exceeded\n"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn usage_errors_exit_2_in_python3s_words() {
    for (args, first) in [
        (&["--bogus"][..], "unknown option --bogus"),
        (&["-Z"][..], "Unknown option: -Z"),
        (&["-c"][..], "Argument expected for the -c option"),
        (&["--gc"][..], "Argument expected for the --gc option"),
        (
            &["--gc=nope", "x.py"][..],
            "unknown GC mode 'nope' for --gc",
        ),
    ] {
        let o = run(args, "");
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let err = stderr(&o);
        assert_eq!(err.lines().next(), Some(first), "{args:?}: {err}");
        assert!(err.contains("usage: minipy [option] ..."), "{err}");
        assert_eq!(stdout(&o), "");
    }
    let o = run(&["/nonexistent/x.py"], "");
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        stderr(&o),
        "minipy: can't open file '/nonexistent/x.py': [Errno 2] No such file or directory\n"
    );
}

#[test]
fn help_and_version() {
    let o = run(&["--help"], "");
    assert_eq!(o.status.code(), Some(0));
    let help = stdout(&o);
    for needle in [
        "-c CODE",
        "--max-heap SIZE",
        "--gc MODE",
        "stress-step",
        "KiB",
    ] {
        assert!(help.contains(needle), "{needle} missing from --help");
    }
    assert_eq!(stdout(&run(&["-h"], "")), help);
    let o = run(&["-V"], "");
    assert_eq!(
        stdout(&o),
        format!(
            "minipy {} (weakgc) — a Python 3.11 subset\n",
            env!("CARGO_PKG_VERSION")
        )
    );
    assert_eq!(stdout(&run(&["--version"], "")), stdout(&o));
}

/// Runs `minipy ARGS < input` with stdout and stderr in one file, as `2>&1` would.
fn merged(args: &[&str], input: &Path) -> (Option<i32>, String) {
    let dir = std::env::temp_dir().join(format!("minipy-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let name = input.file_name().expect("a file").to_string_lossy();
    let out_path = dir.join(format!("{name}.out"));
    let out = std::fs::File::create(&out_path).expect("output file");
    let status = minipy()
        .args(args)
        .stdin(std::fs::File::open(input).expect("input"))
        .stdout(out.try_clone().expect("dup"))
        .stderr(out)
        .status()
        .expect("minipy runs");
    let text = std::fs::read_to_string(&out_path).expect("output");
    let _ = std::fs::remove_file(&out_path);
    (status.code(), text)
}

#[test]
fn repl_transcripts_match_python3() {
    let dir = manifest().join("tests/repl");
    let mut ran = 0;
    let mut entries: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/repl")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "in"))
        .collect();
    entries.sort();
    for input in entries {
        let expected = std::fs::read_to_string(input.with_extension("expected"))
            .expect("each NAME.in has a NAME.expected");
        let script = input.with_extension("py");
        let script_arg = script.to_string_lossy().into_owned();
        let mut args = vec!["-q", "-i"];
        if script.is_file() {
            args.extend([script_arg.as_str(), "a", "b"]);
        }
        // python3 shows the script's path as given; the test gives it absolute.
        let (_, got) = merged(&args, &input);
        let got = got.replace(&script_arg, &script.file_name().unwrap().to_string_lossy());
        assert_eq!(got, expected, "{}", input.display());
        ran += 1;
    }
    assert!(ran >= 4, "only {ran} transcripts");
}

#[test]
fn repl_exits_with_system_exit_code() {
    let (code, _) = merged(&["-q", "-i"], &manifest().join("tests/repl/errors.in"));
    assert_eq!(code, Some(3));
}

/// compare.py's normalisation (`../shared/conformance/compare.py`): addresses become `0x?`, and
/// a traceback keeps its header and its exception line only (paths and quoted lines differ
/// between implementations).
fn normalise(text: &str) -> String {
    let mut hexless = String::new();
    let mut rest = text;
    while let Some(i) = rest.find("0x") {
        hexless.push_str(&rest[..i + 2]);
        rest = &rest[i + 2..];
        let hex = rest
            .find(|c: char| !c.is_ascii_hexdigit())
            .unwrap_or(rest.len());
        if hex > 0 {
            hexless.push('?');
        }
        rest = &rest[hex..];
    }
    hexless.push_str(rest);
    let mut out = Vec::new();
    let mut in_traceback = false;
    for line in hexless.lines() {
        if line.starts_with("Traceback (most recent call last):") {
            in_traceback = true;
            out.push(line);
            continue;
        }
        if in_traceback && (line.starts_with(' ') || line.is_empty()) {
            continue;
        }
        in_traceback = false;
        out.push(line.trim_end());
    }
    out.join("\n").trim_end_matches('\n').to_string() + "\n"
}

/// The README's first command runs a shipped seed; every shipped seed prints what CPython printed.
#[test]
fn shipped_seed_examples_match_their_expected_output() {
    let dir = manifest().join("../examples/seed");
    let mut ran = 0;
    for entry in std::fs::read_dir(&dir).expect("examples/seed is shipped") {
        let path = entry.expect("entry").path();
        if path.extension().is_none_or(|e| e != "py") {
            continue;
        }
        let expected = std::fs::read_to_string(path.with_extension("expected"))
            .expect("each seed has its .expected");
        let o = minipy().arg(&path).output().expect("minipy runs");
        let got = format!("{}{}", stdout(&o), stderr(&o));
        assert_eq!(normalise(&got), normalise(&expected), "{}", path.display());
        ran += 1;
    }
    assert!(ran >= 6, "only {ran} seeds");
}

#[test]
fn string_hashes_are_seeded_per_process_unless_pythonhashseed() {
    let code = "print(hash('minipy'), hash(''))";
    let seeded = |seed: &str| {
        let o = minipy()
            .env("PYTHONHASHSEED", seed)
            .args(["-c", code])
            .output()
            .expect("minipy runs");
        stdout(&o)
    };
    assert_eq!(seeded("7"), seeded("7"));
    assert_ne!(seeded("7"), seeded("8"));
    let a = stdout(&run(&["-c", code], ""));
    let b = stdout(&run(&["-c", code], ""));
    // Two 64-bit seeds drawn alike: a chance of 2^-64.
    assert_ne!(a, b);
    assert!(a.ends_with(" 0\n"), "{a}");
}

/// A child running `source` that prints `ready` lines: each Ctrl-C (SIGINT, sent with `kill`) is
/// sent after the next `ready`, so no timing is assumed. Returns the exit code and the output.
#[cfg(unix)]
fn interrupted(source: &str, interrupts: usize) -> (Option<i32>, String, String) {
    let mut child = minipy()
        .args(["-c", source])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("minipy runs");
    let mut lines = BufReader::new(child.stdout.take().expect("piped stdout")).lines();
    let mut out = String::new();
    for _ in 0..interrupts {
        loop {
            let line = lines
                .next()
                .expect("a ready line before the end")
                .expect("utf-8");
            out.push_str(&line);
            out.push('\n');
            if line == "ready" {
                break;
            }
        }
        let sent = Command::new("kill")
            .args(["-INT", &child.id().to_string()])
            .status()
            .expect("kill runs");
        assert!(sent.success());
    }
    for line in lines {
        out.push_str(&line.expect("utf-8"));
        out.push('\n');
    }
    let o = child.wait_with_output().expect("minipy ends");
    (o.status.code(), out, stderr(&o))
}

#[cfg(unix)]
#[test]
fn ctrl_c_raises_keyboard_interrupt_catchable_then_uncaught_exits_130() {
    let source = "\
import time
try:
    print('ready', flush=True)
    while True:
        pass
except KeyboardInterrupt as e:
    print('caught loop', repr(e))
try:
    print('ready', flush=True)
    time.sleep(3600)
except KeyboardInterrupt:
    print('caught sleep')
try:
    print('ready', flush=True)
    while True:
        pass
finally:
    print('buffered, flushed at exit')
";
    let (code, out, err) = interrupted(source, 3);
    assert_eq!(
        out,
        "ready\ncaught loop KeyboardInterrupt()\nready\ncaught sleep\nready\nbuffered, flushed at exit\n"
    );
    assert!(
        err.starts_with("Traceback (most recent call last):\n")
            && err.ends_with("\nKeyboardInterrupt\n"),
        "{err}"
    );
    assert_eq!(code, Some(130));
}
