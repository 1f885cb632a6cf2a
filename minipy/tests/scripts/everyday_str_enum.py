# Enums mixed with str and int-like values, as config code uses them.
from enum import Enum


class Color(str, Enum):
    RED = "red"
    GREEN = "green"
    BLUE = "blue"


class Shape(tuple, Enum):
    SQUARE = (4, 90)
    TRIANGLE = (3, 60)


print(Color.RED == "red", Color.RED.upper(), Color.RED.value, Color.RED.name)
print(repr(Color.GREEN), str(Color.GREEN), f"{Color.BLUE}", format(Color.BLUE), "{}".format(Color.RED))
print(Color("green"), Color["BLUE"], list(Color), len(Color), isinstance(Color.RED, str))
print({"red": 1}[Color.RED], Color.RED in {"red"}, len(Color.RED), Color.RED + "!", sorted(Color))
print(",".join(Color), Color.RED.startswith("r"), "red" == Color.RED, Color.RED is Color("red"))
print(Shape.SQUARE[0], Shape.TRIANGLE.value, len(Shape.SQUARE), Shape.SQUARE == (4, 90), Shape((3, 60)))
settings = {Color.RED: "stop", Color.GREEN: "go"}
for key in ("red", "green"):
    print(key, settings[key])
