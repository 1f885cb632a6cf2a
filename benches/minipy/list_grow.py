# A list that grows to 800,000 strings, one append per iteration (issue #15: "dict and list
# churn"). In generational mode the list is old and written between minors, so each minor
# retraces it: minors are paced by that work (Pacing::minor_unit_bytes), or this is quadratic.
parts = []
for i in range(800000):
    parts.append("item" + str(i))
print(len(parts), parts[-1])
