//! The interpreter itself leaks nothing: once a script's namespaces are cleared, every object it
//! created is collected (checked on the heap's own object count).

use minipy::{syntax::parser::parse_module, Interp, Options, Output};

/// Runs `source` in-process, clears what the script could still reach and drops its tree (whose
/// constants live as long as it does), collects, and returns (objects before the script, objects
/// after).
fn objects_before_and_after(source: &str, options: Options) -> (usize, usize) {
    let source = source.to_string();
    std::thread::Builder::new()
        .stack_size(minipy::STACK_SIZE)
        .spawn(move || {
            let module = parse_module(&source).expect("test scripts parse");
            let mut interp = Interp::new(options, Output::capture());
            interp.collect_now();
            let before = interp.heap.object_count();
            interp.run_module(&module);
            drop(module);
            interp.forget_script();
            interp.collect_now();
            (before, interp.heap.object_count())
        })
        .unwrap()
        .join()
        .unwrap()
}

const BUSY_SCRIPT: &str = r#"
import weakref, gc
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        keep.append(self.name)
keep = []
a = Node("a")
b = Node("b")
a.other = b
b.other = a
wk = weakref.WeakKeyDictionary()
wv = weakref.WeakValueDictionary()
ws = weakref.WeakSet([a])
wk[a] = [b]
wv["b"] = b
r = weakref.ref(a, lambda w: keep.append("cb"))
p = weakref.proxy(b)
f = weakref.finalize(b, keep.append, "fin")
f.atexit = False
m = weakref.WeakMethod(a.__init__)
d = {i: str(i) for i in range(100)}
s = {1, 2, 3}
t = tuple(range(10))
try:
    raise KeyError("k")
except KeyError as e:
    err = e
del a, b
gc.collect()
print(keep)
"#;

#[test]
fn every_object_a_script_made_is_collected_after_its_namespaces_are_cleared() {
    for (name, gc) in minipy::GcMode::ALL {
        let options = Options {
            gc,
            ..Options::default()
        };
        let (before, after) = objects_before_and_after(BUSY_SCRIPT, options);
        assert_eq!(
            after, before,
            "--gc={name}: the interpreter kept script objects alive"
        );
    }
}

#[test]
fn an_uncaught_exception_leaves_nothing_behind() {
    let (before, after) = objects_before_and_after(
        "class E(Exception):\n    pass\nx = [E('a')]\ndef f():\n    raise x[0]\nf()\n",
        Options::default(),
    );
    assert_eq!(after, before);
}

#[test]
fn releasing_every_root_empties_the_heap() {
    let count = std::thread::Builder::new()
        .stack_size(minipy::STACK_SIZE)
        .spawn(|| {
            let module = parse_module(BUSY_SCRIPT).unwrap();
            let mut interp = Interp::new(Options::default(), Output::capture());
            interp.run_module(&module);
            interp.release_everything()
        })
        .unwrap()
        .join()
        .unwrap();
    assert_eq!(count, 0);
}
