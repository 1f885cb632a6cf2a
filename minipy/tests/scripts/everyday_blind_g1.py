# Cards: comprehensions, dict unpacking, a seeded shuffle (only properties of it printed).
import random
random.seed(7)
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
print(len(deck), deck[:5], deck[-3:])
hand = sorted(deck[i] for i in range(0, 52, 13))
print(hand)
values = {**{str(n): n for n in range(2, 10)}, "T": 10, "J": 10, "Q": 10, "K": 10, "A": 11}
def score(cards):
    total = sum(values[c[0]] for c in cards)
    aces = sum(c[0] == "A" for c in cards)
    while total > 21 and aces:
        total -= 10
        aces -= 1
    return total
print(score(["AS", "KD"]), score(["AS", "AD", "9C"]), score(["TS", "9H", "5D"]))
shuffled = deck[:]
random.shuffle(shuffled)
print(len(set(shuffled)) == 52, sorted(shuffled) == sorted(deck))
