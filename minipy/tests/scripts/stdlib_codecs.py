# codecs: lookup and names, encode/decode with errors, UTF-16/32 with BOMs, hex/base64/rot13,
# incremental decoding.
import codecs

for n in ['UTF8', 'utf-8', 'latin1', 'latin-1', 'iso-8859-1', 'ascii', 'utf_16', 'utf-16-le',
          'utf-32', 'rot13', 'rot_13', 'hex', 'base64', 'us-ascii', 'U8']:
    try:
        print(n, codecs.lookup(n).name)
    except LookupError as e:
        print(e)
print(codecs.encode('abc', 'rot13'), codecs.decode('nop', 'rot_13'), codecs.encode(b'hi', 'hex'),
      codecs.decode(b'6869', 'hex'), codecs.encode(b'hi', 'base64'), codecs.decode(b'aGk=\n', 'base64'))
print(codecs.encode('é'), codecs.decode(b'\xc3\xa9'), codecs.encode('é', 'latin-1'),
      codecs.decode(b'\xe9', 'latin-1'), codecs.encode('a', 'utf-16'), codecs.encode('a', 'utf-16-le'))
print(codecs.encode('a€', 'utf-16-be'), codecs.encode('a\U0001F600', 'utf-16-le'),
      codecs.encode('ab', 'utf-32'), codecs.decode(b'\xff\xfea\x00b\x00', 'utf-16'),
      codecs.decode(b'\x00a', 'utf-16-be'), codecs.decode(codecs.encode('x\U0001F600', 'utf-16'), 'utf-16'))
try:
    codecs.encode('é', 'ascii')
except UnicodeEncodeError as e:
    print(e)
print(codecs.encode('é', 'ascii', 'replace'), codecs.encode('é', 'ascii', 'ignore'),
      codecs.decode(b'\xff', 'utf-8', 'replace'))
try:
    codecs.encode('x', 'hex')
except TypeError as e:
    print(type(e).__name__, e)
try:
    codecs.lookup('nope')
except LookupError as e:
    print(e)
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF16, codecs.BOM_UTF32_LE)
ci = codecs.lookup('utf-8')
print(ci.encode('x'), ci.decode(b'x'), ci[0]('y'), len(ci), ci.name)
print(codecs.getencoder('utf-8')('z'), codecs.getdecoder('latin-1')(b'z'))
print(list(codecs.iterencode(['a', 'b'], 'utf-8')), list(codecs.iterdecode([b'a', b'\xc3', b'\xa9'], 'utf-8')))
d = codecs.getincrementaldecoder('utf-8')()
print(repr(d.decode(b'\xe2\x82')), repr(d.decode(b'\xac', final=True)))
print(codecs.decode(codecs.BOM_UTF8 + b'hi', 'utf-8-sig'), codecs.encode('hi', 'utf-8-sig'))
