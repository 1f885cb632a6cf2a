import urllib.parse
from urllib.parse import (urlparse, urlsplit, urlunparse, urlunsplit, urljoin, urldefrag, quote,
                          quote_plus, unquote, unquote_plus, urlencode, parse_qs, parse_qsl)
urls = ["https://user:pw@Example.COM:8080/a/b;p=1?q=2&r=3#frag", "http://[::1]:80/x", "mailto:me@x.org",
        "//host/path", "/just/path?x", "file:///etc/hosts", "HTTP://x.org", "x.org/a", "a:b", "  http://a/b\t c",
        "tel:+1-816-555-1212", "https://h/p;a;b/q;c"]
for u in urls:
    p = urlparse(u)
    print(p)
    print(" ", urlsplit(u), p.geturl(), urlsplit(u).geturl())
    print(" ", p.username, p.password, p.hostname, p.port)
print(urlunparse(("http", "h", "/p", "x", "q=1", "f")), urlunsplit(("", "", "p", "", "")), urlunsplit(("file", "", "/x", "", "")))
base = "http://a/b/c/d;p?q"
for ref in ["g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x", "g;x", "", ".", "./", "..", "../", "../g", "../..", "../../", "../../g", "../../../g", "/./g", "/../g", "g.", ".g", "g..", "..g", "./../g", "./g/.", "g/./h", "g/../h", "https://other/x"]:
    print(repr(ref), urljoin(base, ref))
print(urljoin("http://a/b/", "c"), urljoin("", "x"), urljoin("http://a", "b"), urljoin("mailto:x", "y"))
print(urldefrag("http://a/b#c"), urldefrag("http://a/b"))
for s in ["a b&c/d", "ünï", "~_.-", "", "100%"]:
    print(quote(s), quote(s, safe=""), quote_plus(s), quote_plus(s, safe="/"))
print(quote(b"a b"), unquote("a%20b%zz%C3%BC%"), unquote("%E2%82"), unquote_plus("a+b%2B"))
print(urlencode({"q": "a b", "n": 3, "t": ["x", "y"]}), urlencode({"t": ["x", "y"]}, doseq=True), urlencode([("a", "1"), ("b", "é")]))
qs = "a=1&b=2&a=3&c=&d&e=x+y%21"
print(parse_qs(qs), parse_qs(qs, keep_blank_values=True))
print(parse_qsl(qs), parse_qsl("a=1;b=2", separator=";"))
try:
    parse_qsl("a&b=1", strict_parsing=True)
except ValueError as e:
    print(e)
try:
    urlparse("http://[::1/x")
except ValueError as e:
    print(e)
try:
    urlparse("http://h:99999/").port
except ValueError as e:
    print(e)
try:
    urlparse("http://h:xx/").port
except ValueError as e:
    print(e)
print(type(urlparse("http://x")).__name__, urlparse("http://x")._replace(path="/y").geturl(), urlparse("http://x/y").path)
