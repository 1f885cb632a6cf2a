import unittest
import io
import re


def rle_encode(s: str) -> str:
    if not isinstance(s, str):
        raise TypeError("expected str")
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        run = j - i
        if s[i].isdigit():
            raise ValueError(f"digit {s[i]!r} at position {i}")
        out.append(f"{run}{s[i]}" if run > 1 else s[i])
        i = j
    return "".join(out)


def rle_decode(s: str) -> str:
    return "".join(ch * int(n or 1) for n, ch in re.findall(r"(\d*)(\D)", s))


class TestEncode(unittest.TestCase):
    def test_empty(self):
        self.assertEqual(rle_encode(""), "")

    def test_simple(self):
        self.assertEqual(rle_encode("aaabcc"), "3ab2c")

    def test_long_run(self):
        self.assertEqual(rle_encode("x" * 12), "12x")

    def test_digit_rejected(self):
        with self.assertRaises(ValueError) as ctx:
            rle_encode("ab1")
        self.assertIn("position 2", str(ctx.exception))

    def test_type(self):
        self.assertRaises(TypeError, rle_encode, 42)

    def test_deliberate_failure(self):
        self.assertEqual(rle_encode("aab"), "a2b", "known bad expectation")


class TestDecode(unittest.TestCase):
    def test_roundtrip(self):
        for sample in ["", "a", "hello", "zzzzzzzzzzzzzzzz", "aabbbcccc d"]:
            with self.subTest(sample=sample):
                self.assertEqual(rle_decode(rle_encode(sample)), sample)

    def test_decode_counts(self):
        self.assertEqual(rle_decode("3a2b"), "aaabb")
        self.assertTrue(rle_decode("10z").startswith("zzz"))
        self.assertFalse(rle_decode("a") == "aa")

    @unittest.skip("not implemented yet")
    def test_unicode(self):
        self.fail("never runs")

    def test_error(self):
        raise RuntimeError("boom")

    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertEqual(rle_decode("2"), "??")


class TestFixtures(unittest.TestCase):
    def setUp(self):
        self.data = ["aaa", "bb", "c"]

    def tearDown(self):
        self.data.clear()

    def test_lengths(self):
        self.assertListEqual([len(rle_encode(d)) for d in self.data], [2, 2, 1])

    def test_almost(self):
        self.assertAlmostEqual(len(rle_encode("ab" * 3)) / 7, 0.857, places=3)
        self.assertGreater(len("abc"), len(rle_encode("aaa")) - 1)
        self.assertIsNone(None)
        self.assertIsInstance(rle_encode("q"), str)


suite = unittest.TestSuite()
loader = unittest.TestLoader()
for case in (TestEncode, TestDecode, TestFixtures):
    suite.addTests(loader.loadTestsFromTestCase(case))
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=0).run(suite)
print("ran:", result.testsRun)
print("failures:", [t.id().split(".", 1)[1] for t, _ in result.failures])
print("errors:", [t.id().split(".", 1)[1] for t, _ in result.errors])
print("skipped:", [(t.id().split(".")[-1], why) for t, why in result.skipped])
print("expected failures:", len(result.expectedFailures))
print("successful:", result.wasSuccessful())
for t, tb in result.failures:
    print("last line:", tb.strip().splitlines()[-1])
print(rle_encode("WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW"))
