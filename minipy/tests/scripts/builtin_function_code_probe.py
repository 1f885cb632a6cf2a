# functions lack __code__ (seen while probing e18; not the cause of a scored failure)
def f(a, b=1):
    return a
print(f.__code__.co_name, f.__code__.co_argcount)
