"""Bank accounts: class hierarchy, exceptions, super(), __repr__, properties."""


class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available


class Account:
    _next_id = 1

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("dep", amount))

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.history.append(("wd", amount))

    def __repr__(self):
        return f"{type(self).__name__}(#{self.id}, {self.owner!r}, {self._balance})"


class Savings(Account):
    def __init__(self, owner, balance=0, rate=0.02):
        super().__init__(owner, balance)
        self.rate = rate

    def add_interest(self):
        interest = round(self._balance * self.rate, 2)
        self.deposit(interest)
        return interest


class Overdraft(Account):
    def __init__(self, owner, balance=0, limit=100):
        super().__init__(owner, balance)
        self.limit = limit

    def withdraw(self, amount):
        if amount > self._balance + self.limit:
            raise InsufficientFunds(amount, self._balance + self.limit)
        self._balance -= amount
        self.history.append(("wd", amount))


accounts = [Account("ann", 50), Savings("ben", 1000, 0.05), Overdraft("cat", 20, 50)]
for a in accounts:
    print(a)

for acct, amt in [(accounts[0], 80), (accounts[1], 200), (accounts[2], 60), (accounts[2], 20)]:
    try:
        acct.withdraw(amt)
        print(f"withdrew {amt} from {acct.owner}: now {acct.balance}")
    except InsufficientFunds as e:
        print(f"failed for {acct.owner}: {e} (short by {e.needed - e.available})")

try:
    accounts[0].deposit(-5)
except ValueError as e:
    print("ValueError:", e)

print("interest:", accounts[1].add_interest())
for a in accounts:
    print(a, a.history)
print(isinstance(accounts[1], Account), issubclass(Overdraft, Savings))
print([cls.__name__ for cls in Overdraft.__mro__])
try:
    accounts[0].balance = 5
except AttributeError as e:
    print("AttributeError raised")
total = sum(a.balance for a in accounts)
print(f"total: {total:,.2f}")
