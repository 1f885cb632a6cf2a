# A list that grows to N strings (default 800,000; `list_grow.py N` for another), one append per
# iteration (issue #15: "dict and list churn"). In generational mode the list is old and written
# between minors, so each minor retraces it: minors are paced by that work
# (Pacing::minor_unit_bytes), or this is quadratic in N.
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 800000
parts = []
for i in range(n):
    parts.append("item" + str(i))
print(len(parts), parts[-1])
