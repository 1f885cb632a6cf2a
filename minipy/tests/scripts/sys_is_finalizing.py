# sys.is_finalizing() is False while the script runs and True in __del__ at exit.
import gc
import sys
print(sys.is_finalizing())
class T:
    def __del__(self):
        print("del", self.name, sys.is_finalizing())
    def __init__(self, name):
        self.name = name
t = T("global")
def f():
    u = T("local")
f()
gc.collect()
print("end")
