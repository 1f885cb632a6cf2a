//! Rust helpers of the Python modules `inspect` (a function's parameters), `unittest` (a
//! function's module globals), `subprocess` (running
//! a child process through `std::process`), `zlib`/`gzip` (DEFLATE through `miniz_oxide`, CRC-32
//! and Adler-32) and `binascii` (CRC-32). The Python halves (`modules/py/*.py`) build the
//! documented interfaces on these; each helper does one thing whole.

use std::io::{Read, Write};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use miniz_oxide::inflate::stream::{inflate, InflateState};
use miniz_oxide::{DataFormat, MZFlush, MZStatus};

use crate::builtins::Builtin;
use crate::modules::stdlib::Kwargs;
use crate::runtime::exceptions::{Exc, PyResult};
use crate::runtime::interp::Interp;
use crate::runtime::object::{ObjKind, Value};

/// The CRC-32 (ISO 3309, as zlib's `crc32`) of `data`, continuing from `start`.
pub fn crc32(data: &[u8], start: u32) -> u32 {
    let mut crc = !start;
    for &b in data {
        crc ^= u32::from(b);
        for _ in 0..8 {
            let mask = (crc & 1).wrapping_neg();
            crc = (crc >> 1) ^ (0xEDB8_8320 & mask);
        }
    }
    !crc
}

/// The Adler-32 checksum of `data`, continuing from `start`.
pub fn adler32(data: &[u8], start: u32) -> u32 {
    let (mut a, mut b) = (start & 0xffff, start >> 16);
    for chunk in data.chunks(5552) {
        for &x in chunk {
            a += u32::from(x);
            b += a;
        }
        a %= 65521;
        b %= 65521;
    }
    (b << 16) | a
}

/// Inflates as much of `data` as forms the start of one stream in `format`: the output, how
/// many input bytes the stream used, and whether it ended; `Err` for corrupt data.
pub fn inflate_prefix(data: &[u8], format: DataFormat) -> Result<(Vec<u8>, usize, bool), String> {
    let mut state = InflateState::new_boxed(format);
    let mut out = Vec::new();
    let mut buf = vec![0u8; 64 * 1024];
    let mut used = 0;
    loop {
        let r = inflate(&mut state, &data[used..], &mut buf, MZFlush::None);
        used += r.bytes_consumed;
        out.extend_from_slice(&buf[..r.bytes_written]);
        match r.status {
            Ok(MZStatus::StreamEnd) => return Ok((out, used, true)),
            Ok(_) => {
                if r.bytes_consumed == 0 && r.bytes_written == 0 {
                    return Ok((out, used, false));
                }
            }
            Err(miniz_oxide::MZError::Buf) => return Ok((out, used, false)),
            Err(e) => return Err(format!("{e:?}")),
        }
    }
}

/// A child's exit: its code, or minus the signal that ended it.
fn exit_code(status: std::process::ExitStatus) -> i64 {
    if let Some(c) = status.code() {
        return i64::from(c);
    }
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(s) = status.signal() {
            return -i64::from(s);
        }
    }
    -1
}

/// How a child's standard stream is set up: 0 inherited, 1 a pipe, 2 `/dev/null`, 3 (stderr
/// only) the same pipe as stdout.
fn stdio_for(mode: i64) -> Stdio {
    match mode {
        1 | 3 => Stdio::piped(),
        2 => Stdio::null(),
        _ => Stdio::inherit(),
    }
}

impl Interp {
    fn text_arg(&mut self, v: Value, what: &str) -> PyResult<String> {
        match self.obj(self.unwrap_value(v)) {
            ObjKind::Str(s) => Ok(s.to_string()),
            ObjKind::Bytes(b) => Ok(String::from_utf8_lossy(b).into_owned()),
            _ => Err(self.type_error(format!("{what} must be str"))),
        }
    }

    fn text_list_arg(&mut self, v: Value, what: &str) -> PyResult<Vec<String>> {
        let items = match self.obj(v) {
            ObjKind::List(items) | ObjKind::Tuple(items) => items.clone(),
            _ => return Err(self.type_error(format!("{what} must be a list"))),
        };
        items.into_iter().map(|x| self.text_arg(x, what)).collect()
    }

    /// Calls a helper of `inspect`, `subprocess`, `zlib`, `gzip` or `binascii`.
    pub(super) fn extra_call(
        &mut self,
        id: Builtin,
        args: &[Value],
        _kw: &mut Kwargs,
    ) -> PyResult<Value> {
        use Builtin as B;
        let name = id.name();
        match id {
            B::ExtFuncParams => {
                // (f): ([(name, kind), ...], is_generator) with kind 0 positional-only,
                // 1 positional or keyword, 2 *args, 3 keyword-only, 4 **kwargs; None for what
                // is not a Python function.
                self.check_arity(name, args, 1, 1)?;
                let ObjKind::Function(f) = self.obj(args[0]) else {
                    return Ok(self.none());
                };
                let generator = f.code.layout().generator;
                let p = f.code.params();
                let mut rows: Vec<(String, i64)> = Vec::new();
                for (i, q) in p.positional.iter().enumerate() {
                    rows.push((q.name.to_string(), if i < p.posonly { 0 } else { 1 }));
                }
                if let Some(v) = &p.vararg {
                    rows.push((v.to_string(), 2));
                }
                for q in &p.kwonly {
                    rows.push((q.name.to_string(), 3));
                }
                if let Some(k) = &p.kwarg {
                    rows.push((k.to_string(), 4));
                }
                let mut out = Vec::new();
                for (n, kind) in rows {
                    let n = self.str_value(&n)?;
                    let k = self.int_value(kind)?;
                    out.push(self.alloc(ObjKind::Tuple(vec![n, k]))?);
                }
                let list = self.alloc(ObjKind::List(out))?;
                let generator = self.bool_value(generator);
                self.alloc(ObjKind::Tuple(vec![list, generator]))
            }
            B::ExtFuncGlobals => {
                // (f): a snapshot dict of the globals of a Python function's module (what
                // `globals()` would give inside it), None for anything else. unittest finds
                // setUpModule/tearDownModule through a test method with it.
                self.check_arity(name, args, 1, 1)?;
                let ObjKind::Function(f) = self.obj(args[0]) else {
                    return Ok(self.none());
                };
                let pairs: Vec<(String, Value)> = match self.obj(f.globals) {
                    ObjKind::Env(e) => e.vars.iter().map(|(n, v)| (n.to_string(), v)).collect(),
                    _ => Vec::new(),
                };
                let d = self.alloc(ObjKind::Dict(crate::runtime::dict::Dict::new()))?;
                for (n, v) in pairs {
                    let k = self.str_value(&n)?;
                    self.dict_set(d, k, v)?;
                }
                Ok(d)
            }
            B::ExtCrc32 | B::ExtAdler32 => {
                // (data, start)
                self.check_arity(name, args, 2, 2)?;
                let Some(data) = self.bytes_of(args[0]) else {
                    return Err(self.type_error("a bytes-like object is required"));
                };
                let start = (self.index_arg(args[1])? & 0xffff_ffff) as u32;
                let v = if id == B::ExtCrc32 {
                    crc32(&data, start)
                } else {
                    adler32(&data, start)
                };
                self.int_value(i64::from(v))
            }
            B::ExtDeflate => {
                // (data, level, format): format 0 zlib, 1 raw DEFLATE.
                self.check_arity(name, args, 3, 3)?;
                let Some(data) = self.bytes_of(args[0]) else {
                    return Err(self.type_error("a bytes-like object is required"));
                };
                let level = self.index_arg(args[1])?;
                let level = if level < 0 { 6 } else { level.min(10) } as u8;
                let out = if self.index_arg(args[2])? == 0 {
                    miniz_oxide::deflate::compress_to_vec_zlib(&data, level)
                } else {
                    miniz_oxide::deflate::compress_to_vec(&data, level)
                };
                self.bytes_value(out)
            }
            B::ExtInflate => {
                // (data, format) -> (output, bytes used, ended); format 0 zlib, 1 raw.
                self.check_arity(name, args, 2, 2)?;
                let Some(data) = self.bytes_of(args[0]) else {
                    return Err(self.type_error("a bytes-like object is required"));
                };
                let format = if self.index_arg(args[1])? == 0 {
                    DataFormat::Zlib
                } else {
                    DataFormat::Raw
                };
                match inflate_prefix(&data, format) {
                    Ok((out, used, ended)) => {
                        let out = self.bytes_value(out)?;
                        let used = self.int_value(used as i64)?;
                        let ended = self.bool_value(ended);
                        self.alloc(ObjKind::Tuple(vec![out, used, ended]))
                    }
                    Err(e) => Err(self.err(Exc::ValueError, e)),
                }
            }
            B::ExtRunProcess => self.run_process(args),
            _ => Err(self.type_error(format!("{name}() is not a helper here"))),
        }
    }

    /// `_run_process(argv, input, stdin, stdout, stderr, cwd, env, timeout)`: runs a child to its
    /// end and returns `(returncode, stdout, stderr, timed_out)`, the outputs `bytes` for piped
    /// streams and `None` otherwise. `env` is a list of `(name, value)` pairs or `None`;
    /// `timeout` seconds or `None`.
    fn run_process(&mut self, args: &[Value]) -> PyResult<Value> {
        self.check_arity("_run_process", args, 8, 8)?;
        let argv = self.text_list_arg(args[0], "args")?;
        let Some(program) = argv.first().cloned() else {
            return Err(self.err(Exc::IndexError, "list index out of range"));
        };
        let input = if args[1] == self.none() {
            None
        } else {
            match self.bytes_of(args[1]) {
                Some(b) => Some(b.to_vec()),
                None => return Err(self.type_error("input must be bytes")),
            }
        };
        let modes = [
            self.index_arg(args[2])?,
            self.index_arg(args[3])?,
            self.index_arg(args[4])?,
        ];
        let cwd = if args[5] == self.none() {
            None
        } else {
            Some(self.text_arg(args[5], "cwd")?)
        };
        let env = if args[6] == self.none() {
            None
        } else {
            let pairs = match self.obj(args[6]) {
                ObjKind::List(items) => items.clone(),
                _ => return Err(self.type_error("env must be a list of pairs")),
            };
            let mut out = Vec::new();
            for p in pairs {
                let kv = self.text_list_arg(p, "env")?;
                if kv.len() == 2 {
                    out.push((kv[0].clone(), kv[1].clone()));
                }
            }
            Some(out)
        };
        let timeout = if args[7] == self.none() {
            None
        } else {
            Some(Duration::from_secs_f64(self.real_arg(args[7])?.max(0.0)))
        };
        let mut cmd = Command::new(&program);
        cmd.args(&argv[1..]);
        cmd.stdin(if input.is_some() {
            Stdio::piped()
        } else {
            stdio_for(modes[0])
        });
        cmd.stdout(stdio_for(modes[1]));
        // stderr=STDOUT: the child's stderr into the stdout pipe, by giving both one pipe.
        let (merge_reader, merge) = if modes[2] == 3 && modes[1] == 1 {
            match std::io::pipe() {
                Ok((r, w)) => match w.try_clone() {
                    Ok(w2) => {
                        cmd.stdout(Stdio::from(w));
                        cmd.stderr(Stdio::from(w2));
                        (Some(r), true)
                    }
                    Err(e) => return Err(self.os_error(&e, &program)),
                },
                Err(e) => return Err(self.os_error(&e, &program)),
            }
        } else {
            cmd.stderr(if modes[2] == 3 {
                Stdio::inherit()
            } else {
                stdio_for(modes[2])
            });
            (None, false)
        };
        if let Some(dir) = &cwd {
            cmd.current_dir(dir);
        }
        if let Some(env) = &env {
            cmd.env_clear();
            cmd.envs(env.iter().map(|(k, v)| (k, v)));
        }
        let mut child = match cmd.spawn() {
            Ok(c) => c,
            Err(e) => {
                let shown = if cwd.is_some() && e.kind() == std::io::ErrorKind::NotFound {
                    cwd.clone().unwrap_or_default()
                } else {
                    program.clone()
                };
                return Err(self.os_error(&e, &shown));
            }
        };
        // The command holds the write ends of a merged pipe: drop them so reads see the end.
        drop(cmd);
        let writer = match (input, child.stdin.take()) {
            (Some(data), Some(mut stdin)) => Some(std::thread::spawn(move || {
                let _ = stdin.write_all(&data);
            })),
            _ => None,
        };
        let reader = |r: Option<Box<dyn Read + Send>>| {
            r.map(|mut r| {
                std::thread::spawn(move || {
                    let mut buf = Vec::new();
                    let _ = r.read_to_end(&mut buf);
                    buf
                })
            })
        };
        let out_thread = if merge {
            reader(merge_reader.map(|r| Box::new(r) as Box<dyn Read + Send>))
        } else {
            reader(
                child
                    .stdout
                    .take()
                    .map(|r| Box::new(r) as Box<dyn Read + Send>),
            )
        };
        let err_thread = reader(
            child
                .stderr
                .take()
                .map(|r| Box::new(r) as Box<dyn Read + Send>),
        );
        let start = Instant::now();
        let mut timed_out = false;
        let status = loop {
            match child.try_wait() {
                Ok(Some(s)) => break Some(s),
                Ok(None) => {}
                Err(e) => return Err(self.os_error(&e, &program)),
            }
            if let Some(t) = timeout {
                if start.elapsed() >= t {
                    let _ = child.kill();
                    timed_out = true;
                    break child.wait().ok();
                }
            }
            std::thread::sleep(Duration::from_millis(2));
        };
        if let Some(w) = writer {
            let _ = w.join();
        }
        let out = out_thread.map(|t| t.join().unwrap_or_default());
        let err = err_thread.map(|t| t.join().unwrap_or_default());
        let code = status.map(exit_code).unwrap_or(-9);
        let code = self.int_value(code)?;
        let out = match out {
            Some(b) => self.bytes_value(b)?,
            None => self.none(),
        };
        let err = match err {
            Some(b) => self.bytes_value(b)?,
            None => self.none(),
        };
        let timed_out = self.bool_value(timed_out);
        self.alloc(ObjKind::Tuple(vec![code, out, err, timed_out]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checksums_match_the_known_values() {
        assert_eq!(crc32(b"hello", 0), 0x3610_a686);
        assert_eq!(crc32(b"", 0), 0);
        assert_eq!(adler32(b"hello", 1), 0x062c_0215);
        assert_eq!(crc32(b"lo", crc32(b"hel", 0)), crc32(b"hello", 0));
    }

    #[test]
    fn inflate_finds_the_end_of_a_stream() {
        let mut z = miniz_oxide::deflate::compress_to_vec_zlib(b"abcabcabc", 6);
        let n = z.len();
        z.extend_from_slice(b"tail");
        let (out, used, ended) = inflate_prefix(&z, DataFormat::Zlib).unwrap();
        assert_eq!((out.as_slice(), used, ended), (&b"abcabcabc"[..], n, true));
        let (_, _, ended) = inflate_prefix(&z[..n - 3], DataFormat::Zlib).unwrap();
        assert!(!ended);
    }
}
