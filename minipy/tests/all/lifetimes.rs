//! Objects live exactly as long as in CPython (issue #15), checked against `python3` itself:
//! generated programs bind objects to a function's locals, capture some of them (a lambda, a
//! `nonlocal` pair, a class body, a comprehension of lambdas, a default value, a weakref callback,
//! a saved exception's traceback), return, and after every step and every `del` print which
//! objects are still alive (after `gc.collect()`). minipy must print what CPython prints, with
//! the default collection and under `--gc=stress` and `--gc=stress-step`. Before the resolve pass, minipy printed something else
//! for each of the first 30 programs.

use minipy::{run_captured, Options, Stress};
use std::process::Command;

/// A small deterministic generator (xorshift64*), so a failing seed can be replayed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, items: &'a [String]) -> &'a str {
        &items[self.below(items.len())]
    }
}

const PRELUDE: &str = "import weakref, gc
class T:
    pass
refs = []
def mk(tag):
    t = T()
    refs.append((tag, weakref.ref(t)))
    return t
def status():
    gc.collect()
    print([tag for tag, w in refs if w() is not None])
";

/// One function `fname` binding one to four objects, with one way of capturing some of them.
fn function(rng: &mut Rng, fname: &str) -> String {
    let locals: Vec<String> = (0..1 + rng.below(4)).map(|i| format!("v{i}")).collect();
    let mut src = format!("def {fname}():\n");
    for v in &locals {
        src += &format!("    {v} = mk('{fname}.{v}')\n");
    }
    let one = rng.pick(&locals).to_string();
    let (capture, result) = match rng.below(8) {
        0 => {
            let used: Vec<&str> = locals.iter().filter(|_| rng.below(2) == 0).map(|s| &**s).collect();
            let tuple = if used.is_empty() {
                "()".to_string()
            } else {
                format!("({},)", used.join(", "))
            };
            (format!("    g = lambda: {tuple}\n"), "g")
        }
        1 => (
            format!("    def g():\n        nonlocal {one}\n        {one} = None\n    def h():\n        return {one}\n"),
            "g, h",
        ),
        2 => (
            format!("    try:\n        {one}.missing\n    except AttributeError as e:\n        return e\n"),
            "None",
        ),
        3 => {
            let other = rng.pick(&locals);
            (
                format!("    class C:\n        a = {one}\n        def m(self):\n            return {other}\n"),
                "C",
            )
        }
        4 => (
            format!("    fs = [lambda: x for x in [{}]]\n", locals.join(", ")),
            "fs",
        ),
        5 => (format!("    def g(d={one}):\n        return d\n"), "g"),
        6 => (
            format!("    w = weakref.ref({one}, lambda r: print('callback {fname}'))\n"),
            "w",
        ),
        _ => (
            format!("    def g():\n        return [{one} for _ in [1]]\n    g()\n"),
            "g",
        ),
    };
    src += &capture;
    if rng.below(3) == 0 {
        src += &format!("    del {}\n", rng.pick(&locals));
    }
    src + &format!("    return {result}\n")
}

fn program(seed: u64) -> String {
    let mut rng = Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1);
    let mut src = PRELUDE.to_string();
    let mut results = Vec::new();
    for n in 1..=2 + rng.below(4) {
        src += &function(&mut rng, &format!("f{n}"));
        src += &format!("r{n} = f{n}()\nstatus()\n");
        results.push(format!("r{n}"));
    }
    while !results.is_empty() {
        let r = results.remove(rng.below(results.len()));
        src += &format!("del {r}\nstatus()\n");
    }
    src
}

fn cpython(source: &str) -> String {
    let out = Command::new("python3")
        .arg("-c")
        .arg(source)
        .output()
        .expect("python3 must be installed to compare lifetimes with CPython");
    assert!(out.status.success(), "python3 failed on:\n{source}");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn generated_programs_keep_objects_alive_exactly_as_cpython_does() {
    for seed in 0..40 {
        let source = program(seed);
        let expected = cpython(&source);
        for stress in [Stress::Off, Stress::Full, Stress::Step] {
            let options = Options {
                stress,
                ..Options::default()
            };
            let (code, output) = run_captured(&source, &options);
            assert_eq!(
                (code, output.as_str()),
                (0, expected.as_str()),
                "seed {seed}, stress={stress:?}:\n{source}"
            );
        }
    }
}
