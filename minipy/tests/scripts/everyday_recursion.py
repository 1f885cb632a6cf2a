from functools import lru_cache

def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append((src, dst))
    hanoi(n - 1, via, dst, src, moves)

moves = []
hanoi(3, "A", "C", "B", moves)
print(len(moves), moves[:4])

def permutations(items):
    if len(items) <= 1:
        return [items]
    out = []
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            out.append([x] + rest)
    return out

print(["".join(p) for p in permutations(list("abc"))])

@lru_cache(maxsize=None)
def ways(n, coins=(1, 5, 10, 25)):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])

print(ways(100), ways(30))

def merge_sort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    left, right = merge_sort(xs[:mid]), merge_sort(xs[mid:])
    out = []
    while left and right:
        out.append(left.pop(0) if left[0] <= right[0] else right.pop(0))
    return out + left + right

print(merge_sort([5, 2, 9, 1, 5, 6, -3]))

def power_set(s):
    if not s:
        return [[]]
    rest = power_set(s[1:])
    return rest + [[s[0]] + r for r in rest]

print(sorted(power_set([1, 2, 3]), key=lambda p: (len(p), p)))

def depth(tree):
    return 1 + max((depth(c) for c in tree.get("children", [])), default=0)

tree = {"v": 1, "children": [{"v": 2}, {"v": 3, "children": [{"v": 4}]}]}
print(depth(tree))
print(2 ** 100, sum(int(d) for d in str(2 ** 100)))
def fact(n):
    return 1 if n < 2 else n * fact(n - 1)
print(fact(25), len(str(fact(50))))
