class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed:.2f}, have {available:.2f}")
        self.needed = needed
        self.available = available

class Account:
    _next_id = 1
    def __init__(self, owner, balance=0.0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self._balance = balance
        self._log = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self._log.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self._log.append(("withdraw", amount))
    @property
    def balance(self):
        return self._balance
    def __repr__(self):
        return f"<Account #{self.id} {self.owner}: {self._balance:.2f}>"

def transfer(src, dst, amount):
    try:
        src.withdraw(amount)
    except InsufficientFunds as e:
        print(f"transfer failed: {e} (short by {e.needed - e.available:.2f})")
        return False
    else:
        dst.deposit(amount)
        return True
    finally:
        print(f"after transfer attempt: {src!r}, {dst!r}")

a, b = Account("alice", 100), Account("bob")
print(transfer(a, b, 30), transfer(b, a, 50))
for bad in (-5, 0):
    try:
        a.deposit(bad)
    except ValueError as e:
        print(type(e).__name__, e)
print(a._log, b._log, a.balance + b.balance)
accounts = sorted([a, b], key=lambda acc: acc.balance)
print(accounts, [acc.owner.upper() for acc in accounts])
