# A function that handled an exception (so a traceback held its frame for a while) still releases
# its locals in slot order when it returns, as CPython's frame_dealloc clears them.
import gc


class Ticket:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("closing", self.name)


def run():
    first = Ticket("first")
    second = Ticket("second")
    try:
        raise ValueError("handled")
    except ValueError as e:
        print("caught", e)
    third = Ticket("third")
    first = Ticket("first again")
    print("returning")


run()
gc.collect()
print("end")
