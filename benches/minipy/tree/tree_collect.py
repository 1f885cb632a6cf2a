# tree_build.py plus full collections over the live tree, ten so that their time stands out of
# the build's noise: (CPU time - tree_build's) / 10 is one gc.collect()'s.
import gc


class Node:
    def __init__(self, left, right):
        self.left = left
        self.right = right


def build(depth):
    if depth == 0:
        return Node(None, None)
    return Node(build(depth - 1), build(depth - 1))


tree = build(20)
for _ in range(10):
    gc.collect()
print(tree.left.right.left is not None)
