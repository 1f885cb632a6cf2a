import http, http.client
from http import HTTPStatus, HTTPMethod
for s in list(HTTPStatus)[:3]: print(s.name, s.value, repr(s.phrase), repr(s.description))
print(repr(HTTPMethod.GET), str(HTTPMethod.GET), f'{HTTPMethod.GET}', HTTPMethod.GET == 'GET', HTTPMethod.POST.description)
print(repr(HTTPStatus.OK), str(HTTPStatus.OK), f'{HTTPStatus.OK:>6}', f'{HTTPStatus.OK}')
print(len(HTTPStatus), len(http.client.responses), http.client.responses[404])
try: HTTPStatus(999)
except ValueError as e: print(repr(e))
try: HTTPStatus['NOPE']
except KeyError as e: print(repr(e))
try: HTTPMethod('get')
except ValueError as e: print(repr(e))
print(HTTPStatus(200) is HTTPStatus.OK, HTTPStatus.OK + 1, HTTPStatus.OK < 300, sorted([HTTPStatus.NOT_FOUND, HTTPStatus.OK]))
print(http.client.HTTP_PORT, http.client.OK, HTTPStatus['IM_A_TEAPOT'].phrase, isinstance(HTTPStatus.OK, int))
print(list(http.client.responses.items())[:2], type(http.client.OK))
print({HTTPStatus.OK: 1}[200], HTTPMethod('PUT'), HTTPStatus.NOT_FOUND in HTTPStatus, 404 in HTTPStatus.__members__.values())
