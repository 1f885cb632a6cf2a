class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available


class Account:
    interest = 0.02

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(amount, self.balance)
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return self

    def __repr__(self):
        return f"Account({self.owner!r}, balance={self.balance:.2f})"

    def __lt__(self, other):
        return self.balance < other.balance

    def __eq__(self, other):
        return isinstance(other, Account) and self.balance == other.balance


class Savings(Account):
    def add_interest(self):
        gained = round(self.balance * self.interest, 2)
        self.deposit(gained)
        return gained


accounts = [Account("ann", 100), Savings("bob", 250.5), Account("cy")]
accounts[0].deposit(50).withdraw(30)
accounts[2].deposit(75)
print("interest:", accounts[1].add_interest())
for acc in sorted(accounts):
    print(acc, len(acc.history))
try:
    accounts[2].withdraw(1000)
except InsufficientFunds as e:
    print("error:", e, e.needed - e.available)
try:
    accounts[0].deposit(-5)
except ValueError as e:
    print(type(e).__name__, e)
print(max(accounts, key=lambda a: a.balance).owner)
print(Account("x", 5) == Account("y", 5), Account("x", 5) != Account("y", 6))
total = sum(a.balance for a in accounts)
print(f"total={total:,.2f}")
print({a.owner: [kind for kind, _ in a.history] for a in accounts})
