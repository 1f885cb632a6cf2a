"""Parse raw HTTP/1.1 requests, route them, and build responses."""
import re
import json
from urllib.parse import urlsplit, parse_qs, unquote_plus
from http import HTTPStatus
from dataclasses import dataclass, field


class BadRequest(Exception):
    pass


@dataclass
class Request:
    method: str
    path: str
    query: dict
    headers: dict = field(default_factory=dict)
    body: bytes = b""

    @classmethod
    def parse(cls, raw: bytes):
        head, sep, body = raw.partition(b"\r\n\r\n")
        if not sep:
            raise BadRequest("missing header terminator")
        lines = head.decode("iso-8859-1").split("\r\n")
        m = re.fullmatch(r"(GET|POST|PUT|DELETE) (\S+) HTTP/(1\.[01])", lines[0])
        if not m:
            raise BadRequest(f"bad request line: {lines[0]!r}")
        headers = {}
        for line in lines[1:]:
            name, colon, value = line.partition(":")
            if not colon:
                raise BadRequest(f"bad header: {line!r}")
            headers[name.strip().lower()] = value.strip()
        length = int(headers.get("content-length", 0))
        if len(body) < length:
            raise BadRequest(f"body truncated ({len(body)} < {length})")
        parts = urlsplit(m.group(2))
        query = {k: v if len(v) > 1 else v[0] for k, v in parse_qs(parts.query).items()}
        return cls(m.group(1), unquote_plus(parts.path), query, headers, body[:length])


ROUTES = []


def route(method, pattern):
    regex = re.compile("^" + re.sub(r"<(\w+)>", r"(?P<\1>[^/]+)", pattern) + "$")
    def deco(fn):
        ROUTES.append((method, regex, fn))
        return fn
    return deco


USERS = {1: {"name": "ada"}, 2: {"name": "bob"}}


@route("GET", "/users")
def list_users(req):
    limit = int(req.query.get("limit", 10))
    return HTTPStatus.OK, [dict(id=k, **v) for k, v in list(USERS.items())[:limit]]


@route("GET", "/users/<uid>")
def get_user(req, uid):
    user = USERS.get(int(uid))
    return (HTTPStatus.OK, user) if user else (HTTPStatus.NOT_FOUND, {"error": "no such user"})


@route("POST", "/users")
def create_user(req):
    data = json.loads(req.body)
    uid = max(USERS) + 1
    USERS[uid] = {"name": data["name"]}
    return HTTPStatus.CREATED, {"id": uid}


def handle(raw):
    try:
        req = Request.parse(raw)
    except BadRequest as e:
        status, payload = HTTPStatus.BAD_REQUEST, {"error": str(e)}
    else:
        for method, regex, fn in ROUTES:
            m = regex.match(req.path)
            if m and method == req.method:
                try:
                    status, payload = fn(req, **m.groupdict())
                except (ValueError, KeyError) as e:
                    status, payload = HTTPStatus.UNPROCESSABLE_ENTITY, {"error": repr(e)}
                break
        else:
            status, payload = HTTPStatus.NOT_FOUND, {"error": "no route"}
    body = json.dumps(payload).encode()
    head = f"HTTP/1.1 {status.value} {status.phrase}\r\nContent-Length: {len(body)}\r\n\r\n"
    return head.encode() + body


def req(line, body=b"", **hdrs):
    if body:
        hdrs["Content-Length"] = str(len(body))
    h = "".join(f"{k.replace('_', '-')}: {v}\r\n" for k, v in hdrs.items())
    return f"{line}\r\n{h}\r\n".encode() + body


tests = [req("GET /users?limit=1 HTTP/1.1", Host="x"), req("GET /users/2 HTTP/1.1"),
         req("GET /users/9 HTTP/1.0"), req("POST /users HTTP/1.1", b'{"name": "cy"}', Content_Type="application/json"),
         req("GET /users HTTP/1.1"), req("POST /users HTTP/1.1", b'{"nom": 1}'),
         req("GET /users/abc HTTP/1.1"), req("PATCH /users HTTP/1.1"), b"GET / HTTP/1.1\r\nHost: x\r\n",
         req("GET /a%20b+c?q=x+y&q=z&e= HTTP/1.1")]
for raw in tests:
    first = raw.split(b"\r\n", 1)[0].decode()
    resp = handle(raw)
    status_line, _, rest = resp.partition(b"\r\n")
    payload = rest.split(b"\r\n\r\n", 1)[1].decode()
    print(f"{first:<36} -> {status_line.decode():<30} {payload}")
print(Request.parse(tests[-1]))
print(HTTPStatus(418).phrase, HTTPStatus.NOT_FOUND == 404, int(HTTPStatus.CREATED))
