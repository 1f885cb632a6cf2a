"""Hangman engine replayed against scripted guess sequences, with a solver."""
from collections import Counter
import string

ART = [
    "",
    "  O",
    "  O\n  |",
    "  O\n /|",
    "  O\n /|\\",
    "  O\n /|\\\n /",
    "  O\n /|\\\n / \\",
]

WORDS = ["python", "rhythm", "banana", "keyboard", "quiz", "jazz", "puzzle",
         "syntax", "lambda", "iterator", "closure", "decorator"]


class Hangman:
    max_misses = len(ART) - 1

    def __init__(self, word):
        self.word = word.lower()
        self.guessed: list[str] = []
        self.misses = 0

    @property
    def masked(self):
        return " ".join(c if c in self.guessed else "_" for c in self.word)

    @property
    def won(self):
        return all(c in self.guessed for c in self.word)

    @property
    def lost(self):
        return self.misses >= self.max_misses

    def guess(self, letter):
        letter = letter.lower().strip()
        if len(letter) != 1 or letter not in string.ascii_lowercase:
            raise ValueError(f"invalid guess {letter!r}")
        if letter in self.guessed:
            return "repeat"
        self.guessed.append(letter)
        if letter in self.word:
            return f"hit x{self.word.count(letter)}"
        self.misses += 1
        return "miss"


def play(word, guesses, verbose=False):
    g = Hangman(word)
    for ch in guesses:
        if g.won or g.lost:
            break
        try:
            res = g.guess(ch)
        except ValueError as e:
            res = f"error: {e}"
        if verbose:
            print(f"  {ch!r:>5}: {res:<28} {g.masked}")
    state = "WON" if g.won else "LOST" if g.lost else "unfinished"
    return g, state


def solver_guesses(candidates):
    """Guess the most common letter among remaining candidates, ties alphabetically."""
    remaining = list(candidates)
    tried = []
    while True:
        freq = Counter(ch for w in remaining for ch in set(w) if ch not in tried)
        if not freq:
            return
        letter = min(freq, key=lambda c: (-freq[c], c))
        tried.append(letter)
        outcome = yield letter
        if outcome is not None:
            remaining = [w for w in remaining if (letter in w) == outcome]


g, state = play("Python", "eatonhpyzy", verbose=True)
print(state, "misses:", g.misses)
print(ART[g.misses])
g, state = play("jazz", ["A", "ab", "3", "z", "e", "i", "o", "u", "y", "q"], verbose=True)
print(state, f"{g.misses}/{g.max_misses}")
print(ART[-1])

print("\nSolver results:")
totals = Counter()
for word in WORDS:
    game = Hangman(word)
    gen = solver_guesses(w for w in WORDS if len(w) == len(word))
    letter = next(gen)
    steps = []
    while not (game.won or game.lost):
        game.guess(letter)
        steps.append(letter)
        try:
            letter = gen.send(letter in word)
        except StopIteration:
            break
    status = "WON" if game.won else "LOST"
    totals[status] += 1
    print(f"  {word:<10} {status:<4} misses={game.misses} guesses={''.join(steps)}")
print(dict(totals), f"win rate {totals['WON'] / len(WORDS):.0%}")
