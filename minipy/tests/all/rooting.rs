//! The rooting rules hold: with a full collection before every allocation (`--gc=stress`), scripts
//! print exactly what they print with normal pacing. A handle the evaluator forgot to root would be
//! freed under stress and show up as an internal error.

use crate::support::minipy;

const SCRIPT: &str = r#"
import weakref, gc
class Node:
    def __init__(self, name, nxt=None):
        self.name = name
        self.nxt = nxt
    def __repr__(self):
        return "Node(" + self.name + ")"
    def __eq__(self, other):
        return isinstance(other, Node) and self.name == other.name
    def __hash__(self):
        return hash(self.name)
    def __del__(self):
        if self.name in "abc":
            print("del", self.name)
chain = Node("a", Node("b", Node("c")))
d = {Node(str(i)): [i, str(i)] for i in range(5)}
print(sorted(d.values()), Node("3") in d, d[Node("4")])
wk = weakref.WeakKeyDictionary()
wv = weakref.WeakValueDictionary()
for k in d:
    wk[k] = len(k.name)
    wv[k.name] = k
print(len(wk), len(wv), sorted(wv.keys()))
r = weakref.ref(chain.nxt, lambda w: print("cb", w() is None))
chain.nxt = None
gc.collect()
print([repr(x) for x in [chain, (1, "two"), {"k": [chain]}]])
print(" ".join(str(i * i) for i in range(10)), "%s-%d" % ("x", 3))
try:
    {}[Node("missing")]
except KeyError as e:
    print("KeyError", e)
d.clear()
gc.collect()
print(len(wk), len(wv))
"#;

#[test]
fn every_allocation_collecting_changes_no_output() {
    let normal = minipy(&[], SCRIPT);
    assert_eq!(normal.code, Some(0), "{}", normal.stderr);
    // A full collection before every allocation, then an incremental step before every one
    // (which also exercises the write barrier: cycles span the script's mutations).
    for mode in ["--gc=stress", "--gc=stress-step"] {
        let stress = minipy(&[mode], SCRIPT);
        assert_eq!(
            (stress.stdout, stress.stderr),
            (normal.stdout.clone(), normal.stderr.clone()),
            "{mode}"
        );
    }
}
