class S: pass
class M:
    def __mul__(self, o): return NotImplemented
for e in ['S()*"x"','"x"*S()','[1]*S()','(1,)*2.0','"a"*1.5','S()*[1]', 'b"x"*S()', 'M()*"ab"', '"ab"*M()', '[1]*[2]', '"a"*"b"', 'S()*S()', '1.5*S()']:
    try:
        eval(e)
    except TypeError as x:
        print(e, '->', x)
print("ab" * 2, [0] * 3, 2 * (1,))
