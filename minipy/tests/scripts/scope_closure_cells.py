# __closure__ holds exactly the cells a function uses, in CPython's order
# (sorted by name); cell_contents reads, writes and empties a cell.
def outer():
    b = "b"
    a = "a"
    unused = "unused"
    def inner():
        return a + b
    return inner

f = outer()
cells = f.__closure__
print(len(cells), [c.cell_contents for c in cells], type(cells[0]).__name__)
print(outer.__closure__)
cells[0].cell_contents = "A"
print(f())
del cells[1].cell_contents
try:
    cells[1].cell_contents
except ValueError as e:
    print("ValueError:", e)
try:
    f()
except NameError as e:
    print("NameError:", e)
