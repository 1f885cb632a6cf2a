# keyword: the hard and soft keyword lists and the membership tests.
import keyword

print(keyword.kwlist)
print(keyword.softkwlist)
print(sorted(keyword.__all__))
for w in ["if", "None", "none", "match", "case", "_", "type", "print", "", "async", "await"]:
    print(repr(w), keyword.iskeyword(w), keyword.issoftkeyword(w))
print(keyword.kwlist == sorted(keyword.kwlist), len(keyword.kwlist))
print(all(keyword.iskeyword(k) for k in keyword.kwlist))
for bad in [1, None, 2.5]:
    print(keyword.iskeyword(bad), keyword.issoftkeyword(bad))
try:
    keyword.iskeyword([])
except TypeError as e:
    print("TypeError", e)
