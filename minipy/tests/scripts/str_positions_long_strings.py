# Indexing, slicing and len() of long strings, ASCII and not, in and out of order (runtime/str_index.rs).
s = "héllo wörld " * 3
t = "abcdefghij" * 10
print(len(s), s[1], s[-1], s[3:9], s[::-1][:5], s[::3], s[-5:], s[100:], s[5:2], t[::7], t[-3:-1], t[2:-95])
for i in range(0, len(s), 7):
    print(s[i], end="")
print()
u = "😀a€" * 30
print(len(u), u[89], u[45:50], u[-2], u[::29])
try: s[len(s)]
except IndexError as e: print(e)
big = "x" * 10000 + "é"
n = 0
for i in range(len(big)):
    if big[i] == "é":
        n = i
print(n, len(big), big[-1], big[9998:])
