# binascii, zlib and gzip: hex and base64, checksums, round trips through every wbits form,
# streaming objects, CPython-made streams decompressed, gzip files (compressed bytes not shown:
# minipy's compressor is not zlib).
import binascii as b, zlib, gzip, os, tempfile
print(b.hexlify(b'ab\xff'), b.hexlify(b'abc', '-'), b.hexlify(b'abcdef', ':', 2), b.hexlify(b'abcde', ':', 2), b.hexlify(b'abcde', b'|', -2), b.b2a_hex(b'\x01'), b.unhexlify('6162'), b.a2b_hex(b'6162'))
print(b.crc32(b'hello'), b.crc32(b'lo', b.crc32(b'hel')), b.b2a_base64(b'hi'), b.b2a_base64(b'hi', newline=False), b.a2b_base64('aGk=\n'), b.a2b_base64(b'aG k='))
for n in range(8):
    data = bytes(range(200, 200 + n))
    enc = b.b2a_base64(data)
    assert b.a2b_base64(enc) == data, n
    print(enc, end=' ')
print()
for bad in ['abc', 'zz']:
    try: b.unhexlify(bad)
    except Exception as e: print(type(e).__name__, e)
for bad in ['aGk', 'a', 'aGk=x=']:
    try: print(b.a2b_base64(bad))
    except Exception as e: print(type(e).__name__, e)
try: b.hexlify('ab')
except Exception as e: print(type(e).__name__, e)
print(b.crc_hqx(b'hello', 0), b.crc_hqx(b'', 5), issubclass(b.Error, ValueError))
print(zlib.crc32(b'hello'), zlib.adler32(b'hello'), zlib.crc32(b''), zlib.adler32(b'', 7), zlib.crc32(b'x' * 10000))
for data in [b'', b'hello', b'a' * 1000, bytes(range(256)) * 20, 'häßlich'.encode()]:
    for level in (-1, 0, 1, 6, 9):
        c = zlib.compress(data, level)
        assert zlib.decompress(c) == data
    for wbits in (15, -15, 31, 9, -9, 25):
        assert zlib.decompress(zlib.compress(data, 6, wbits), wbits) == data
    assert zlib.decompress(zlib.compress(data, wbits=31), 47) == data
    assert zlib.decompress(zlib.compress(data), 47) == data
    co = zlib.compressobj()
    c = co.compress(data[:10]) + co.compress(data[10:]) + co.flush()
    do = zlib.decompressobj()
    out = b''
    for i in range(0, len(c), 7):
        out += do.decompress(c[i:i+7])
    out += do.flush()
    assert out == data and do.eof, (data[:10], do.eof)
    assert gzip.decompress(gzip.compress(data)) == data
print(zlib.decompress(b'x\x9c\xcbH\xcd\xc9\xc9\x07\x00\x06,\x02\x15'))
print(gzip.decompress(b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\x03\xcb\xc8\x04\x00\xac*\x93\xd8\x02\x00\x00\x00'))
do = zlib.decompressobj()
print(do.decompress(zlib.compress(b'abc') + b'rest'), do.unused_data, do.eof)
for bad in [b'x', b'garbage!!']:
    try: zlib.decompress(bad)
    except zlib.error as e: print(e)
try: zlib.compress(b'', 12)
except zlib.error as e: print(e)
try: gzip.decompress(b'notgzip')
except Exception as e: print(type(e).__name__, e)
try: zlib.crc32('s')
except TypeError as e: print(e)
d = tempfile.mkdtemp()
p = os.path.join(d, 'f.txt.gz')
with gzip.open(p, 'wb') as f:
    f.write(b'line one\nline two\n')
with gzip.open(p, 'rb') as f:
    print(f.read())
with gzip.open(p) as f:
    print(f.readline(), list(f))
with gzip.open(p, 'wt', encoding='utf-8') as f:
    f.write('text ü\n')
with gzip.open(p, 'rt', encoding='utf-8') as f:
    print(repr(f.read()))
with open(p, 'rb') as f:
    raw = f.read()
print(raw[:4], raw[10:16], gzip.decompress(raw))
g = gzip.GzipFile(p, 'rb'); print(g.read(4), g.read()); g.close()
os.remove(p); os.rmdir(d)
print(zlib.MAX_WBITS, zlib.Z_BEST_COMPRESSION, zlib.DEFLATED)
