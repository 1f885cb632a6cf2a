# tree_build.py plus one full collection over the live tree: its CPU time minus tree_build's is
# the collection's.
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
gc.collect()
print(tree.left.right.left is not None)
