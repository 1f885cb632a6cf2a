//! `minipy [option] ... [-c cmd | file | -] [arg] ...`: python3's command line (see
//! [`minipy::cli`], and `minipy --help`), the script run on a thread with a deep stack.

#![forbid(unsafe_code)]

use std::io::{IsTerminal, Read};
use std::process::ExitCode;
use std::rc::Rc;

use minipy::cli::{self, Command, Invocation, Source};
use minipy::runtime::exceptions::Exc;
use minipy::{repl, Interp, Output, STACK_SIZE};

fn main() -> ExitCode {
    let invocation = match cli::parse(std::env::args_os().skip(1)) {
        Ok(Command::Run(invocation)) => invocation,
        Ok(Command::Help) => {
            print!("{}", cli::help());
            return ExitCode::SUCCESS;
        }
        Ok(Command::Version) => {
            print!("{}", cli::version());
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    // Last resort: a bug in minipy is reported as one line, never a Rust panic message or abort.
    std::panic::set_hook(Box::new(|info| {
        eprintln!("minipy: internal error: {info}");
    }));
    // Without the handler Ctrl-C still ends the process, as it would any program.
    let _ = minipy::runtime::interrupt::install();
    let worker = std::thread::Builder::new()
        .stack_size(STACK_SIZE)
        .spawn(move || std::panic::catch_unwind(move || run(invocation)).unwrap_or(1));
    match worker.map(|w| w.join()) {
        Ok(Ok(code)) => ExitCode::from(code.clamp(0, 255) as u8),
        _ => ExitCode::from(1),
    }
}

/// The main module's code, its name in messages, and whether tracebacks may quote its lines
/// (python3 3.11 quotes none from `-c` or stdin).
fn load(
    source: &Source,
    interactive: bool,
) -> Result<Option<(String, &'static str, bool)>, String> {
    let stdin = || {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .map_err(|e| format!("minipy: can't read stdin: {e}"))?;
        Ok(Some((text, "<stdin>", false)))
    };
    match source {
        Source::File(path) => match std::fs::read_to_string(path) {
            Ok(text) => Ok(Some((text, "", true))),
            Err(e) => Err(format!(
                "minipy: can't open file '{path}': {}",
                os_error(&e)
            )),
        },
        Source::Code(code) => Ok(Some((code.clone(), "<string>", false))),
        Source::Stdin => stdin(),
        Source::None if interactive || std::io::stdin().is_terminal() => Ok(None),
        Source::None => stdin(),
    }
}

/// `path` made absolute as CPython makes the script's: the working directory, `/` and `path`,
/// with no normalisation (`python3 ./a.py` in `/tmp` names `/tmp/./a.py`).
fn absolute_script_path(path: &str) -> String {
    if path.starts_with('/') {
        return path.to_string();
    }
    match std::env::current_dir() {
        Ok(dir) => format!("{}/{path}", dir.to_string_lossy()),
        Err(_) => path.to_string(),
    }
}

/// An OS error as python3 words it: `[Errno 2] No such file or directory`.
fn os_error(e: &std::io::Error) -> String {
    let text = e.to_string();
    match e.raw_os_error() {
        Some(n) => {
            let suffix = format!(" (os error {n})");
            format!(
                "[Errno {n}] {}",
                text.strip_suffix(&suffix).unwrap_or(&text)
            )
        }
        None => text,
    }
}

/// Runs what the command line asked for; returns the exit code.
fn run(mut invocation: Invocation) -> i32 {
    let loaded = match load(&invocation.source, invocation.interactive) {
        Ok(loaded) => loaded,
        Err(msg) => {
            eprintln!("{msg}");
            return 2;
        }
    };
    let Some((text, name, quote)) = loaded else {
        return interactive(
            Interp::new(invocation.options, Output::std()),
            invocation.quiet,
        );
    };
    let path = match &invocation.source {
        // As CPython 3.9+: `__file__`, tracebacks and syntax errors name the script by its
        // absolute path (the working directory joined, not normalised), `sys.argv[0]` as typed.
        Source::File(path) => {
            invocation.options.argv0 = Some(path.clone());
            absolute_script_path(path)
        }
        _ => name.to_string(),
    };
    if matches!(invocation.source, Source::None) {
        invocation.options.argv0 = Some(String::new());
    }
    if !invocation.interactive {
        let mut options = invocation.options;
        if !quote {
            return run_unquoted(&text, &path, &mut options);
        }
        return minipy::run_source(&text, &path, &options, Output::std());
    }
    // `-i`: the script, then the prompt in its globals (not after `SystemExit`).
    let module = match minipy::compile(&text) {
        Ok(m) => m,
        Err(e) => {
            eprint!("{}", minipy::syntax_error_report(&text, &path, &e));
            return 1;
        }
    };
    let mut interp = Interp::new(invocation.options, Output::std());
    interp.side.path = Rc::from(path.as_str());
    interp.side.source = Rc::from(if quote { text.as_str() } else { "" });
    interp.start_main(None);
    if let Err(e) = interp.exec_block(&module.body) {
        if interp.err_is(&e, Exc::SystemExit) {
            let code = interp.uncaught(e);
            return interp.finish_main(code);
        }
        interp.uncaught(e);
    }
    interactive(interp, true)
}

/// [`minipy::run_source`] for code without a file: its syntax errors quote the line, its
/// tracebacks do not (python3's for `-c` and stdin).
fn run_unquoted(text: &str, path: &str, options: &mut minipy::Options) -> i32 {
    let module = match minipy::compile(text) {
        Ok(m) => m,
        Err(e) => {
            let mut out = Output::std();
            out.write_err(&minipy::syntax_error_report(text, path, &e));
            return 1;
        }
    };
    let mut interp = Interp::new(std::mem::take(options), Output::std());
    interp.side.path = Rc::from(path);
    interp.run_module(&module)
}

/// The REPL on the terminal (its editor), or on piped stdin with `-i`.
fn interactive(mut interp: Interp, quiet: bool) -> i32 {
    let banner = if quiet {
        String::new()
    } else {
        format!("{}Type Ctrl-D to exit.\n", cli::version())
    };
    if std::io::stdin().is_terminal() {
        match repl::Editor::new() {
            Ok(mut editor) => return repl::run(&mut interp, &mut editor, &banner),
            Err(e) => eprintln!("minipy: no line editing ({e})"),
        }
    }
    let stdin = std::io::stdin();
    repl::run(&mut interp, &mut repl::Piped::new(stdin.lock()), &banner)
}
