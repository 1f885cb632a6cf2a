import string
from collections import Counter
def analyze(password):
    issues = []
    if len(password) < 8:
        issues.append("too short")
    classes = [any(c in group for c in password) for group in (string.ascii_lowercase, string.ascii_uppercase, string.digits, string.punctuation)]
    if sum(classes) < 3:
        issues.append(f"only {sum(classes)} character classes")
    common = Counter(password).most_common(1)
    if common and common[0][1] > len(password) // 2:
        issues.append(f"{common[0][0]!r} repeated {common[0][1]} times")
    if password.lower() in {"password", "letmein", "qwerty123"}:
        issues.append("common password")
    return issues or ["ok"]
for pw in ["abc", "Password", "P@ssw0rd!", "aaaaaaab", "qwerty123", "Tr0ub4dor&3"]:
    print(f"{pw!r:>14}: {', '.join(analyze(pw))}")
