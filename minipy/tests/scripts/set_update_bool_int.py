# The in-place set methods (intersection_update, difference_update, symmetric_difference_update)
# and bool's methods inherited from int.
s = {1, 2, 3, 4, 5}
print(s.intersection_update(), s)
s.intersection_update({1, 2, 3, 4}, [2, 3, 4, 9], (4, 3, 2))
print(sorted(s))
s.difference_update([3], (7,), {2})
print(s)
s.difference_update(s)
print(s)
s = {1, 2}
s.symmetric_difference_update([2, 3, 3, 4])
print(sorted(s))
s.symmetric_difference_update(s)
print(s)
for call in (
    lambda: s.symmetric_difference_update(),
    lambda: s.symmetric_difference_update([1], [2]),
    lambda: s.difference_update([[1]]),
    lambda: s.intersection_update(5),
    lambda: frozenset([1]).intersection_update([1]),
):
    try:
        call()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)


print(True.bit_length(), False.bit_length(), True.bit_count(), True.real, True.imag)
print(True.numerator, True.denominator, True.as_integer_ratio(), False.conjugate())
print(type(True.conjugate()), type(True.real), True.to_bytes(2, "little"))
print(bool.from_bytes(b"\x01", "big"), bool.from_bytes(b"\x00\x00", "little"))


class I(int):
    pass


print(type(I.from_bytes(b"\x01", "big")).__name__, type(I(3).from_bytes(b"\x02", "big")).__name__)
print(type(int.from_bytes(b"\x01", "big")).__name__, int.from_bytes(b"\xff", "big", signed=True))
