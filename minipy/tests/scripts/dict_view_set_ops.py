a = {"x": 1, "y": 2, "z": 3}
b = {"y": 20, "z": 3, "w": 4}
print(sorted(a.keys() & b.keys()), sorted(a.keys() - b.keys()), sorted(a.keys() | b.keys()), sorted(a.keys() ^ b.keys()))
print(sorted(a.items() & b.items()), sorted(a.items() - b.items()))
print(a.keys() & ["x", "q"], ["x", "q"] - a.keys(), {"y"} | a.keys() == set("xyz"))
print(type(a.keys() & b.keys()).__name__, a.keys() == {"x", "y", "z"}, a.items() == {("x", 1), ("y", 2), ("z", 3)})
print(a.keys() <= {"x", "y", "z", "q"}, a.keys() < a.keys(), a.keys().isdisjoint(["q"]), a.items().isdisjoint([("x", 1)]))
try:
    a.keys() & 3
except TypeError as e:
    print(e)
try:
    a.values() & b.values()
except TypeError as e:
    print(e)
