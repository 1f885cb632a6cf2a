words = ["straße", "ǅemal", "ǆungla", "ﬁsh ﬂy", "ΣΊΣΥΦΟΣ", "hello1world", "אbc déf", "o'neil mc-donald", "ᾳβ", "İstanbul", "ŉ", "ﬀ"]
for w in words:
    print(w.upper(), w.lower(), w.title(), w.capitalize(), w.casefold(), w.swapcase())
print("ǅ".istitle(), "ǅemal".istitle(), "Straße".casefold() == "STRASSE".casefold())
