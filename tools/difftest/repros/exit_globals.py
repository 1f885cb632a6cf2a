# At exit __del__ runs before __main__'s globals are cleared (cyclic teardown); minipy clears sys first.
# minipy prints: Exception ignored in: <function T.__del__ at 0x7f0000010190> / AttributeError: 'NoneType' object has no attribute 'is_finalizing'
import sys
class T:
    def __del__(self):
        print("del", sys.is_finalizing())
t = T()
