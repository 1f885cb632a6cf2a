# At exit the module's globals die as one batch of cyclic garbage (the class's methods refer
# back to them): CPython runs the batch's __del__ methods in gc list order, which is the order the
# objects were allocated, not the globals' insertion order nor the references among them.
class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('del', self.n)


l = [A(1), A(2), A(3)]
x = l[2]
y = l[0]
z = l[1]
del l
p = A(6)
q = A(4)
r = A(5)
q.other = p
print('end')
