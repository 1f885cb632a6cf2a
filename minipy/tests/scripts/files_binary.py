# Files opened in binary mode read and write bytes; os.remove.
import os
import time
# A name of its own per run: the corpus may run in several processes at once.
path = '/tmp/minipy_binary_%d.bin' % time.perf_counter_ns()
with open(path, 'wb') as fh:
    n = fh.write(b'\x00\x01line one\nline two\n\xff\xfe')
    print(n, fh.mode, fh.closed)
print(fh.closed)
with open(path, 'rb') as fh:
    print(fh.read(3), fh.readline(), fh.read())
with open(path, 'rb') as fh:
    print([line for line in fh])
with open(path, 'rb') as fh:
    data = fh.read()
print(len(data), data[:2], data.count(b'\n'), data.split(b'\n')[1].decode('ascii'))
with open(path, 'wb') as fh:
    try:
        fh.write('text')
    except TypeError as e:
        print(e)
with open(path, 'w') as fh:
    try:
        fh.write(b'x')
    except TypeError as e:
        print(e)
os.remove(path)
