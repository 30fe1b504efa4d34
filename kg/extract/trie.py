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


def trie_source(phrases: Iterable[str]) -> str:
    """A regular expression (without word boundaries) matching exactly the given literal phrases."""
    root: dict = {}
    for phrase in phrases:
        if phrase:
            _insert(root, phrase)
    source = _source(root)
    return f"(?:{source})" if source else "(?!)"
