import atexit

def bye(name):
    print("goodbye", name)


atexit.register(bye, "first")
atexit.register(bye, "second")


@atexit.register
def cleanup():
    print("cleanup runs first: registered last")


def never():
    print("unregistered")


atexit.register(never)
atexit.unregister(never)
print("main done")
