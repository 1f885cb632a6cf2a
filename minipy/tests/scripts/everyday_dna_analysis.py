from collections import Counter, defaultdict, namedtuple
from itertools import islice
import re

CODON_TABLE = {
    "ATG": "M", "TTT": "F", "TTC": "F", "TTA": "L", "TTG": "L", "CTT": "L", "CTC": "L",
    "GCT": "A", "GCC": "A", "GGA": "G", "GGC": "G", "AAA": "K", "AAG": "K", "GAT": "D",
    "TGG": "W", "CCC": "P", "TCT": "S", "AGC": "S", "CAT": "H", "GTT": "V", "ACA": "T",
    "TAA": "*", "TAG": "*", "TGA": "*",
}
COMPLEMENT = str.maketrans("ACGT", "TGCA")
Orf = namedtuple("Orf", "start end protein")

FASTA = """>seq1 sample alpha
ATGGCTTTTAAAGATTGGCCCTAAGGATGTTTGCCTAG
>seq2 sample beta
TTATGAAAGGAGCTGTTACATGA
>seq3 with junk
ATGNNNTTTTAA
"""


def read_fasta(text):
    name, buf = None, []
    for line in text.strip().splitlines():
        if line.startswith(">"):
            if name:
                yield name, "".join(buf)
            name, buf = line[1:].split()[0], []
        else:
            buf.append(line.strip().upper())
    if name:
        yield name, "".join(buf)


def gc_content(seq: str) -> float:
    return (seq.count("G") + seq.count("C")) / len(seq) if seq else 0.0


def reverse_complement(seq: str) -> str:
    return seq.translate(COMPLEMENT)[::-1]


def kmers(seq: str, k: int):
    return (seq[i:i + k] for i in range(len(seq) - k + 1))


def translate(seq: str) -> str:
    codons = (seq[i:i + 3] for i in range(0, len(seq) - 2, 3))
    return "".join(CODON_TABLE.get(c, "X") for c in codons)


def find_orfs(seq: str):
    for m in re.finditer(r"(?=ATG)", seq):
        start = m.start()
        protein = ""
        for i in range(start, len(seq) - 2, 3):
            aa = CODON_TABLE.get(seq[i:i + 3], "X")
            if aa == "*":
                yield Orf(start, i + 3, protein)
                break
            protein += aa


records = dict(read_fasta(FASTA))
print("records:", list(records))
for name, seq in records.items():
    bases = Counter(seq)
    print(f"{name}: len={len(seq)} GC={gc_content(seq):.1%} bases={dict(sorted(bases.items()))}")
    print(f"   revcomp: {reverse_complement(seq)}")
    print(f"   protein: {translate(seq)}")
    for orf in find_orfs(seq):
        print(f"   ORF {orf.start}-{orf.end}: {orf.protein or '(empty)'}")

s1 = records["seq1"]
k3 = Counter(kmers(s1, 3))
print("top 3-mers:", sorted(k3.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
positions = defaultdict(list)
for i, km in enumerate(kmers(s1, 4)):
    positions[km].append(i)
print("repeated 4-mers:", {k: v for k, v in sorted(positions.items()) if len(v) > 1})
print("first five 2-mers:", list(islice(kmers(s1, 2), 5)))
a, b = "GAGCCTACTAACGGGAT", "CATCGTAATGACGGCCT"
print("hamming:", sum(x != y for x, y in zip(a, b, strict=True)))
try:
    list(zip("AB", "ABC", strict=True))
except ValueError as e:
    print("zip strict:", e)
total = sum((Counter(s) for s in records.values()), Counter())
print("total:", total.most_common(), total["N"], total["Z"])
o = Orf(1, 2, "MK")
print(o, o._asdict(), o[2], o.protein)
