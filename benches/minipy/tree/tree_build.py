# A binary tree of 2^21-1 instances of a two-attribute class (issue #15's object-model benchmark).
class Node:
    def __init__(self, left, right):
        self.left = left
        self.right = right


def build(depth):
    if depth == 0:
        return Node(None, None)
    return Node(build(depth - 1), build(depth - 1))


tree = build(20)
print(tree.left.right.left is not None)
