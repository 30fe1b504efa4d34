"""Alternations of literal phrases written as a character trie, which Python's regular expressions scan fast.

``a|ab|abc|b`` makes the engine try every phrase at every position of the text; the same
phrases as a trie, ``(?:a(?:b(?:c)?)?|b)``, test one character per branch.  The trie
matches the same strings, and where several phrases match at one position it tries the
longest first, as the alternation of :func:`kg.extract.cues._compile` (phrases sorted
longest first) does: each node tries its children before it ends, and in a case-sensitive
pattern at most one child can go on with the next character.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_END = ""  # the key under which a node records that a phrase ends there


def _insert(root: dict, phrase: str) -> None:
    node = root
    for char in phrase:
        node = node.setdefault(char, {})
    node[_END] = {}


def _source(node: dict) -> str:
    branches = [re.escape(char) + _source(child) for char, child in sorted(node.items()) if char != _END]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if _END in node:  # a phrase ends here and longer ones go on: the longer are tried first
        return f"(?:{body})?"
    return body


def trie_source(phrases: Iterable[str], word_start: bool = False) -> str:
    r"""A regular expression matching exactly the given literal phrases; with ``word_start``, only where no
    word character comes before (``(?<!\w)``).  That test is made after the first character, so that the
    pattern opens with a set of characters the engine can look for quickly."""
    root: dict = {}
    for phrase in phrases:
        if phrase:
            _insert(root, phrase)
    if not root:
        return "(?!)"
    if not word_start:
        return f"(?:{_source(root)})"
    # "(?<!\w)c..." is "c(?<!\w.)...": the character before c is no word character
    branches = []
    for char, child in sorted(root.items()):
        branches.append(re.escape(char) + r"(?<!\w(?s:.))" + _source(child))
    return "(?:" + "|".join(branches) + ")"
