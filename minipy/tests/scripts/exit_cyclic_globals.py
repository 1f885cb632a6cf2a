# At exit CPython 3.11 drops __main__ from sys.modules; its globals are in a cycle through the
# functions' __globals__, so they die in one collection: every __del__ runs with the globals
# intact (sys, other globals), and weak references that die with them do not call back.
import sys
import weakref
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name, sys.maxsize > 0, LABEL)
LABEL = "ok"
t = T("t")
w = weakref.ref(t, lambda r: print("callback"))
print("end")
