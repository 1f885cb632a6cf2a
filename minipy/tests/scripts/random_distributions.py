# random's distributions: each draw's mean and deviation against the distribution's (minipy's
# generator is not CPython's, so only properties any good generator has are printed), the
# parameter errors, and the same methods on a Random instance.
import random, math
random.seed(2024)
N = 150
def check(name, draws, mean, sd):
    # Four standard errors for the mean; the deviation within 35% (a sample of 150 from a
    # heavy-tailed distribution such as gamma(0.5) has a standard error near 15% on its
    # deviation): a wrong formula or scale fails, sampling noise does not.
    m = math.fsum(draws) / N; s = math.sqrt(math.fsum((d - m) ** 2 for d in draws) / N)
    ok_m = abs(m - mean) <= 4 * sd / math.sqrt(N)
    ok_s = abs(s - sd) <= 0.35 * sd
    print(f"{name:16} mean ok {ok_m}  sd ok {ok_s}")
check("expovariate", [random.expovariate(2.0) for _ in range(N)], 0.5, 0.5)
check("normalvariate", [random.normalvariate(3, 2) for _ in range(N)], 3, 2)
check("gauss", [random.gauss(3, 2) for _ in range(N)], 3, 2)
mu, sg = 0.1, 0.4
check("lognormvariate", [random.lognormvariate(mu, sg) for _ in range(N)], math.exp(mu + sg*sg/2), math.sqrt((math.exp(sg*sg)-1)*math.exp(2*mu+sg*sg)))
check("triangular", [random.triangular(0, 10, 2) for _ in range(N)], 4, math.sqrt((0+100+4-0-0-20)/18))
for a in (0.5, 1.0, 3.0):
    check(f"gamma({a},2)", [random.gammavariate(a, 2.0) for _ in range(N)], a*2, math.sqrt(a)*2)
a, b = 2.0, 5.0
check("betavariate", [random.betavariate(a, b) for _ in range(N)], a/(a+b), math.sqrt(a*b/((a+b)**2*(a+b+1))))
check("paretovariate", [min(random.paretovariate(5.0), 1e9) for _ in range(N)], 5/4, math.sqrt(5/(16*3)))
lam, k = 2.0, 1.5
check("weibullvariate", [random.weibullvariate(lam, k) for _ in range(N)], lam*math.gamma(1+1/k), lam*math.sqrt(math.gamma(1+2/k)-math.gamma(1+1/k)**2))
v = [random.vonmisesvariate(1.0, 4.0) for _ in range(N)]
print("vonmises range ok", all(0 <= x < 2*math.pi for x in v), "circular mean ok", abs(math.atan2(sum(map(math.sin, v)), sum(map(math.cos, v))) - 1.0) < 0.05)
print("vonmises k=0 range", all(0 <= random.vonmisesvariate(0, 0) < 2*math.pi for _ in range(100)))
print(len(random.randbytes(7)), type(random.randbytes(3)).__name__, random.randbytes(0))
r = random.Random(5); print(type(r.expovariate(1.0)).__name__, len(r.randbytes(4)))
print(random.triangular(1, 1), 1 <= random.triangular(2, 1) <= 2)
for f, args in [('expovariate',(0,)),('gammavariate',(0,1)),('betavariate',(0,1)),('paretovariate',(0,)),('weibullvariate',(1,0)),('randbytes',(-1,))]:
    try: getattr(random, f)(*args)
    except Exception as e: print(f, type(e).__name__, e)
print(random.triangular(1, 1, 1), random.triangular(1.0, 1, 1))
