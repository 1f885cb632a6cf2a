# "%03d" pads with zeros; minipy pads with spaces (not a lifetime bug).
# minipy prints: "  7"
print("%03d" % 7)
