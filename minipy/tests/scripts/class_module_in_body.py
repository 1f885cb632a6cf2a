# A class body's __module__ names the class's module (library exceptions: json.decoder.JSONDecodeError, _csv.Error), also in an uncaught traceback's last line.
import json, csv
print(json.JSONDecodeError, json.JSONEncoder, json.JSONDecoder, csv.Error)
try:
    json.loads("{bad")
except ValueError as e:
    print(type(e), e)
class Local(Exception):
    __module__ = "mylib.errors"
print(Local, Local("x").__class__.__module__)
json.loads("[1,")
