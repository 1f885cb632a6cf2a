# minipy's html: `escape` as CPython 3.11's, and `unescape` for numeric character references and
# the common named ones. CPython resolves all 2,231 HTML5 names, some without their `;`; a name
# minipy's table lacks raises NotImplementedError rather than being left as text CPython would
# have replaced.

__all__ = ["escape", "unescape"]


def escape(s, quote=True):
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;").replace("'", "&#x27;")
    return s


_NAMED = {
    "amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'", "nbsp": "\xa0",
    "copy": "\xa9", "reg": "\xae", "trade": "\u2122", "hellip": "\u2026", "mdash": "\u2014",
    "ndash": "\u2013", "lsquo": "\u2018", "rsquo": "\u2019", "ldquo": "\u201c",
    "rdquo": "\u201d", "laquo": "\xab", "raquo": "\xbb", "euro": "\u20ac", "pound": "\xa3",
    "yen": "\xa5", "cent": "\xa2", "sect": "\xa7", "deg": "\xb0", "plusmn": "\xb1",
    "times": "\xd7", "divide": "\xf7", "middot": "\xb7", "bull": "\u2022", "para": "\xb6",
    "frac12": "\xbd", "frac14": "\xbc", "frac34": "\xbe", "larr": "\u2190", "rarr": "\u2192",
    "uarr": "\u2191", "darr": "\u2193", "harr": "\u2194", "hearts": "\u2665", "ne": "\u2260",
    "le": "\u2264", "ge": "\u2265", "infin": "\u221e", "shy": "\xad", "iexcl": "\xa1",
    "iquest": "\xbf", "szlig": "\xdf", "eacute": "\xe9", "egrave": "\xe8", "ecirc": "\xea",
    "aacute": "\xe1", "agrave": "\xe0", "acirc": "\xe2", "auml": "\xe4", "ouml": "\xf6",
    "uuml": "\xfc", "Auml": "\xc4", "Ouml": "\xd6", "Uuml": "\xdc", "ccedil": "\xe7",
    "ntilde": "\xf1", "oacute": "\xf3", "iacute": "\xed", "uacute": "\xfa", "Eacute": "\xc9",
    "alpha": "\u03b1", "beta": "\u03b2", "gamma": "\u03b3", "delta": "\u03b4", "pi": "\u03c0",
    "sigma": "\u03c3", "mu": "\xb5", "micro": "\xb5", "Omega": "\u03a9", "omega": "\u03c9",
}

# What HTML5 reads `&#128;` ... `&#159;` as: Windows-1252's characters there; the five it leaves
# undefined stay as they are.
_CP1252 = {
    0x80: "\u20ac", 0x82: "\u201a", 0x83: "\u0192", 0x84: "\u201e", 0x85: "\u2026",
    0x86: "\u2020", 0x87: "\u2021", 0x88: "\u02c6", 0x89: "\u2030", 0x8A: "\u0160",
    0x8B: "\u2039", 0x8C: "\u0152", 0x8E: "\u017d", 0x91: "\u2018", 0x92: "\u2019",
    0x93: "\u201c", 0x94: "\u201d", 0x95: "\u2022", 0x96: "\u2013", 0x97: "\u2014",
    0x98: "\u02dc", 0x99: "\u2122", 0x9A: "\u0161", 0x9B: "\u203a", 0x9C: "\u0153",
    0x9E: "\u017e", 0x9F: "\u0178",
}


def _dropped(n):
    # Control characters and noncharacters, which HTML5 drops.
    if 0x1 <= n <= 0x8 or 0xE <= n <= 0x1F or n == 0x7F or n == 0xB:
        return True
    if 0xFDD0 <= n <= 0xFDEF:
        return True
    return (n & 0xFFFF) in (0xFFFE, 0xFFFF)


def _numeric(n):
    if 0x80 <= n <= 0x9F:
        return _CP1252.get(n, chr(n))
    if n == 0 or 0xD800 <= n <= 0xDFFF or n > 0x10FFFF:
        return "\ufffd"
    if _dropped(n):
        return ""
    return chr(n)


def unescape(s):
    if "&" not in s:
        return s
    out = []
    i = 0
    n = len(s)
    while i < n:
        j = s.find("&", i)
        if j < 0:
            out.append(s[i:])
            break
        out.append(s[i:j])
        k = j + 1
        if k < n and s[k] == "#":
            k += 1
            hexa = k < n and s[k] in "xX"
            if hexa:
                k += 1
            digits = "0123456789abcdefABCDEF" if hexa else "0123456789"
            start = k
            while k < n and s[k] in digits:
                k += 1
            if k == start:
                out.append(s[j:k])
                i = k
                continue
            value = int(s[start:k], 16 if hexa else 10)
            if k < n and s[k] == ";":
                k += 1
            out.append(_numeric(value))
            i = k
            continue
        start = k
        while k < n and (s[k].isalnum()):
            k += 1
        name = s[start:k]
        if not name:
            out.append("&")
            i = j + 1
            continue
        if k < n and s[k] == ";" and name in _NAMED:
            out.append(_NAMED[name])
            i = k + 1
            continue
        raise NotImplementedError(
            "minipy's html.unescape resolves numeric references and common named ones; "
            "'&" + name + (";" if k < n and s[k] == ";" else "") + "' is not among them"
        )
    return "".join(out)
