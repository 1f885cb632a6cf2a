b = b'hello\n\x00\xff' + rb'\d'
print(b, len(b), b[0], b[-1], b[1:3], list(b[:3]))
print(b'it\'s', b"q\"", bytes(3), bytes([65, 66]), bytes('héllo', 'utf-8'))
print(b'ab' * 2, 2 * b'x', b'a' in b'cab', 97 in b'a', b'a' < b'b', b'a' == b'a', b'a' == 'a')
print('héllo'.encode(), 'abc'.encode('ascii'), 'é'.encode('latin-1'), b'h\xc3\xa9'.decode('utf-8'))
print(b'\xde\xad'.hex(), bytes.fromhex('de ad be ef'), b'ab'.hex(':'))
print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, byteorder='little'), (-1).to_bytes(2, 'big', signed=True))
print(int.from_bytes(b'\x04\x00', 'big'), int.from_bytes(b'\xff\xff', 'little', signed=True), int.from_bytes([1, 0], byteorder='big'))
print(b'a,b,,c'.split(b','), b'  x y '.split(), b'-'.join([b'a', b'b']), b'  pad  '.strip(), b'abc'.replace(b'b', b'XY'))
print(b'Hello'.upper(), b'Hello'.lower(), b'abc'.startswith(b'ab'), b'abc'.endswith((b'x', b'c')), b'abcb'.find(b'b'), b'abcb'.rfind(98), b'abcb'.count(b'b'))
print(hash(b'abc') == hash(b'abc'), {b'k': 1}[b'k'], type(b'x'), type(b'x').__name__, repr(b''), str(b'z'))
print(..., Ellipsis, type(...), ... is Ellipsis, [x for x in b'AB'])
print(str(b'caf\xc3\xa9', 'utf-8'), str(b'abc', encoding='ascii'), bool(b''), bool(b'a'))
for e in [lambda: b'\xff'.decode(), lambda: 'é'.encode('ascii'), lambda: b'a' + 'b', lambda: b'x'.decode('nope'), lambda: b'a'[3], lambda: bytes('x')]:
    try:
        e()
    except (UnicodeError, LookupError, TypeError, IndexError) as x:
        print(type(x).__name__, x, isinstance(x, ValueError))
try:
    b'\xff\xfe'.decode('utf-8')
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason, repr(e))
b'\xc3'.decode()
