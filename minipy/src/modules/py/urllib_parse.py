# minipy's urllib.parse: splitting, joining and quoting URLs with CPython 3.11's results
# (`urlparse`, `urlsplit`, `urlunparse`, `urlunsplit`, `urljoin`, `urldefrag`, `quote`,
# `quote_plus`, `unquote`, `unquote_plus`, `urlencode`, `parse_qs`, `parse_qsl`), str only:
# bytes arguments raise NotImplementedError.

from collections import namedtuple as _namedtuple

__all__ = ["urlparse", "urlunparse", "urljoin", "urldefrag", "urlsplit", "urlunsplit",
           "urlencode", "parse_qs", "parse_qsl", "quote", "quote_plus", "unquote",
           "unquote_plus", "ParseResult", "SplitResult", "DefragResult"]

# Which schemes take a `//netloc`, `;params`, and relative references.
uses_netloc = ["", "ftp", "http", "gopher", "nntp", "telnet", "imap", "wais", "file", "mms",
               "https", "shttp", "snews", "prospero", "rtsp", "rtspu", "rsync", "svn",
               "svn+ssh", "sftp", "nfs", "git", "git+ssh", "ws", "wss"]
uses_params = ["", "ftp", "hdl", "prospero", "http", "imap", "https", "shttp", "rtsp", "rtspu",
               "sip", "sips", "mms", "sftp", "tel"]
uses_relative = ["", "ftp", "http", "gopher", "nntp", "imap", "wais", "file", "https", "shttp",
                 "mms", "prospero", "rtsp", "rtspu", "sftp", "svn", "svn+ssh", "ws", "wss"]

_SCHEME_CHARS = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-.")
_ALWAYS_SAFE = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-~")
# Stripped from the front (C0 controls and space) and removed anywhere (tab, CR, LF), as 3.11.
_LEADING_JUNK = "".join(chr(c) for c in range(0x21))
_UNSAFE = "\t\r\n"


def _str_only(*args):
    for a in args:
        if isinstance(a, (bytes, bytearray)):
            raise NotImplementedError("minipy's urllib.parse takes str, not bytes")


class _NetlocParts:
    """The parts of `netloc` the results expose: username, password, hostname, port."""

    @property
    def username(self):
        return self._userinfo()[0]

    @property
    def password(self):
        return self._userinfo()[1]

    @property
    def hostname(self):
        host = self._hostport()[0]
        if not host:
            return None
        host, percent, zone = host.partition("%")
        return host.lower() + percent + zone

    @property
    def port(self):
        port = self._hostport()[1]
        if port is None:
            return None
        if not (port.isdigit() and port.isascii()):
            raise ValueError(f"Port could not be cast to integer value as {port!r}")
        port = int(port)
        if not 0 <= port <= 65535:
            raise ValueError("Port out of range 0-65535")
        return port

    def _userinfo(self):
        userinfo, has_at, _ = self.netloc.rpartition("@")
        if not has_at:
            return None, None
        user, has_colon, password = userinfo.partition(":")
        return user, (password if has_colon else None)

    def _hostport(self):
        hostinfo = self.netloc.rpartition("@")[2]
        before, bracket, inside = hostinfo.partition("[")
        if bracket:
            host, _, rest = inside.partition("]")
            port = rest.partition(":")[2]
        else:
            host, _, port = hostinfo.partition(":")
        return host, (port or None)


class SplitResult(_namedtuple("SplitResult", "scheme netloc path query fragment"), _NetlocParts):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResult(_namedtuple("ParseResult", "scheme netloc path params query fragment"),
                  _NetlocParts):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


class DefragResult(_namedtuple("DefragResult", "url fragment")):
    __slots__ = ()

    def geturl(self):
        return self.url + "#" + self.fragment if self.fragment else self.url


for _cls in (SplitResult, ParseResult, DefragResult):
    _cls.__module__ = "urllib.parse"
del _cls


def _check_netloc_brackets(netloc):
    if ("[" in netloc) != ("]" in netloc):
        raise ValueError("Invalid IPv6 URL")


def urlsplit(url, scheme="", allow_fragments=True):
    _str_only(url, scheme)
    url = url.lstrip(_LEADING_JUNK)
    scheme = scheme.strip(_LEADING_JUNK)
    for c in _UNSAFE:
        url = url.replace(c, "")
        scheme = scheme.replace(c, "")
    colon = url.find(":")
    if colon > 0 and url[0].isascii() and url[0].isalpha() and all(
            c in _SCHEME_CHARS for c in url[:colon]):
        scheme, url = url[:colon].lower(), url[colon + 1:]
    netloc = query = fragment = ""
    if url[:2] == "//":
        end = len(url)
        for c in "/?#":
            at = url.find(c, 2)
            if at >= 0:
                end = min(end, at)
        netloc, url = url[2:end], url[end:]
        _check_netloc_brackets(netloc)
    if allow_fragments and "#" in url:
        url, fragment = url.split("#", 1)
    if "?" in url:
        url, query = url.split("?", 1)
    return SplitResult(scheme, netloc, url, query, fragment)


def _split_params(path):
    # `;params` belong to the last path segment.
    start = path.rfind("/") if "/" in path else 0
    semi = path.find(";", start)
    if semi < 0:
        return path, ""
    return path[:semi], path[semi + 1:]


def urlparse(url, scheme="", allow_fragments=True):
    s = urlsplit(url, scheme, allow_fragments)
    path, params = s.path, ""
    if s.scheme in uses_params and ";" in path:
        path, params = _split_params(path)
    return ParseResult(s.scheme, s.netloc, path, params, s.query, s.fragment)


def urlunsplit(components):
    scheme, netloc, url, query, fragment = components
    _str_only(scheme, netloc, url, query, fragment)
    if netloc or (scheme and scheme in uses_netloc and url[:2] != "//"):
        if url and url[:1] != "/":
            url = "/" + url
        url = "//" + (netloc or "") + url
    if scheme:
        url = scheme + ":" + url
    if query:
        url = url + "?" + query
    if fragment:
        url = url + "#" + fragment
    return url


def urlunparse(components):
    scheme, netloc, url, params, query, fragment = components
    if params:
        url = url + ";" + params
    return urlunsplit((scheme, netloc, url, query, fragment))


def urljoin(base, url, allow_fragments=True):
    _str_only(base, url)
    if not base:
        return url
    if not url:
        return base
    b = urlparse(base, "", allow_fragments)
    scheme, netloc, path, params, query, fragment = urlparse(url, b.scheme, allow_fragments)
    if scheme != b.scheme or scheme not in uses_relative:
        return url
    if scheme in uses_netloc:
        if netloc:
            return urlunparse((scheme, netloc, path, params, query, fragment))
        netloc = b.netloc
    if not path and not params:
        return urlunparse((scheme, netloc, b.path, b.params, query or b.query, fragment))
    if path[:1] == "/":
        segments = path.split("/")
    else:
        base_segments = b.path.split("/")
        if base_segments[-1] != "":
            base_segments.pop()
        segments = base_segments + path.split("/")
        # Empty segments inside the path are dropped, but not the first or the last.
        segments[1:-1] = [s for s in segments[1:-1] if s]
    out = []
    for seg in segments:
        if seg == "..":
            if out:
                out.pop()
        elif seg != ".":
            out.append(seg)
    if segments[-1] in (".", ".."):
        out.append("")
    return urlunparse((scheme, netloc, "/".join(out) or "/", params, query, fragment))


def urldefrag(url):
    _str_only(url)
    if "#" not in url:
        return DefragResult(url, "")
    s = urlparse(url)
    return DefragResult(urlunparse((s.scheme, s.netloc, s.path, s.params, s.query, "")),
                        s.fragment)


def quote(string, safe="/", encoding=None, errors=None):
    if isinstance(string, (bytes, bytearray)):
        data = bytes(string)
    else:
        if not isinstance(string, str):
            raise TypeError("quote() doesn't support '%s' objects" % type(string).__name__)
        if not string:
            return string
        data = string.encode(encoding or "utf-8", errors or "strict")
    keep = _ALWAYS_SAFE | set(safe if isinstance(safe, str) else safe.decode("ascii"))
    out = []
    for b in data:
        c = chr(b)
        out.append(c if b < 128 and c in keep else "%%%02X" % b)
    return "".join(out)


def quote_plus(string, safe="", encoding=None, errors=None):
    if isinstance(string, str) and " " not in string or (
            isinstance(string, (bytes, bytearray)) and b" " not in string):
        return quote(string, safe, encoding, errors)
    space = " " if isinstance(safe, str) else b" "
    return quote(string, safe + space, encoding, errors).replace(" ", "+")


_HEX = "0123456789abcdefABCDEF"


def unquote(string, encoding="utf-8", errors="replace"):
    _str_only(string)
    if "%" not in string:
        return string
    out = []
    pending = bytearray()
    i = 0
    n = len(string)
    while i < n:
        c = string[i]
        if c == "%" and i + 2 < n and string[i + 1] in _HEX and string[i + 2] in _HEX:
            pending.append(int(string[i + 1:i + 3], 16))
            i += 3
            continue
        if pending:
            out.append(bytes(pending).decode(encoding, errors))
            pending = bytearray()
        out.append(c)
        i += 1
    if pending:
        out.append(bytes(pending).decode(encoding, errors))
    return "".join(out)


def unquote_plus(string, encoding="utf-8", errors="replace"):
    return unquote(string.replace("+", " "), encoding, errors)


def urlencode(query, doseq=False, safe="", encoding=None, errors=None, quote_via=quote_plus):
    if hasattr(query, "items"):
        pairs = list(query.items())
    else:
        try:
            pairs = list(query)
            if pairs and not isinstance(pairs[0], tuple):
                raise TypeError
        except TypeError:
            raise TypeError("not a valid non-string sequence or mapping object") from None

    def one(v):
        if isinstance(v, (bytes, bytearray)):
            return quote_via(v, safe)
        return quote_via(str(v), safe, encoding, errors)

    out = []
    for k, v in pairs:
        k = one(k)
        if not doseq or isinstance(v, (str, bytes, bytearray)):
            out.append(k + "=" + one(v))
            continue
        try:
            items = iter(v)
        except TypeError:
            out.append(k + "=" + one(v))
            continue
        for item in items:
            out.append(k + "=" + one(item))
    return "&".join(out)


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False, encoding="utf-8",
              errors="replace", max_num_fields=None, separator="&"):
    _str_only(qs)
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError("Separator must be of type string or bytes.")
    if max_num_fields is not None and 1 + qs.count(separator) > max_num_fields:
        raise ValueError("Max number of fields exceeded")
    out = []
    for field in qs.split(separator):
        if not field and not strict_parsing:
            continue
        name, eq, value = field.partition("=")
        if not eq:
            if strict_parsing:
                raise ValueError("bad query field: %r" % (field,))
            if not keep_blank_values:
                continue
        if value or keep_blank_values:
            out.append((unquote(name.replace("+", " "), encoding, errors),
                        unquote(value.replace("+", " "), encoding, errors)))
    return out


def parse_qs(qs, keep_blank_values=False, strict_parsing=False, encoding="utf-8",
             errors="replace", max_num_fields=None, separator="&"):
    out = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing, encoding, errors,
                                 max_num_fields, separator):
        out.setdefault(name, []).append(value)
    return out
