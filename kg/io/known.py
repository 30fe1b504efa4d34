"""A build's input as entries, and what a build remembers of the lines it read so the next one can skip them.

Every article a build reads becomes an :class:`Entry`: its content hash and
its read key (a hash of what is read with it: file, id, date...), which are all
the build needs to tell whether the store already holds it.  Only an article
to extract needs its text.

Gzipped JSONL (the corpus) is read line by line as bytes; each line's hash is
kept in the build folder (``reads.json``) with its file, number, content hash
and read key.  The next build finds the same bytes at the same line of the same
file and takes the two hashes as they were, without decoding, parsing or
normalising the line: a corpus with a hundred articles added is mostly hashing
and decompression.  The two hashes are a function of the line, its file's name
and number, ``max_chars`` and the reading code (:data:`FORMAT` and the
extraction fingerprint, which covers :mod:`kg.io.reader`); a file of another
reading code is ignored.  Any other input, and a gzipped file that is damaged
or holds a carriage return, is read by :mod:`kg.io.reader` as before.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

from isal import igzip, isal_zlib

from .reader import RawArticle, ReadError, _suffix, expand, raw_id, read_jsonl_line, read_path

#: What ISA-L raises on a damaged stream (its stubs declare it as an instance, hence the cast).
_ISAL_ERROR = cast("type[Exception]", isal_zlib.error)
#: Bump when what a line's hashes depend on changes outside kg.io.reader.
FORMAT = 1
READS_FILE = "reads.json"
#: Characters of one article kept at most (the longest of the 35,382 corpus articles has fewer); the rest is cut.
DEFAULT_MAX_CHARS = 200_000


@dataclass(frozen=True)
class Entry:
    """One article given to a build."""

    article_id: str  # hash of its text as read
    key: str  # hash of what is read with it
    raw: RawArticle | None  # None when taken from the previous build's lines (not read again)
    line: tuple[str, int, str] | None = None  # (file as named, line number, hash of the line) to remember


@dataclass(frozen=True)
class Reads:
    """What the previous build read: its articles (content hash -> read key) and lines (file -> number -> hashes)."""

    articles: dict[str, str] = field(default_factory=dict)
    lines: dict[str, dict[int, tuple[str, str, str]]] = field(default_factory=dict)


def load(path: Path, fingerprint: str, max_chars: int | None) -> Reads | None:
    """The reads written with the same reading code and limit, or None."""
    try:
        data = json.loads(path.read_bytes())
        if data["format"] != FORMAT or data["fingerprint"] != fingerprint or data["max_chars"] != max_chars:
            return None
        lines = {source: {int(n): (d, a, k) for n, (d, a, k) in numbers.items()} for source, numbers in data["lines"].items()}
        return Reads(dict(data["articles"]), lines)
    except (OSError, ValueError, KeyError, TypeError):
        return None


def dump(entries: Iterable[Entry], articles: dict[str, str], fingerprint: str, max_chars: int | None) -> bytes:
    """The reads file of a build of ``entries`` whose store holds ``articles``."""
    lines: dict[str, dict[str, list[str]]] = {}
    for e in entries:
        if e.line is not None:
            source, number, digest = e.line
            lines.setdefault(source, {})[str(number)] = [digest, e.article_id, e.key]
    data = {"format": FORMAT, "fingerprint": fingerprint, "max_chars": max_chars,
            "articles": dict(sorted(articles.items())), "lines": lines}
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def source_name(root: str | Path, path: str) -> str:
    """How ``path``, found under the input ``root``, is named in the graph (``kg:sourceFile``).

    The name does not depend on how the input was written (``seeds``, ``./seeds/``,
    ``/home/me/kg/seeds``): it is the folder's own name and the path inside it
    (``seeds/003.txt``), or just the file's name when a file was given.
    """
    root = Path(root)
    base = Path(os.path.abspath(root))
    if not root.is_dir():
        return base.name or path
    inside = Path(os.path.relpath(os.path.abspath(path), base)).as_posix()
    return f"{base.name}/{inside}" if base.name else inside


def cut(raw: RawArticle, max_chars: int | None) -> tuple[RawArticle, str | None]:
    """``raw`` cut to ``max_chars`` characters (at a line or word break), with a one-line warning."""
    text = raw.text
    if not max_chars or len(text) <= max_chars:
        return raw, None
    end = text.rfind("\n", 0, max_chars + 1)
    if end < max_chars * 0.9:
        end = text.rfind(" ", 0, max_chars + 1)
    if end < max_chars * 0.9:
        end = max_chars
    where = raw.meta["source_file"]
    if raw.meta.get("identifier") and raw.meta["identifier"] != Path(where).stem:
        where = f"{where} (id {raw.meta['identifier']})"
    warning = (f"{where}: article of {len(text):,} characters cut to its first {end:,} "
               f"(limit --max-chars {max_chars}): split the file if it holds several articles")
    return RawArticle(text[:end], raw.meta), warning


def read_key(meta: dict) -> str:
    """A hash of what is read with an article besides its text: when it changes, the article is re-extracted."""
    data = json.dumps(meta, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(data.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _gz_lines(path: Path, seen: dict[int, tuple[str, str, str]]
              ) -> list[tuple[int, str, RawArticle | ReadError | tuple[str, str] | None]] | None:
    """Each line of a gzipped JSONL file: its number, hash, and the article's two hashes when the line is
    one seen before, else the line read; None when the file must be read the reader's way.

    Decompressed with ISA-L (``isal``), three times faster than the standard library's zlib on the corpus;
    any damage sends the file to the reader, which reads it with :mod:`gzip` and reports it as before.
    """
    out: list[tuple[int, str, RawArticle | ReadError | tuple[str, str] | None]] = []
    try:
        with igzip.open(path, "rb") as f:
            for number, line in enumerate(f, 1):
                if b"\r" in line:  # the reader's text mode ends a line there too
                    return None
                digest = hashlib.sha256(line).hexdigest()[:32]
                before = seen.get(number)
                if before is not None and before[0] == digest:
                    out.append((number, digest, (before[1], before[2])))
                else:
                    out.append((number, digest, read_jsonl_line(path, number, line.decode("utf-8"))))
    except (OSError, EOFError, UnicodeDecodeError, _ISAL_ERROR):  # damaged: the reader says how, and keeps what it can
        return None
    return out


def read_entries(inputs: Iterable[str | Path], max_chars: int | None = DEFAULT_MAX_CHARS, reads: Reads | None = None
                 ) -> tuple[list[Entry], list[ReadError], list[str]]:
    """The articles of ``inputs`` (named reproducibly, cut to ``max_chars``), the read errors and warnings;
    lines of gzipped JSONL found unchanged in ``reads`` come without their text."""
    reads = reads or Reads()
    entries: list[Entry] = []
    errors: list[ReadError] = []
    warnings: list[str] = []

    def add(item: RawArticle, source: str, line: tuple[str, int, str] | None) -> None:
        item, warning = cut(item, max_chars)
        if warning:
            warnings.append(warning)
            line = None  # read again next time, to warn again
        raw = RawArticle(item.text, dict(item.meta, source_file=source))
        entries.append(Entry(raw_id(raw.text), read_key(raw.meta), raw, line))

    for root in inputs:
        for path in expand([root]):
            if isinstance(path, ReadError):
                errors.append(path)
                continue
            source = source_name(root, str(path))
            lines = _gz_lines(path, reads.lines.get(source, {})) if _suffix(path) == ".jsonl.gz" else None
            if lines is None:
                for item in read_path(path):
                    if isinstance(item, ReadError):
                        errors.append(item)
                    else:
                        add(item, source_name(root, item.meta["source_file"]), None)
                continue
            for number, digest, found in lines:
                if isinstance(found, tuple):
                    entries.append(Entry(found[0], found[1], None, (source, number, digest)))
                elif isinstance(found, ReadError):
                    errors.append(found)
                elif found is not None:
                    add(found, source, (source, number, digest))
    return entries, errors, warnings


def read_inputs(inputs: Iterable[str | Path], max_chars: int | None = DEFAULT_MAX_CHARS
                ) -> tuple[list[RawArticle], list[ReadError], list[str]]:
    """The articles of ``inputs`` (named reproducibly, cut to ``max_chars``), the read errors and warnings."""
    entries, errors, warnings = read_entries(inputs, max_chars)
    return [e.raw for e in entries if e.raw is not None], errors, warnings
