# http module (http.HTTPStatus) is missing
from http import HTTPStatus
print(HTTPStatus.NOT_FOUND.value, HTTPStatus.NOT_FOUND.phrase)
print(HTTPStatus(201).name, HTTPStatus.OK == 200)
