# unittest.main() on the module's own test classes, writing to stderr as CPython does (the timing
# line is the one thing the corpus cannot compare, so this run has no tests that take time and
# prints the result's counts itself); exit=False.
import unittest


class Arithmetic(unittest.TestCase):
    def test_add(self):
        self.assertEqual(1 + 1, 2)

    def test_div(self):
        with self.assertRaises(ZeroDivisionError):
            1 // 0

    def test_lists(self):
        self.assertListEqual([1, 2], [1, 2])


class Strings(unittest.TestCase):
    def test_upper(self):
        self.assertEqual('abc'.upper(), 'ABC')

    def test_split(self):
        self.assertEqual('a b'.split(), ['a', 'b'])


if __name__ == '__main__':
    import io
    runner = unittest.TextTestRunner(stream=io.StringIO(), verbosity=2)
    prog = unittest.main(exit=False, testRunner=runner)
    print(prog.result.testsRun, prog.result.wasSuccessful())
    print(sorted(t.id() for t in unittest.defaultTestLoader.loadTestsFromTestCase(Strings)))
