#!/usr/bin/env python3
"""Writes minipy/src/modules/unicode_category.rs from the running Python's Unicode database: every
code point's general category, as sorted ranges (unassigned code points, `Cn`, are left out).

usage: python3 tools/category_table.py > minipy/src/modules/unicode_category.rs   (CPython 3.11)
"""
import sys
import unicodedata

ranges = []
for c in range(sys.maxunicode + 1):
    cat = unicodedata.category(chr(c))
    if cat == "Cn":
        continue
    if ranges and ranges[-1][1] == c - 1 and ranges[-1][2] == cat:
        ranges[-1][1] = c
    else:
        ranges.append([c, c, cat])
print(f"//! General categories from Unicode {unicodedata.unidata_version} (CPython "
      f"{sys.version_info.major}.{sys.version_info.minor}'s `unicodedata`), written by")
print("//! `tools/category_table.py`: do not edit by hand.")
print()
print("/// `(first, last, category)`, sorted, disjoint; a code point in none is `Cn`.")
print("pub const CATEGORIES: &[(u32, u32, &str)] = &[")
for a, b, cat in ranges:
    print(f"    (0x{a:x}, 0x{b:x}, \"{cat}\"),")
print("];")
print()
print("/// The general category of `c` (`Lu`, `Nd`, ...).")
print("pub fn category(c: char) -> &'static str {")
print("    let c = c as u32;")
print("    match CATEGORIES.binary_search_by(|(first, last, _)| {")
print("        if *last < c {")
print("            std::cmp::Ordering::Less")
print("        } else if *first > c {")
print("            std::cmp::Ordering::Greater")
print("        } else {")
print("            std::cmp::Ordering::Equal")
print("        }")
print("    }) {")
print("        Ok(i) => CATEGORIES[i].2,")
print("        Err(_) => \"Cn\",")
print("    }")
print("}")
