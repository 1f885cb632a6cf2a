#!/usr/bin/env python3
"""Writes minipy/src/runtime/case_tables.rs from the running Python's Unicode database: the
characters whose titlecase differs from their uppercase and whose case folding differs from their
lowercase (Rust's char methods give upper- and lowercase; these two tables give the rest).

usage: python3 tools/case_tables.py > minipy/src/runtime/case_tables.rs   (with CPython 3.11)
"""
import sys
import unicodedata


def table(name, pairs, doc):
    print(f"/// {doc}")
    print(f"pub const {name}: &[(char, &str)] = &[")
    for c, s in pairs:
        text = "".join(f"\\u{{{ord(ch):x}}}" for ch in s)
        print(f"    ('\\u{{{c:x}}}', \"{text}\"),")
    print("];")


chars = [c for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF]
print(f"//! Case mappings Rust's `char` lacks, from Unicode {unicodedata.unidata_version} (CPython "
      f"{sys.version_info.major}.{sys.version_info.minor}'s `unicodedata`),")
print("//! written by `tools/case_tables.py`: do not edit by hand. Both tables are sorted by char.")
print()
table("TITLECASE", [(c, chr(c).title()) for c in chars if chr(c).title() != chr(c).upper()],
      "Characters whose titlecase (`str.title`, `str.capitalize`) is not their uppercase.")
print()
table("CASEFOLD", [(c, chr(c).casefold()) for c in chars if chr(c).casefold() != chr(c).lower()],
      "Characters whose full case folding (`str.casefold`) is not their lowercase.")
