# weakref.getweakrefcount and getweakrefs count the references weak containers hold, as CPython
# 3.11 does: one per WeakValueDictionary entry (its KeyedRef), one per WeakKeyDictionary key and
# one per WeakSet member, through every operation that adds or drops an entry.
import weakref, gc

class T:
    pass

def count(tag, o):
    print(tag, weakref.getweakrefcount(o))

o = T()
p = T()
vd = weakref.WeakValueDictionary()
vd['a'] = o
vd['b'] = o
count("two WeakValueDictionary entries", o)
kd = weakref.WeakKeyDictionary()
kd[o] = 1
count("a WeakKeyDictionary key", o)
ws = weakref.WeakSet()
ws.add(o)
ws.add(o)
count("a WeakSet member, added twice", o)
r = weakref.ref(o)
count("and a plain ref", o)
refs = weakref.getweakrefs(o)
print(len(refs), r in refs, all(x() is o for x in refs))
del refs
count("the listed refs dropped", o)
del vd['a']
count("del vd['a']", o)
vd['b'] = p
count("vd['b'] now another object", o)
vd['c'] = o
vd['c'] = o
count("vd['c'] set twice", o)
kd[o] = 2
count("kd value replaced", o)
kd.pop(o)
count("kd.pop", o)
kd[o] = 3
ws.discard(o)
count("ws.discard", o)
ws2 = ws.copy()
ws.add(o)
ws3 = ws.copy()
count("WeakSet copies", o)
vd2 = vd.copy()
kd2 = kd.copy()
count("dict copies", o)
del ws3, vd2
gc.collect()
count("two copies collected", o)
kd2.clear()
vd.clear()
count("cleared", o)
ws.pop()
count("ws.pop", o)
kd.popitem()
count("kd.popitem", o)
vd['x'] = o
vd.popitem()
count("vd.popitem", o)
vd.setdefault('y', o)
kd.setdefault(o, 5)
ws.update([o, p])
count("setdefault and update", o)
kd.update({o: 6})
vd.update({'z': o})
count("update an existing key, add a value", o)
count("the other object", p)
kr = kd.keyrefs()
vr = vd.valuerefs()
count("keyrefs and valuerefs held", o)
print(len(kr), len(vr), kr[0]() is o)
del kr, vr
wk = weakref.WeakKeyDictionary({o: 1, p: 2})
wv = weakref.WeakValueDictionary({1: o, 2: o})
wss = weakref.WeakSet([o, p])
count("filled by their constructors", o)
del wk, wv, wss
del vd, kd, ws, kd2
gc.collect()
count("every container collected", o)

x = T()
fin = weakref.finalize(x, print, "finalized x")
print([type(w).__name__ for w in weakref.getweakrefs(x)], weakref.getweakrefs(x)[0]() is x)
count("a finalize", x)
del x
gc.collect()
