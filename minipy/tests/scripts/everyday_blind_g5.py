# Number puzzles: Collatz, a sieve with slice assignment, gcd, big powers and radix output.
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
best = max(range(1, 300), key=collatz)
print(best, collatz(best))
def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i * i::i] = [False] * len(is_p[i * i::i])
    return [i for i, p in enumerate(is_p) if p]
primes = sieve(1000)
print(len(primes), primes[-5:], sum(primes))
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(1071, 462), 2 ** 100 % 97, pow(3, 200, 1000007), int("1" * 30) // 7)
def digits(n):
    return [int(d) for d in str(n)]
print(sum(digits(2 ** 1000)), len(str(3 ** 500)), factorial := 1)
for i in range(1, 30):
    factorial *= i
print(factorial, bin(factorial).count("1"), hex(255), oct(64), int("ff", 16), int("0b101", 0), float("1e-3"))
print(round(2.5), round(3.5), round(-2.5), 7 // 2, -7 // 2, 7 % -3, divmod(-17, 5), abs(-7.25), 10 / 3)
