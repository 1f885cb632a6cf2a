//! minipy's command line, python3's grammar: `minipy [option] ... [-c cmd | file | -] [arg] ...`.
//!
//! Options come first; the first non-option (the script, or `-` for stdin) or `-c CODE` ends
//! them, and everything after is the script's (`sys.argv[1:]`), as python3 has it. Parsed with
//! `lexopt`, chosen over clap for two reasons: python3's grammar is a pull loop that stops at the
//! script or `-c` and hands the rest over untouched (`lexopt::Parser::raw_args`), which clap's
//! derive cannot express without pre-splitting the arguments by hand; and it costs nothing to
//! build (measured on this machine from a clean target: a hello-world with lexopt builds in
//! 0.4 s, with clap's derive in 8.0 s, debug). The help text is written here, from one table of
//! GC modes ([`GcMode::ALL`]).

use std::ffi::OsString;

use crate::runtime::options::{GcMode, Options, Stress};

/// The usage line, as python3 words its own.
pub const USAGE: &str = "usage: minipy [option] ... [-c cmd | file | -] [arg] ...";

/// `minipy --version`.
pub fn version() -> String {
    format!(
        "minipy {} (weakgc) — a Python 3.11 subset\n",
        env!("CARGO_PKG_VERSION")
    )
}

/// `minipy --help`.
pub fn help() -> String {
    let mut text = format!(
        "{USAGE}\n\
         Options (an option's value may follow it or be joined with '='):\n  \
         -c CODE             run CODE (ends the options; sys.argv[0] is '-c')\n  \
         -i                  after the script (or with none), run the interactive prompt\n  \
         -q                  no banner at the interactive prompt\n  \
         -h, --help          this text, then exit\n  \
         -V, --version       minipy's version, then exit\n  \
         --gc MODE           when garbage is collected (below)\n  \
         --gc-stats          at exit, print the collections and steps run and the longest pause\n  \
         --max-heap SIZE     MemoryError past SIZE heap bytes: 1000000, 10MB, 64MiB (KB/MB/GB are\n                      \
         powers of 1000, KiB/MiB/GiB of 1024)\n  \
         --max-steps N       ResourceLimitError after N statements and loop iterations\n  \
         --timeout SECONDS   ResourceLimitError after this much wall-clock time\n\
         Arguments:\n  \
         file                the script to run\n  \
         -                   read the script from stdin (also without a file when stdin is not a\n                      \
         terminal; on a terminal, no file starts the interactive prompt)\n  \
         arg ...             the script's arguments, sys.argv[1:]\n\n\
         GC modes (--gc MODE):\n"
    );
    let modes = GcMode::ALL.iter().map(|(name, mode)| (*name, mode.help()));
    let stress = Stress::ALL.iter().map(|(name, _, what)| (*name, *what));
    for (name, what) in modes.chain(stress) {
        text.push_str(&format!("  {name:<12} {what}\n"));
    }
    text.push_str(
        "\nCtrl-C raises KeyboardInterrupt in the running script (exit status 130 if uncaught).\n",
    );
    text
}

/// Where the main module's code comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A script file.
    File(String),
    /// `-c CODE`.
    Code(String),
    /// `-`: stdin, read to its end.
    Stdin,
    /// No script: the interactive prompt on a terminal, else stdin read to its end.
    None,
}

/// A command line that runs code.
#[derive(Debug, Clone)]
pub struct Invocation {
    /// The interpreter's options, `argv` and `argv0` filled in.
    pub options: Options,
    /// What to run.
    pub source: Source,
    /// `-i`: the interactive prompt after the script.
    pub interactive: bool,
    /// `-q`: no banner.
    pub quiet: bool,
}

/// What the command line asks for.
#[derive(Debug, Clone)]
pub enum Command {
    /// Run code.
    Run(Invocation),
    /// `-h`, `--help`.
    Help,
    /// `-V`, `--version`.
    Version,
}

/// A usage error: printed with [`USAGE`] and a pointer to `-h`, exit status 2 (python3's).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UsageError(pub String);

impl std::fmt::Display for UsageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}\n{USAGE}\nTry `minipy -h' for more information.",
            self.0
        )
    }
}

impl From<lexopt::Error> for UsageError {
    fn from(e: lexopt::Error) -> UsageError {
        UsageError(match e {
            // python3's words for the same situations.
            lexopt::Error::MissingValue { option: Some(o) } => {
                format!("Argument expected for the {o} option")
            }
            lexopt::Error::UnexpectedOption(o) if o.starts_with("--") => {
                format!("unknown option {o}")
            }
            lexopt::Error::UnexpectedOption(o) => format!("Unknown option: {o}"),
            other => other.to_string(),
        })
    }
}

fn text(value: OsString, what: &str) -> Result<String, UsageError> {
    value
        .into_string()
        .map_err(|v| UsageError(format!("{what}: not valid UTF-8: {v:?}")))
}

/// Parses the arguments after the program name.
///
/// # Errors
/// An unknown option, a missing or malformed value.
pub fn parse<I>(args: I) -> Result<Command, UsageError>
where
    I: IntoIterator,
    I::Item: Into<OsString>,
{
    use lexopt::prelude::*;
    let mut parser = lexopt::Parser::from_args(args);
    let mut options = Options::default();
    let mut source = Source::None;
    let mut interactive = false;
    let mut quiet = false;
    while let Some(arg) = parser.next()? {
        match arg {
            Short('h') | Long("help") => return Ok(Command::Help),
            Short('V') | Long("version") => return Ok(Command::Version),
            Short('i') => interactive = true,
            Short('q') => quiet = true,
            Short('c') => {
                source = Source::Code(text(parser.value()?, "-c")?);
                options.argv0 = Some("-c".to_string());
                break;
            }
            Long("gc") => {
                let mode = text(parser.value()?, "--gc")?;
                match Stress::ALL.iter().find(|(name, _, _)| *name == mode) {
                    Some((_, stress, _)) => options.stress = *stress,
                    None => {
                        options.gc = GcMode::ALL
                            .iter()
                            .find(|(name, _)| *name == mode)
                            .map(|(_, m)| *m)
                            .ok_or_else(|| {
                                UsageError(format!("unknown GC mode '{mode}' for --gc"))
                            })?;
                    }
                }
            }
            Long("gc-stats") => options.gc_stats = true,
            Long("max-heap") => {
                let size = text(parser.value()?, "--max-heap")?;
                options.max_heap = Some(parse_size(&size).ok_or_else(|| {
                    UsageError(format!(
                        "--max-heap expects a size in bytes (e.g. 1000000, 10MB, 64MiB), got '{size}'"
                    ))
                })?);
            }
            Long("max-steps") => {
                let n = text(parser.value()?, "--max-steps")?;
                options.max_steps = Some(n.parse::<u64>().map_err(|_| {
                    UsageError(format!("--max-steps expects a number of steps, got '{n}'"))
                })?);
            }
            Long("timeout") => {
                let secs = text(parser.value()?, "--timeout")?;
                let s = secs
                    .parse::<f64>()
                    .ok()
                    .filter(|s| s.is_finite() && *s >= 0.0 && *s < 1e12)
                    .ok_or_else(|| {
                        UsageError(format!("--timeout expects seconds, got '{secs}'"))
                    })?;
                options.timeout = Some(std::time::Duration::from_secs_f64(s));
            }
            Value(script) => {
                let script = text(script, "script")?;
                if script == "-" {
                    source = Source::Stdin;
                    options.argv0 = Some("-".to_string());
                } else {
                    source = Source::File(script);
                }
                break;
            }
            _ => return Err(arg.unexpected().into()),
        }
    }
    // After the script or `-c CODE`: everything is the script's, options included.
    for a in parser.raw_args()? {
        options.argv.push(text(a, "argument")?);
    }
    Ok(Command::Run(Invocation {
        options,
        source,
        interactive,
        quiet,
    }))
}

/// A byte count: digits (a decimal fraction too) with an optional unit, KB/MB/GB (powers of
/// 1000) or KiB/MiB/GiB (powers of 1024), or B; units are case-insensitive. `None` if malformed
/// or past `usize`.
pub fn parse_size(text: &str) -> Option<usize> {
    let split = text
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(text.len());
    let (number, unit) = text.split_at(split);
    let scale: u64 = match unit.to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "kb" => 1_000,
        "mb" => 1_000_000,
        "gb" => 1_000_000_000,
        "kib" => 1 << 10,
        "mib" => 1 << 20,
        "gib" => 1 << 30,
        _ => return None,
    };
    if number.is_empty() || number == "." {
        return None;
    }
    if let Ok(n) = number.parse::<u64>() {
        return usize::try_from(n.checked_mul(scale)?).ok();
    }
    let bytes = number.parse::<f64>().ok()? * scale as f64;
    // Exact below 2^53; a fraction of a byte rounds down.
    (bytes.is_finite() && bytes < 9.0e15).then_some(bytes as usize)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(args: &[&str]) -> Invocation {
        match parse(args.iter().copied()) {
            Ok(Command::Run(i)) => i,
            other => panic!("{args:?}: {other:?}"),
        }
    }

    fn error(args: &[&str]) -> String {
        match parse(args.iter().copied()) {
            Err(e) => e.0,
            other => panic!("{args:?} parsed: {other:?}"),
        }
    }

    #[test]
    fn options_take_joined_or_separate_values() {
        let i = run(&["--gc=eager", "--max-heap", "1000", "x.py"]);
        assert_eq!(i.options.gc, GcMode::Eager);
        assert_eq!(i.options.max_heap, Some(1000));
        assert_eq!(i.source, Source::File("x.py".into()));
        let i = run(&["--gc", "paced", "--max-steps=7", "--timeout", "1.5", "x.py"]);
        assert_eq!(i.options.gc, GcMode::Paced);
        assert_eq!(i.options.max_steps, Some(7));
        assert_eq!(
            i.options.timeout,
            Some(std::time::Duration::from_millis(1500))
        );
        assert!(run(&["--gc-stats", "x.py"]).options.gc_stats);
        assert!(!run(&["x.py"]).options.gc_stats);
    }

    #[test]
    fn everything_after_the_script_or_c_is_the_scripts() {
        let i = run(&["x.py", "a", "--gc=eager", "-c"]);
        assert_eq!(i.options.argv, ["a", "--gc=eager", "-c"]);
        assert_eq!(i.options.gc, GcMode::Default);
        assert_eq!(i.options.argv0, None);
        let i = run(&["-c", "print(1)", "--", "-x"]);
        assert_eq!(i.source, Source::Code("print(1)".into()));
        assert_eq!(i.options.argv, ["--", "-x"]);
        assert_eq!(i.options.argv0.as_deref(), Some("-c"));
        let i = run(&["-cprint(2)"]);
        assert_eq!(i.source, Source::Code("print(2)".into()));
        let i = run(&["-", "a"]);
        assert_eq!(
            (i.source, i.options.argv0.as_deref()),
            (Source::Stdin, Some("-"))
        );
        assert_eq!(run(&["--", "-x.py"]).source, Source::File("-x.py".into()));
        assert_eq!(run(&["-q"]).source, Source::None);
        assert!(run(&["-i", "x.py"]).interactive);
    }

    #[test]
    fn help_and_version() {
        assert!(matches!(parse(["--help", "x.py"]), Ok(Command::Help)));
        assert!(matches!(parse(["-h"]), Ok(Command::Help)));
        assert!(matches!(parse(["-V"]), Ok(Command::Version)));
        assert!(matches!(parse(["--version"]), Ok(Command::Version)));
        // After the script, they are the script's.
        assert_eq!(run(&["x.py", "-h"]).options.argv, ["-h"]);
        assert!(version().starts_with(&format!("minipy {} ", env!("CARGO_PKG_VERSION"))));
    }

    #[test]
    fn usage_errors_in_python3s_words() {
        assert_eq!(error(&["--bogus", "x.py"]), "unknown option --bogus");
        assert_eq!(error(&["-Z"]), "Unknown option: -Z");
        assert_eq!(error(&["-c"]), "Argument expected for the -c option");
        assert!(error(&["--gc=bogus", "x.py"]).contains("unknown GC mode 'bogus'"));
        assert!(error(&["--max-heap=10XB", "x.py"]).contains("--max-heap"));
        assert!(error(&["--max-steps=-1", "x.py"]).contains("--max-steps"));
        assert!(error(&["--timeout=nan", "x.py"]).contains("--timeout"));
        assert!(error(&["--gc-stats=1"]).contains("--gc-stats"));
        let shown = UsageError("unknown option --bogus".into()).to_string();
        assert!(shown.ends_with("Try `minipy -h' for more information."));
    }

    #[test]
    fn sizes_take_decimal_and_binary_units() {
        assert_eq!(parse_size("1000"), Some(1000));
        assert_eq!(parse_size("10MB"), Some(10_000_000));
        assert_eq!(parse_size("10mb"), Some(10_000_000));
        assert_eq!(parse_size("2KB"), Some(2000));
        assert_eq!(parse_size("1GB"), Some(1_000_000_000));
        assert_eq!(parse_size("2KiB"), Some(2048));
        assert_eq!(parse_size("64MiB"), Some(64 << 20));
        assert_eq!(parse_size("1GiB"), Some(1 << 30));
        assert_eq!(parse_size("1.5KiB"), Some(1536));
        assert_eq!(parse_size("7B"), Some(7));
        for bad in [
            "",
            "MB",
            "10 MB",
            "10XB",
            "-5",
            "1e9",
            ".",
            "99999999999999999999GB",
        ] {
            assert_eq!(parse_size(bad), None, "{bad}");
        }
    }

    #[test]
    fn every_mode_parses_and_is_in_the_help() {
        for (name, mode) in GcMode::ALL {
            assert_eq!(run(&[&format!("--gc={name}"), "x.py"]).options.gc, mode);
        }
        let i = run(&["--gc=stress", "x.py"]);
        assert_eq!(
            (i.options.gc, i.options.stress),
            (GcMode::Default, Stress::Full)
        );
        assert_eq!(
            run(&["--gc", "stress-step", "x.py"]).options.stress,
            Stress::Step
        );
        assert_eq!(
            run(&["--gc=stress-minor", "x.py"]).options.stress,
            Stress::Minor
        );
        let text = help();
        for name in GcMode::ALL
            .iter()
            .map(|(n, _)| *n)
            .chain(Stress::ALL.iter().map(|(n, _, _)| *n))
        {
            assert!(
                text.contains(&format!("  {name} ")),
                "{name} missing from --help"
            );
        }
    }
}
