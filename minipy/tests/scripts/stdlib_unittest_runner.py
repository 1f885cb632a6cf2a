# unittest: the runner's output at verbosity 1 and 2 (the timing line masked), fixtures,
# cleanups, skips, expected failures and subtests.
import io
import re
import unittest

log = []


class Fixtures(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append('setUpClass')

    @classmethod
    def tearDownClass(cls):
        log.append('tearDownClass')

    def setUp(self):
        log.append('setUp ' + self._testMethodName)
        self.addCleanup(log.append, 'cleanup ' + self._testMethodName)

    def tearDown(self):
        log.append('tearDown')

    def test_ok(self):
        self.assertEqual(2 + 2, 4)

    def test_fail(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])

    def test_error(self):
        {}['missing']

    @unittest.skip('not today')
    def test_skipped(self):
        pass

    @unittest.expectedFailure
    def test_xfail(self):
        self.assertTrue(False)

    @unittest.expectedFailure
    def test_xpass(self):
        pass

    def test_sub(self):
        """Subtests, one failing."""
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)


@unittest.skip('whole class')
class Skipped(unittest.TestCase):
    def test_a(self):
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


run(1, Fixtures)
print(log)
run(2, Fixtures, Skipped)
