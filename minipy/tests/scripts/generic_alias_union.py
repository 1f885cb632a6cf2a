# `X | None` with a subscripted generic on either side (PEP 604 with PEP 585 aliases), as an
# annotation evaluated when the function is defined.
def find(xs: list[int]) -> list[int] | None:
    return xs or None


def pair() -> tuple[int, list[str]] | None:
    return None


print(find([1]), find([]), pair())
print(find.__annotations__["return"], pair.__annotations__["return"])
print(list[int] | None)
print(None | list[int])
print(dict[str, int] | None)
print(tuple[int, str] | int)
print(int | list[str])
print(list[int] | list[str])
print((list[int] | None) == (None | list[int]))
print((list[int] | None).__args__)
