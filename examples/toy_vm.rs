//! A stack machine on a weakgc heap: the shape of an interpreter, small enough to copy.
//!
//! ```sh
//! cargo run --example toy_vm
//! ```
//!
//! What it shows, each where an interpreter needs it:
//! - **Objects** are heap values with `#[derive(Trace)]`; `#[trace(name)]` and `#[trace(label)]`
//!   make censuses and retention paths read like the language (`'Resource' "log file"`).
//! - **Frames** are heap objects too (closures could capture them); the current one and the
//!   operand stack are passed to each collection as extra roots built on the spot.
//! - **Globals** live as long as the VM: one heap object rooted with `root_forever`.
//! - **Interned strings** sit in a typed weak-value table, `WeakValueDictionary<String, Gc<Str>>`:
//!   a hit is a `Gc<Str>`, and a string no one uses leaves the table in the cycle it dies.
//! - **`__del__`** is a finalizer (`#[trace(finalizer)]`): a collection only queues it; the VM
//!   runs it at a safepoint with `next_pending`, with its own state at hand.
//! - **Resurrection**: a `__del__` that stores its object in a global keeps it alive; it is not
//!   finalized again (at most once, as in CPython), and dies for good when dropped again.
//! - **Pacing**: `collect_if_due` at every safepoint keeps a loop of temporaries bounded.
//!
//! The run checks its own output (the `assert!`s), and CI runs it (`.ci/run`).

use weakgc::{Gc, GcAny, Heap, Pacing, PendingKind, Referent, Trace, WeakValueDictionary};

/// A string object. Interned: equal texts share one object while it lives.
#[derive(Trace)]
#[trace(name = "str")]
struct Str {
    #[trace(skip, label)]
    text: String,
}

/// An instance of the one class with a `__del__`: it holds other objects in its fields.
#[derive(Trace)]
#[trace(name = "Resource", finalizer, label = "Resource::describe")]
struct Resource {
    name: Gc<Str>,
    fields: Vec<GcAny>,
    /// Copied from `name` for labels (a label cannot reach the heap).
    #[trace(skip)]
    shown: String,
}

impl Resource {
    fn describe(&self) -> Option<String> {
        Some(format!("{:?}", self.shown))
    }
}

/// A call frame: its locals, and the frame that called it.
#[derive(Trace)]
#[trace(name = "frame")]
struct Frame {
    locals: Vec<Option<GcAny>>,
    caller: Option<Gc<Frame>>,
    #[trace(skip, label)]
    function: &'static str,
}

/// The module's globals: name -> value, in a plain `Vec` (a real VM would hash).
#[derive(Trace, Default)]
#[trace(name = "globals")]
struct Globals {
    vars: Vec<(Gc<Str>, GcAny)>,
}

/// The instruction set.
#[derive(Clone, Copy, Debug)]
enum Op {
    /// Push an interned string.
    Str(&'static str),
    /// Push a new `Resource` named by the string on top of the stack (popped).
    New,
    /// Pop a value and append it to the fields of the `Resource` below it (left on the stack).
    AddField,
    /// Pop into global `name` (replacing any old binding).
    StoreGlobal(&'static str),
    /// Push global `name`.
    LoadGlobal(&'static str),
    /// Remove global `name`.
    DelGlobal(&'static str),
    /// Pop into local slot `n` of the current frame.
    StoreLocal(usize),
    /// Push local slot `n`.
    LoadLocal(usize),
    /// Discard the top of the stack.
    Pop,
    /// Enter a new frame with `n` empty locals.
    Call(&'static str, usize),
    /// Leave the current frame (its locals become garbage unless referenced elsewhere).
    Ret,
    /// `gc.collect()`: a full collection now.
    Collect,
    /// Run the next instructions `n` times (a loop body, for the pacing demo).
    Repeat(usize),
    /// End of a `Repeat` body.
    End,
}

struct Vm {
    heap: Heap,
    pacing: Pacing,
    globals: Gc<Globals>,
    interned: Gc<WeakValueDictionary<String, Gc<Str>>>,
    stack: Vec<GcAny>,
    frame: Gc<Frame>,
    /// What the program did, for the checks at the end.
    log: Vec<String>,
    /// Collections started by pacing (not by `Op::Collect`).
    paced_collections: u32,
    /// The most objects alive at any safepoint.
    peak_objects: usize,
}

impl Vm {
    fn new() -> Vm {
        let mut heap = Heap::new();
        // Roots for the VM's whole life: `root_forever` returns plain, `Copy` handles.
        let globals = heap.alloc(Globals::default());
        let globals = heap.root_forever(globals, "globals");
        let interned = heap.alloc(WeakValueDictionary::<String, Gc<Str>>::new());
        let interned = heap.root_forever(interned, "interned strings");
        let frame = heap.alloc(Frame {
            locals: Vec::new(),
            caller: None,
            function: "<module>",
        });
        let pacing = Pacing {
            min_debt: 4 << 10, // collect every ~4 KiB of allocation, to see pacing in a short run
            ..Pacing::default()
        };
        Vm {
            heap,
            pacing,
            globals,
            interned,
            stack: Vec::new(),
            frame,
            log: Vec::new(),
            paced_collections: 0,
            peak_objects: 0,
        }
    }

    /// The interned string for `text`: a typed hit from the weak table, or a new one entered in it.
    fn intern(&mut self, text: &str) -> Gc<Str> {
        if let Some(hit) = self.heap.get(self.interned).get(&self.heap, text) {
            return hit; // a `Gc<Str>`: no downcast
        }
        let s = self.heap.alloc(Str { text: text.into() });
        let weak = Referent::new(&mut self.heap, s).expect("str allows weak references");
        self.heap.get_mut(self.interned).insert(text.into(), weak);
        s
    }

    fn text(&self, s: Gc<Str>) -> &str {
        &self.heap.get(s).text
    }

    fn global(&self, name: &str) -> Option<GcAny> {
        let vars = &self.heap.get(self.globals).vars;
        vars.iter()
            .find(|(k, _)| self.text(*k) == name)
            .map(|(_, v)| *v)
    }

    fn set_global(&mut self, name: &str, value: GcAny) {
        let key = self.intern(name);
        let vars = &mut self.heap.get_mut(self.globals).vars;
        vars.retain(|(k, _)| *k != key);
        vars.push((key, value));
    }

    fn del_global(&mut self, name: &str) {
        let key = self.intern(name);
        self.heap
            .get_mut(self.globals)
            .vars
            .retain(|(k, _)| *k != key);
    }

    fn run(&mut self, program: &[Op]) {
        let mut pc = 0;
        let mut loops: Vec<(usize, usize)> = Vec::new(); // (body start, iterations left)
        while pc < program.len() {
            let op = program[pc];
            pc += 1;
            match op {
                Op::Str(text) => {
                    let s = self.intern(text);
                    self.stack.push(s.into());
                }
                Op::New => {
                    let top = self.pop();
                    let name: Gc<Str> = self.heap.downcast(top).expect("a str");
                    let shown = self.text(name).to_string();
                    let obj = self.heap.alloc(Resource {
                        name,
                        fields: Vec::new(),
                        shown,
                    });
                    self.stack.push(obj.into());
                }
                Op::AddField => {
                    let value = self.pop();
                    let top = *self.stack.last().expect("a Resource below");
                    let obj: Gc<Resource> = self.heap.downcast(top).expect("a Resource");
                    self.heap.get_mut(obj).fields.push(value);
                }
                Op::StoreGlobal(name) => {
                    let v = self.pop();
                    self.set_global(name, v);
                }
                Op::LoadGlobal(name) => {
                    let v = self.global(name).expect("NameError");
                    self.stack.push(v);
                }
                Op::DelGlobal(name) => self.del_global(name),
                Op::StoreLocal(n) => {
                    let v = self.pop();
                    self.heap.get_mut(self.frame).locals[n] = Some(v);
                }
                Op::LoadLocal(n) => {
                    let v = self.heap.get(self.frame).locals[n].expect("UnboundLocalError");
                    self.stack.push(v);
                }
                Op::Pop => {
                    self.pop();
                }
                Op::Call(function, n) => {
                    let frame = self.heap.alloc(Frame {
                        locals: vec![None; n],
                        caller: Some(self.frame),
                        function,
                    });
                    self.frame = frame;
                }
                Op::Ret => {
                    self.frame = self
                        .heap
                        .get(self.frame)
                        .caller
                        .expect("return outside a call");
                }
                Op::Collect => {
                    // The VM's own roots, built on the spot: the operand stack and the frame chain.
                    self.heap.collect_with(&(&self.stack, self.frame));
                }
                Op::Repeat(n) => loops.push((pc, n)),
                Op::End => {
                    let (start, left) = loops.last_mut().expect("End without Repeat");
                    *left -= 1;
                    if *left > 0 {
                        pc = *start;
                    } else {
                        loops.pop();
                    }
                }
            }
            self.safepoint();
        }
    }

    fn pop(&mut self) -> GcAny {
        self.stack.pop().expect("stack underflow")
    }

    /// Between instructions: collect if pacing says so, then run queued `__del__`s. The VM's state
    /// is consistent here (no half-built object), which is what makes this a safepoint.
    fn safepoint(&mut self) {
        self.peak_objects = self.peak_objects.max(self.heap.object_count());
        let roots = (&self.stack, self.frame);
        if self.heap.collect_if_due(&self.pacing, &roots).is_some() {
            self.paced_collections += 1;
        }
        while let Some(job) = self.heap.next_pending() {
            // `job` roots its object until dropped, so `__del__` sees it intact and may resurrect it.
            match job.kind {
                PendingKind::Finalize => {
                    let obj: Gc<Resource> = self.heap.downcast(job.object).expect("a Resource");
                    self.run_del(obj);
                }
                PendingKind::Callback => unreachable!("this VM makes no weakref callbacks"),
            }
        }
    }

    /// `Resource.__del__`: logs, and a resource named "phoenix" resurrects itself into a global.
    fn run_del(&mut self, obj: Gc<Resource>) {
        let name = self.heap.get(obj).name;
        let text = self.text(name).to_string();
        self.log.push(format!("__del__ {text}"));
        if text == "phoenix" {
            self.set_global("saved", obj.into()); // resurrection: reachable again
        }
    }
}

fn main() {
    use Op::*;
    let program = [
        // A global resource that lives all along.
        Str("config"),
        New,
        StoreGlobal("config"),
        // A function with two locals: one stays (returned through a global), one is garbage on return.
        Call("open_files", 2),
        Str("log file"),
        New,
        StoreLocal(0),
        Str("temp file"),
        New,
        Str("buffer contents"),
        AddField,
        StoreLocal(1),
        LoadLocal(0),
        StoreGlobal("log"),
        Ret,
        Collect, // "temp file" is unreachable: its __del__ runs at the next safepoint
        // A resource that resurrects itself in __del__.
        Str("phoenix"),
        New,
        Pop,
        Collect,             // __del__ phoenix runs and stores it in `saved`
        LoadGlobal("saved"), // alive again, reachable from a global
        Pop,
        Collect, // nothing happens
        DelGlobal("saved"),
        Collect, // unreachable again: freed, __del__ not run a second time
        // Pacing: a loop of temporaries that nothing keeps.
        Repeat(2_000),
        Str("scratch"),
        New,
        Pop,
        End,
        DelGlobal("log"),
        Collect,
    ];
    let mut vm = Vm::new();
    vm.run(&program);
    vm.heap.collect_with(&(&vm.stack, vm.frame));

    println!("events:");
    let scratch = vm.log.iter().filter(|e| *e == "__del__ scratch").count();
    for event in vm.log.iter().filter(|e| *e != "__del__ scratch") {
        println!("  {event}");
    }
    println!("  __del__ scratch x {scratch}");
    println!(
        "collections: {} paced, {} in all; peak {} objects alive at a safepoint",
        vm.paced_collections,
        vm.heap.cycle_count(),
        vm.peak_objects
    );
    println!("interned strings alive: {}", vm.heap.get(vm.interned).len());
    println!("census after the run:\n{}", vm.heap.census());

    // The checks: what an interpreter author can rely on.
    let named: Vec<&str> = vm
        .log
        .iter()
        .map(String::as_str)
        .filter(|e| *e != "__del__ scratch")
        .collect();
    assert_eq!(
        named,
        ["__del__ temp file", "__del__ phoenix", "__del__ log file"],
        "each __del__ once, phoenix not again after its resurrection"
    );
    assert_eq!(scratch, 2_000, "every temporary finalized");
    assert!(vm.paced_collections > 0, "pacing collected during the loop");
    assert!(
        vm.peak_objects < 1_000,
        "pacing kept the loop bounded ({} objects at peak)",
        vm.peak_objects
    );
    let config = vm.global("config").expect("config is a global");
    assert!(vm.heap.is_alive(config));
    let why = vm
        .heap
        .retention_path(config, &(&vm.stack, vm.frame))
        .expect("reachable");
    println!("why 'config' is alive:\n{why}");
    assert!(why
        .to_string()
        .starts_with("root \"globals\"\n  -> 'globals'"));
    assert!(why.to_string().contains("'Resource'") && why.to_string().contains("\"config\""));
    assert!(vm.global("saved").is_none() && vm.global("log").is_none());
    // The weak intern table kept only strings still referenced: the names of globals and of the
    // live resource ("config" is both), nothing of the dead ones.
    let mut alive: Vec<&String> = vm.heap.get(vm.interned).keys(&vm.heap).collect();
    alive.sort();
    assert_eq!(alive, ["config"], "dead strings left the intern table");
    println!("ok");
}
