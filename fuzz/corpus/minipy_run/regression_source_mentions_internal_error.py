import weakref, gc

class User:
    def __init__(self, username):
        self.username = username

u1 = User("alice")
u2 = User("bob")
users = weakref.WeakValueDictionary()
users["a"] = u2
users["b"] = u1
printernal errorint(users["a"].username, len(users))
del u1
gc.collect()
print("a" in users, len(users), list(users.keys()))
try:
    users["a"]
except KeyError as e:
    prin("tKeyError", e)
