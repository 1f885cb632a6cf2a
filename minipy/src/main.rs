//! `minipy [--gc=MODE] [--gc-stats] [--max-heap=BYTES] [--max-steps=N] [--timeout=SECONDS] SCRIPT.py [ARGS...]`
//!
//! The options are few and all `--name=value`, so they are parsed by hand from one table of GC
//! modes ([`minipy::GcMode::ALL`]); `--help` is generated from it.

#![forbid(unsafe_code)]

use std::process::ExitCode;

use minipy::{run_source, GcMode, Options, Output, Stress, STACK_SIZE};

const USAGE: &str =
    "usage: minipy [--gc=MODE] [--gc-stats] [--max-heap=BYTES] [--max-steps=N] [--timeout=SECONDS] SCRIPT.py [ARGS...]";

/// What each `--gc=` mode does, for `--help`, in [`GcMode::ALL`] order, then the stress modes.
const MODE_HELP: [&str; 7] = [
    "CPython's timing: objects die after the statement that dropped them, as with refcounting; \
     the rest of the garbage is collected incrementally (the default)",
    "incremental cycles paced by allocation only, in bounded steps",
    "CPython's timing, with stop-the-world paced collections for the rest",
    "stop-the-world collections paced by allocation only",
    "a full collection after every statement",
    "(testing) a full collection before every allocation, plus the default's",
    "(testing) an incremental step before every allocation, plus the default's",
];

fn help() -> String {
    let names = GcMode::ALL
        .iter()
        .map(|(name, _)| *name)
        .chain(["stress", "stress-step"]);
    let mut text = format!("{USAGE}\n\nGC modes (--gc=MODE):\n");
    for (name, what) in names.zip(MODE_HELP) {
        text.push_str(&format!("  {name:<12} {what}\n"));
    }
    text.push_str(
        "\nOther options:\n  --gc-stats          at exit, print the collections and steps run and the longest pause\n  \
         --max-heap=BYTES    MemoryError past this many heap bytes\n  \
         --max-steps=N       ResourceLimitError after N statements and loop iterations\n  \
         --timeout=SECONDS   ResourceLimitError after this much wall-clock time\n  \
         --help              this text\n\nArguments after SCRIPT.py are the script's (sys.argv[1:]).\n",
    );
    text
}

/// What the command line asks for.
#[derive(Debug)]
enum Command {
    Run(Options, String),
    Help,
}

fn parse_args(args: &[String]) -> Result<Command, String> {
    let mut options = Options::default();
    let mut script = None;
    for arg in args {
        if script.is_some() {
            // As python3: everything after the script is the script's (`sys.argv[1:]`).
            options.argv.push(arg.clone());
        } else if arg == "--help" || arg == "-h" {
            return Ok(Command::Help);
        } else if let Some(mode) = arg.strip_prefix("--gc=") {
            match mode {
                "stress" => options.stress = Stress::Full,
                "stress-step" => options.stress = Stress::Step,
                _ => {
                    options.gc = GcMode::ALL
                        .iter()
                        .find(|(name, _)| *name == mode)
                        .map(|(_, m)| *m)
                        .ok_or_else(|| {
                            format!("minipy: unknown GC mode '{mode}' (see --help)\n{USAGE}")
                        })?
                }
            }
        } else if arg == "--gc-stats" {
            options.gc_stats = true;
        } else if let Some(bytes) = arg.strip_prefix("--max-heap=") {
            let n = bytes.parse::<usize>().map_err(|_| {
                format!("minipy: --max-heap expects a number of bytes, got '{bytes}'")
            })?;
            options.max_heap = Some(n);
        } else if let Some(n) = arg.strip_prefix("--max-steps=") {
            let n = n
                .parse::<u64>()
                .map_err(|_| format!("minipy: --max-steps expects a number of steps, got '{n}'"))?;
            options.max_steps = Some(n);
        } else if let Some(secs) = arg.strip_prefix("--timeout=") {
            let secs = secs
                .parse::<f64>()
                .ok()
                .filter(|s| s.is_finite() && *s >= 0.0)
                .ok_or_else(|| format!("minipy: --timeout expects seconds, got '{secs}'"))?;
            options.timeout = Some(std::time::Duration::from_secs_f64(secs));
        } else if arg.starts_with("--") {
            return Err(format!("minipy: unknown option '{arg}'\n{USAGE}"));
        } else {
            script = Some(arg.clone());
        }
    }
    script
        .map(|s| Command::Run(options, s))
        .ok_or_else(|| USAGE.to_string())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (options, path) = match parse_args(&args) {
        Ok(Command::Run(options, path)) => (options, path),
        Ok(Command::Help) => {
            print!("{}", help());
            return ExitCode::SUCCESS;
        }
        Err(msg) => {
            eprintln!("{msg}");
            return ExitCode::from(2);
        }
    };
    let source = match std::fs::read_to_string(&path) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("minipy: can't open file '{path}': {e}");
            return ExitCode::from(2);
        }
    };
    // Last resort: a bug in minipy is reported as one line, never a Rust panic message or abort.
    std::panic::set_hook(Box::new(|info| {
        eprintln!("minipy: internal error: {info}");
    }));
    let worker = std::thread::Builder::new()
        .stack_size(STACK_SIZE)
        .spawn(move || {
            std::panic::catch_unwind(|| run_source(&source, &path, &options, Output::std()))
                .unwrap_or(1)
        });
    match worker.map(|w| w.join()) {
        Ok(Ok(code)) => ExitCode::from(code.clamp(0, 255) as u8),
        _ => ExitCode::from(1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(args: &[&str]) -> Vec<String> {
        args.iter().map(|s| s.to_string()).collect()
    }

    fn run(args: &[&str]) -> (Options, String) {
        match parse_args(&strings(args)) {
            Ok(Command::Run(o, p)) => (o, p),
            other => panic!("{args:?}: {other:?}"),
        }
    }

    #[test]
    fn options_parse() {
        let (o, p) = run(&["--gc=eager", "--max-heap=1000", "x.py"]);
        assert_eq!(o.gc, GcMode::Eager);
        assert_eq!(o.max_heap, Some(1000));
        assert_eq!(p, "x.py");
        assert!(parse_args(&strings(&["--bogus", "x.py"])).is_err());
        assert!(parse_args(&strings(&["--gc=bogus", "x.py"])).is_err());
        let (o, _) = run(&["x.py", "a", "--gc=eager"]);
        assert_eq!(o.argv, ["a", "--gc=eager"]);
        assert_eq!(o.gc, GcMode::Default);
        assert!(parse_args(&strings(&[])).is_err());
        assert!(matches!(
            parse_args(&strings(&["--help"])),
            Ok(Command::Help)
        ));
        assert!(run(&["--gc-stats", "x.py"]).0.gc_stats);
        assert!(!run(&["x.py"]).0.gc_stats);
    }

    #[test]
    fn every_mode_parses_and_is_in_the_help() {
        for (name, mode) in GcMode::ALL {
            assert_eq!(run(&[&format!("--gc={name}"), "x.py"]).0.gc, mode);
        }
        let (o, _) = run(&["--gc=stress", "x.py"]);
        assert_eq!((o.gc, o.stress), (GcMode::Default, Stress::Full));
        let (o, _) = run(&["--gc=stress-step", "x.py"]);
        assert_eq!(o.stress, Stress::Step);
        let text = help();
        for name in GcMode::ALL
            .iter()
            .map(|(n, _)| *n)
            .chain(["stress", "stress-step"])
        {
            assert!(
                text.contains(&format!("  {name} ")),
                "{name} missing from --help"
            );
        }
    }
}
