# What leaves a try statement whose except* handlers raise: one new exception with nothing else
# left leaves unwrapped; otherwise the new exceptions and what is left are grouped.


def leaves(e):
    if isinstance(e, BaseExceptionGroup):
        return [repr(e)] + [x for sub in e.exceptions for x in leaves(sub)]
    return [repr(e)]


def run(name, body):
    try:
        body()
    except BaseException as e:
        print(name, type(e).__name__, leaves(e))
        print("  context:", repr(e.__context__), "cause:", repr(e.__cause__))
    else:
        print(name, "nothing")


def one_new():
    try:
        raise ExceptionGroup("g", [OSError("o")])
    except* OSError:
        raise ValueError("new")


def one_new_from():
    try:
        raise ExceptionGroup("g", [OSError("o")])
    except* OSError as e:
        raise ValueError("new") from e


def one_new_from_none():
    try:
        raise ExceptionGroup("g", [OSError("o")])
    except* OSError:
        raise ValueError("new") from None


def two_new():
    try:
        raise ExceptionGroup("g", [OSError("o"), KeyError("k")])
    except* OSError:
        raise ValueError("a")
    except* KeyError:
        raise TypeError("b")


def new_and_unhandled():
    try:
        raise ExceptionGroup("g", [OSError("o"), KeyError("k")])
    except* OSError:
        raise ValueError("a")


def new_and_reraised():
    try:
        raise ExceptionGroup("g", [OSError("o"), KeyError("k")])
    except* OSError:
        raise
    except* KeyError:
        raise TypeError("b")


def naked_new():
    try:
        raise OSError("naked")
    except* OSError:
        raise ValueError("from naked")


def naked_reraised():
    try:
        raise OSError("naked")
    except* OSError:
        raise


def naked_reraised_by_name():
    try:
        raise OSError("naked")
    except* OSError as e:
        print("  wrapped:", repr(e), type(e.exceptions).__name__)
        raise e


def naked_leaf_raised():
    try:
        raise OSError("naked")
    except* OSError as e:
        raise e.exceptions[0]


def naked_unmatched():
    try:
        raise OSError("naked")
    except* KeyError:
        pass


def all_handled():
    try:
        raise ExceptionGroup("g", [OSError("o")])
    except* OSError:
        pass


def new_group_raised():
    try:
        raise ExceptionGroup("g", [OSError("o")])
    except* OSError:
        raise ExceptionGroup("inner", [ValueError(1), ValueError(2)])


for fn in (one_new, one_new_from, one_new_from_none, two_new, new_and_unhandled,
           new_and_reraised, naked_new, naked_reraised, naked_reraised_by_name, naked_leaf_raised,
           naked_unmatched, all_handled, new_group_raised):
    run(fn.__name__, fn)
