# printf-style formatting of bytes and bytearray, with CPython's errors.
class B:
    def __bytes__(self): return b'dunder'
tests = ["b'%s' % 'x'", "b'%b' % 'x'", "b'%s %s' % (b'a',)", "b'%s' % (b'a', b'b')",
         "b'%c' % 256", "b'%c' % 'a'", "b'%c' % b'ab'", "b'%(k)s' % (1,)", "b'%y' % 1",
         "b'%s' % 3", "b'%d' % 'x'", "b'%s' % bytearray(b'q')", "bytearray(b'%d') % 5",
         "b'%a %r' % ('\u00e9', b'x')", "b'%c%c' % (65, b'B')",
         "b'%5s|%-5b|%.1s' % (b'ab', b'cd', b'xyz')", "b'%(k)s' % {b'k': b'v'}",
         "b'%s %d %x %05.2f %r %%' % (b'ab', 3, 255, 2.5, 'x')", "b'%s' % B()",
         "'%b' % 1", "b'\\xff%s' % b'\\xfe'", "b'%i|%o|%X|%e|%g' % (7, 8, 255, 1.5, 0.5)",
         "b'%s' % b''", "b'no args' % ()", "b'%s' % (b'a',)", "(b'%s').__mod__(b'x')"]
for t in tests:
    try:
        print(t, '->', repr(eval(t)))
    except Exception as e:
        print(t, '->', type(e).__name__, e)
