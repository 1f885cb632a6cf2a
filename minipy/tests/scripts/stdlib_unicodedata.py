import unicodedata as u
for f in [lambda: u.name("ab"), lambda: u.name(5), lambda: u.name("\x00"), lambda: u.lookup("NOPE"), lambda: u.normalize("X", "a"), lambda: u.category("ab")]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(u.name("\x00", "dflt"), u.lookup("latin small letter a"), u.name("가"), u.lookup("HANGUL SYLLABLE GA"), u.name("\u4e00"), u.name("é"), u.name("€"))
print([u.category(c) for c in "aA1 ,\n€ǅ\u0301\U0010ffff가"])
s = "Crème brûlée ﬁ ①"
print([len(u.normalize(f, s)) for f in ("NFC", "NFD", "NFKC", "NFKD")], u.normalize("NFKD", s).encode("ascii", "ignore").decode())
print("".join(c for c in u.normalize("NFD", "Ångström") if u.category(c) != "Mn"), u.is_normalized("NFC", s), u.unidata_version)
