from datetime import timedelta
from collections import OrderedDict
import itertools


def parse_duration(text: str) -> timedelta:
    parts = [int(p) for p in text.split(":")]
    while len(parts) < 3:
        parts.insert(0, 0)
    h, m, s = parts
    return timedelta(hours=h, minutes=m, seconds=s)


def fmt(td: timedelta) -> str:
    total = int(td.total_seconds())
    h, rem = divmod(total, 3600)
    m, s = divmod(rem, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


class Track:
    __slots__ = ("title", "artist", "duration", "plays")

    def __init__(self, title, artist, duration):
        self.title = title
        self.artist = artist
        self.duration = parse_duration(duration)
        self.plays = 0

    def __repr__(self):
        return f"Track({self.title!r}, {self.artist!r}, {fmt(self.duration)})"


class Playlist:
    def __init__(self, name):
        self.name = name
        self.tracks = OrderedDict()

    def add(self, track):
        if track.title in self.tracks:
            raise ValueError(f"duplicate track {track.title!r}")
        self.tracks[track.title] = track
        return self

    def move_to_front(self, title):
        self.tracks.move_to_end(title, last=False)

    def __len__(self):
        return len(self.tracks)

    def __iter__(self):
        return iter(self.tracks.values())

    @property
    def total(self):
        return sum((t.duration for t in self), timedelta())

    def play(self, n):
        for t in itertools.islice(itertools.cycle(self), n):
            t.plays += 1
            yield t


songs = [
    ("Blue Hour", "Mira", "3:45"),
    ("Paper Kites", "Oslo Drift", "4:12"),
    ("Long Road", "Mira", "1:02:03"),
    ("Static", "The Wires", "2:58"),
    ("Undertow", "Oslo Drift", "5:30"),
]
pl = Playlist("Sunday")
for s in songs:
    pl.add(Track(*s))
try:
    pl.add(Track("Static", "Someone", "1:00"))
except ValueError as err:
    print("error:", err)

pl.move_to_front("Static")
print(f"{pl.name}: {len(pl)} tracks, total {fmt(pl.total)}")
for i, t in enumerate(pl, 1):
    print(f"{i:2}. {t.title:<12} {t.artist:>11} {fmt(t.duration):>8}")

played = [t.title for t in pl.play(12)]
print("played:", ", ".join(played))
print("plays:", {t.title: t.plays for t in pl})

by_artist = {}
for t in pl:
    by_artist.setdefault(t.artist, []).append(t)
for artist, ts in sorted(by_artist.items()):
    dur = sum((t.duration for t in ts), timedelta())
    print(f"{artist:<11} {len(ts)} {fmt(dur):>8} {dur.total_seconds():.0f}s")

longest = max(pl, key=lambda t: t.duration)
print("longest:", longest)
print("avg seconds:", round(pl.total.total_seconds() / len(pl), 1))
print(timedelta(minutes=90), timedelta(days=1, seconds=5) - timedelta(hours=3))
print(list(pl.tracks)[:2], pl.tracks.popitem())
try:
    t = Track("x", "y", "1:00")
    t.rating = 5
except AttributeError as e:
    print("slots prevent:", type(e).__name__)
