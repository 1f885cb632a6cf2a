# Encoding credentials and binary blobs for text formats, and decoding them back.
import base64
import json

user, password = "alice", "s3cr3t!"
token = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
print("Authorization: Basic " + token)
print(base64.b64decode(token).decode().split(":"))

blob = bytes(range(0, 256, 7))
record = {"name": "thumb.png", "data": base64.b64encode(blob).decode()}
text = json.dumps(record)
print(text)
back = base64.b64decode(json.loads(text)["data"])
print(back == blob, len(back))

for raw in [b"", b"a", b"ab", b"abc", b"\xfb\xff\xbf", "naïve café".encode()]:
    print(raw, base64.b64encode(raw), base64.urlsafe_b64encode(raw), base64.b32encode(raw), base64.b16encode(raw))

print(base64.urlsafe_b64decode("-_-_"))
print(base64.b32decode("MFRGG==="), base64.b16decode("cafe", casefold=True))
for bad in ["YWJj=", "YQ", "Y"]:
    try:
        base64.b64decode(bad)
        print(bad, "ok")
    except ValueError as e:
        print(bad, type(e).__name__, e)
