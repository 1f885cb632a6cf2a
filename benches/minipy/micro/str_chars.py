# len() of and a for loop over short strings, 360,000 of each (docs/benchmarks.md, "A str's text
# inline in its cell"): both read inline text without checking all of it as UTF-8.
words = ["alpha", "beta", "gamma", "délta", "epsilon" * 3, "zeta"]
n = 0
for i in range(60000):
    for w in words:
        n += len(w)
        for c in w:
            if c == "a":
                n += 1
print(n)
