# unittest: module fixtures found through the test classes, class-level errors in the verbose
# output, nested subtests' parameter order, expected failures, -f and -k through main(argv=...).
import io
import re
import unittest


def setUpModule():
    print('setUpModule')


def tearDownModule():
    print('tearDownModule')


class Broken(unittest.TestCase):
    @classmethod
    def tearDownClass(cls):
        raise KeyError('teardown')

    @unittest.expectedFailure
    def test_xfail(self):
        self.fail('expected')

    def test_nested(self):
        with self.subTest(a=1, b=2):
            with self.subTest(c=3, a=9):
                with self.subTest(d=4):
                    self.assertEqual(1, 2)


class NoSetup(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError('no class today')

    def test_never(self):
        print('not run')


class Fine(unittest.TestCase):
    def test_alpha(self):
        pass

    def test_beta(self):
        self.assertTrue(False)

    def test_gamma(self):
        pass


def main(*args):
    buf = io.StringIO()
    prog = unittest.main(argv=['prog'] + list(args), exit=False,
                         testRunner=unittest.TextTestRunner(stream=buf, verbosity=2))
    print(re.sub(r'Ran (\d+) tests? in [0-9.]+s', r'Ran \1 tests in X', buf.getvalue()))
    r = prog.result
    print(r.testsRun, len(r.failures), len(r.errors), len(r.expectedFailures), r.wasSuccessful())


main()
main('-f', '-k', 'alpha', '-k', 'beta', 'Fine')
