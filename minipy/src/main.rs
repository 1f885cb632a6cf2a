//! `minipy [--gc=eager|paced|auto] [--max-heap=BYTES] [--max-steps=N] [--timeout=SECONDS] SCRIPT.py`

#![forbid(unsafe_code)]

use std::process::ExitCode;

use minipy::{run_source, Options, Output, STACK_SIZE};

const USAGE: &str =
    "usage: minipy [--gc=eager|paced|auto] [--max-heap=BYTES] [--max-steps=N] [--timeout=SECONDS] SCRIPT.py";

fn parse_args(args: &[String]) -> Result<(Options, String), String> {
    let mut options = Options::default();
    let mut script = None;
    for arg in args {
        if script.is_some() {
            // As python3: everything after the script is the script's (`sys.argv[1:]`).
            options.argv.push(arg.clone());
        } else if arg == "--gc=eager" {
            options.eager = true;
        } else if arg == "--gc=paced" || arg == "--gc=default" {
            options.eager = false;
            options.auto = false;
        } else if arg == "--gc=auto" {
            options.eager = false;
            options.auto = true;
        } else if arg == "--gc=stress" {
            options.stress = true;
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
        .map(|s| (options, s))
        .ok_or_else(|| USAGE.to_string())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (options, path) = match parse_args(&args) {
        Ok(parsed) => parsed,
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

    #[test]
    fn options_parse() {
        let (o, p) = parse_args(&strings(&["--gc=eager", "--max-heap=1000", "x.py"])).unwrap();
        assert!(o.eager);
        assert_eq!(o.max_heap, Some(1000));
        assert_eq!(p, "x.py");
        assert!(parse_args(&strings(&["--bogus", "x.py"])).is_err());
        let (o, _) = parse_args(&strings(&["x.py", "a", "--gc=eager"])).unwrap();
        assert_eq!(o.argv, ["a", "--gc=eager"]);
        assert!(!o.eager);
        assert!(parse_args(&strings(&[])).is_err());
    }
}
