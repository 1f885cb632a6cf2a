# Reading and writing CSV data with the csv module over io.StringIO.
import csv
import io

DATA = """name,dept,salary,start
Ada Lovelace,Engineering,120000,2019-03-01
"Hopper, Grace",Engineering,115000,2020-07-15
Alan Turing,Research,130000,2018-01-10
"Quote ""Q"" Person",Sales,90000,2021-11-30
"Multi
Line",Sales,85000,2022-02-02
"""

rows = list(csv.reader(io.StringIO(DATA)))
print(len(rows), rows[0])
for r in rows[1:]:
    print(r)

by_dept = {}
for rec in csv.DictReader(io.StringIO(DATA)):
    by_dept.setdefault(rec["dept"], []).append(int(rec["salary"]))
for dept in sorted(by_dept):
    pay = by_dept[dept]
    print(f"{dept:<12} n={len(pay)} avg={sum(pay) / len(pay):.1f}")

out = io.StringIO()
w = csv.writer(out)
w.writerow(["id", "note", "score"])
w.writerows([[1, "plain", 3.5], [2, "has,comma", None], [3, 'say "hi"', 10], [4, "", 0]])
print(repr(out.getvalue()))

out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["city", "pop"], lineterminator="\n")
dw.writeheader()
dw.writerow({"city": "Oslo", "pop": 709000})
dw.writerow({"city": "Bergen"})
print(out.getvalue(), end="")
try:
    dw.writerow({"city": "X", "area": 3})
except ValueError as e:
    print("ValueError:", e)

tsv = "a\tb\tc\n1\t2\t3\n"
print(list(csv.reader(io.StringIO(tsv), delimiter="\t")))
print(list(csv.reader(["x; y;z"], delimiter=";", skipinitialspace=True)))
out = io.StringIO()
csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\n").writerow(["a", 1, 2.5])
csv.writer(out, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n").writerow(["a", 1, 2.5])
print(out.getvalue(), end="")
print(list(csv.reader(['"1",2,3'], quoting=csv.QUOTE_NONNUMERIC)))
reader = csv.reader(io.StringIO("k,v\n\nx,1\n"))
for row in reader:
    print(reader.line_num, row)
