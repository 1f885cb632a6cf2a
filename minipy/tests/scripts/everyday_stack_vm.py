import operator

class VMError(Exception):
    def __init__(self, msg, pc):
        super().__init__(f"{msg} (pc={pc})")
        self.pc = pc

OPS = {"add": operator.add, "sub": operator.sub, "mul": operator.mul,
       "div": operator.floordiv, "mod": operator.mod, "lt": operator.lt, "eq": operator.eq}

class VM:
    def __init__(self, program, trace=False):
        self.program = [line.split() for line in program.strip().splitlines() if line.strip() and not line.strip().startswith("#")]
        self.labels = {ins[0][:-1]: i for i, ins in enumerate(self.program) if ins[0].endswith(":")}
        self.stack, self.vars, self.out, self.trace = [], {}, [], trace
        self.steps = 0

    def pop(self, pc):
        if not self.stack:
            raise VMError("stack underflow", pc)
        return self.stack.pop()

    def run(self, limit=10000):
        pc = 0
        while pc < len(self.program):
            self.steps += 1
            if self.steps > limit:
                raise VMError("step limit", pc)
            op, *args = self.program[pc]
            pc += 1
            if op.endswith(":"):
                continue
            if op == "push":
                self.stack.append(int(args[0]))
            elif op in OPS:
                b, a = self.pop(pc), self.pop(pc)
                try:
                    self.stack.append(int(OPS[op](a, b)))
                except ZeroDivisionError:
                    raise VMError("division by zero", pc) from None
            elif op == "store":
                self.vars[args[0]] = self.pop(pc)
            elif op == "load":
                self.stack.append(self.vars[args[0]])
            elif op == "dup":
                v = self.pop(pc); self.stack += [v, v]
            elif op == "jz":
                if self.pop(pc) == 0:
                    pc = self.labels[args[0]]
            elif op == "jmp":
                pc = self.labels[args[0]]
            elif op == "print":
                self.out.append(self.pop(pc))
            else:
                raise VMError(f"unknown op {op}", pc)
        return self.out

FACT = """
push 1
store acc
push 20
store n
loop:
load n
jz end
load acc
load n
mul
store acc
load n
push 1
sub
store n
jmp loop
end:
load acc
print
"""
vm = VM(FACT)
print(vm.run(), vm.steps)
print(VM("push 7\npush 3\nmod\nprint\npush 2\npush 10\nlt\nprint").run())
for bad in ["add", "push 1\npush 0\ndiv", "frob", "loop:\njmp loop"]:
    try:
        VM(bad).run(limit=50)
    except VMError as e:
        print("VMError:", e, e.pc)
print(sorted(OPS), OPS["sub"](2, 5))
