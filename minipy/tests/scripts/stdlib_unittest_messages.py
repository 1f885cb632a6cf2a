# unittest: the assert* failure messages (diffs of strings, lists and dicts included), through
# the runner and directly, assertRaises as a context manager, names and main(argv=...).
import io
import re
import unittest


class Messages(unittest.TestCase):
    def test_strings(self):
        self.assertEqual('alpha\nbeta\ngamma\n', 'alpha\nbeta\ndelta\n')

    def test_dicts(self):
        self.assertDictEqual({'a': 1, 'b': [1, 2]}, {'a': 1, 'b': [1, 3]})

    def test_long(self):
        self.assertEqual(list(range(25)), list(range(26)))

    def test_msg(self):
        self.assertIn(5, [1, 2, 3], 'five is missing')

    def test_raises(self):
        with self.assertRaises(ValueError):
            pass


def run(verbosity, *classes):
    loader = unittest.TestLoader()
    suite = unittest.TestSuite()
    for cls in classes:
        suite.addTests(loader.loadTestsFromTestCase(cls))
    buf = io.StringIO()
    result = unittest.TextTestRunner(stream=buf, verbosity=verbosity).run(suite)
    text = re.sub(r'Ran (\d+) tests? in [0-9.]+s', r'Ran \1 tests in X', buf.getvalue())
    # Keep the traceback header and last line only, as the corpus compares them.
    print(text)
    print(result, result.testsRun, len(result.failures), len(result.errors),
          len(result.skipped), len(result.expectedFailures), len(result.unexpectedSuccesses),
          result.wasSuccessful())

run(2, Messages)

tc = unittest.TestCase()
checks = [
    lambda: tc.assertEqual(1, 2),
    lambda: tc.assertNotEqual('a', 'a'),
    lambda: tc.assertTrue(0),
    lambda: tc.assertFalse([1]),
    lambda: tc.assertIs(None, 0),
    lambda: tc.assertIsNot(None, None),
    lambda: tc.assertIsNone('x'),
    lambda: tc.assertIsNotNone(None),
    lambda: tc.assertIn('z', 'abc'),
    lambda: tc.assertNotIn(1, {1: 2}),
    lambda: tc.assertIsInstance(3, str),
    lambda: tc.assertNotIsInstance(3, int),
    lambda: tc.assertGreater(1, 2),
    lambda: tc.assertGreaterEqual(1, 2),
    lambda: tc.assertLess(2, 1),
    lambda: tc.assertLessEqual(2, 1),
    lambda: tc.assertAlmostEqual(1.0, 1.1),
    lambda: tc.assertAlmostEqual(1.0, 1.5, delta=0.25),
    lambda: tc.assertNotAlmostEqual(1.0, 1.0 + 1e-9),
    lambda: tc.assertCountEqual([1, 1, 2], [1, 2, 2]),
    lambda: tc.assertCountEqual([[1], 2], [2, [3]]),
    lambda: tc.assertSetEqual({1, 2}, {2, 3}),
    lambda: tc.assertTupleEqual((1, 2), (1, 2, 3)),
    lambda: tc.assertSequenceEqual('abc', 'abd'),
    lambda: tc.assertRegex('hello', 'h.z'),
    lambda: tc.assertNotRegex('hello', 'l+'),
    lambda: tc.assertRaises(KeyError, lambda: None),
    lambda: tc.assertRaisesRegex(ValueError, 'nope', int, 'x'),
    lambda: tc.assertEqual('The quick brown fox jumps over the lazy dog. ' * 2,
                           'The quick brown fox jumps over the lazy cat. ' * 2),
    lambda: tc.assertMultiLineEqual('one line', 'one lime'),
    lambda: tc.fail('by hand'),
]
for check in checks:
    try:
        check()
    except AssertionError as e:
        print('AssertionError:', e)
    except ValueError as e:
        print('ValueError:', e)
with tc.assertRaises(ZeroDivisionError) as cm:
    1 / 0
print(type(cm.exception).__name__, cm.exception.args)
with tc.assertRaisesRegex(KeyError, 'miss'):
    raise KeyError('missing')
print(unittest.TestLoader().getTestCaseNames(Messages))
print(Messages('test_msg'), repr(Messages('test_msg')), Messages('test_msg').id())
print(Messages('test_long').shortDescription())
prog = unittest.main(argv=['prog', 'Messages.test_msg', 'Messages.test_raises'], exit=False,
                     testRunner=unittest.TextTestRunner(stream=io.StringIO()))
print(prog.result.testsRun, len(prog.result.failures))
try:
    unittest.main(argv=['prog', 'Messages.test_dicts'], testRunner=unittest.TextTestRunner(stream=io.StringIO()))
except SystemExit as e:
    print('exit', e.code)
