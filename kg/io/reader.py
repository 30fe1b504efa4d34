"""Read articles from ``.txt``, ``.html`` and ``.jsonl``/``.jsonl.gz`` files and folders.

Reading never stops at a bad file: each problem becomes a :class:`ReadError`
(one line, naming the file and the fix) and the other articles still come.
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from ..dates import find_dateline, find_dates, infer_year
from ..model import Article
from ..text import Normalised, normalise
from .furniture import body_spans

SUFFIXES = (".txt", ".html", ".htm", ".jsonl", ".jsonl.gz")
_SOURCE = re.compile(r"^\(\s*([\w.-]+\.(?:vn|com|net|org))\s*\)\s*[-–]", re.I)
_DATELINE = re.compile(r"^(Clock)?\s*(Thứ \w+|Chủ nhật|Cập nhật|Ngày đăng)?.{0,12}\d{1,2}/\d{1,2}/\d{4}")


@dataclass(frozen=True)
class RawArticle:
    """An article as read, before normalisation: its text and what :func:`make_article` needs besides."""

    text: str
    meta: dict  # identifier, source_file, and optionally title, date, source, url


def raw_id(raw: str) -> str:
    """An article's identity: a hash of its text as read (so a rebuild can skip it unread)."""
    return hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()[:16]


@dataclass(frozen=True)
class ReadError:
    """A file (or a line of one) that could not be read as an article."""

    path: str
    message: str  # one line: what is wrong and how to fix it
    verb: str = "skipped"  # "partly read" when the articles before the problem were read

    def __str__(self) -> str:
        return f"{_printable(self.path)}: {self.message}"


def _printable(text: str) -> str:
    """``text`` with control characters (a newline in a file name) escaped, so a message stays one line."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


def _suffix(path: Path) -> str:
    name = path.name.lower()
    return ".jsonl.gz" if name.endswith(".jsonl.gz") else path.suffix.lower()


def expand(paths: Iterable[str | Path]) -> Iterator[Path | ReadError]:
    """Files named, and the article files inside folders named, in a stable order."""
    for p in map(Path, paths):
        if p.is_symlink() and not p.exists():
            yield ReadError(str(p), _BAD_LINK)
        elif p.is_dir():
            found, bad = [], []
            for f in p.rglob("*"):
                if f.is_file() and _suffix(f) in SUFFIXES:
                    found.append(f)
                elif f.is_symlink() and not f.exists():
                    bad.append(f)
            if not found:
                yield ReadError(str(p), "folder holds no .txt, .html or .jsonl article: point at article files")
            yield from (ReadError(str(f), _BAD_LINK) for f in sorted(bad))
            yield from sorted(found)
        elif p.exists():
            yield p
        else:
            yield ReadError(str(p), "no such file or folder: check the path")


_BAD_LINK = "symbolic link that leads nowhere or loops back on itself: point it at an article file or remove it"


def _decode(path: Path, data: bytes) -> str | ReadError:
    if not data.strip():
        return ReadError(str(path), "file is empty: remove it or put an article in it")
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):  # UTF-16 with its byte-order mark (Notepad's "Unicode")
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as e:
            return ReadError(str(path), f"not valid UTF-16 (byte {e.start}): re-save the file as UTF-8")
    if b"\x00" in data[:4096]:
        return ReadError(str(path), "binary file, not text: give a UTF-8 .txt, .html or .jsonl article")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        return ReadError(str(path), f"not UTF-8 (byte {e.start}): re-save the file as UTF-8")


def make_article(
    raw: str,
    *,
    identifier: str,
    source_file: str,
    title: str | None = None,
    date: dt.date | None = None,
    source: str | None = None,
    url: str | None = None,
    normalised: Normalised | None = None,
) -> Article:
    """Normalise ``raw`` (unless ``normalised``, its :func:`~kg.text.normalise`, is given) and locate title,
    source, date and body."""
    norm = normalise(raw) if normalised is None else normalised
    text = norm.text
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if title is None:
        candidates = [line for line in lines[:4] if not _DATELINE.match(line) and not _SOURCE.match(line)]
        title = candidates[0] if candidates else (lines[0] if lines else "")
    if source is None:
        for line in lines[:5]:
            m = _SOURCE.match(line)
            if m:
                source = m.group(1)
                break
    body = body_spans(text, title)
    if date is None:
        date = find_dateline(text) or _lead_date(text, body, title)
    return Article(
        id=raw_id(raw),
        identifier=identifier,
        source_file=source_file,
        title=title,
        text=text,
        norm=norm,
        body=body,
        date=date,
        source=source,
        url=url,
    )


_LEAD_DATE = re.compile(r"(?:Sáng|Chiều|Tối|Trưa|Đêm|Ngày|Hôm nay|Hôm qua)\s+(?:ngày\s+)?\d{1,2}/\d{1,2}")


def _lead_date(text: str, body: tuple[tuple[int, int], ...], title: str = "") -> dt.date | None:
    """The day a news lead opens with ("Sáng 22/1, UBND tỉnh ..."), its year from the body."""
    for start, end in body[:4]:
        if _LEAD_DATE.match(text, start, end):
            year = infer_year("\n".join([title] + [text[s:e] for s, e in body]))
            for d in find_dates(text[start:end], reference_year=year)[:1]:
                if d.granularity == "day" and d.start == 0:
                    return dt.date.fromisoformat(d.value)
            return None
    return None


class _HTMLText(HTMLParser):
    _SKIP = frozenset({"script", "style", "nav", "header", "footer", "aside", "form", "noscript", "svg", "button"})
    _BLOCK = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "figcaption", "section", "article", "blockquote"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.title = ""
        self.h1 = ""
        self._in: str | None = None
        self.meta: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self.skip += 1
        elif tag == "meta":
            a = dict(attrs)
            key = a.get("property") or a.get("name") or a.get("itemprop")
            if key and a.get("content"):
                self.meta[key.lower()] = a["content"] or ""
        if tag in ("title", "h1"):
            self._in = tag
        if tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP and self.skip:
            self.skip -= 1
        if tag == self._in:
            self._in = None
        if tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in == "title":
            self.title += data
            return
        if self.skip:
            return
        if self._in == "h1":
            self.h1 += data
        self.parts.append(data)


def _iso_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
    if m:
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    return None


def _read_html(path: Path, text: str) -> RawArticle:
    parser = _HTMLText()
    parser.feed(text)
    body = re.sub(r"[ \t\r\f\v]+", " ", "".join(parser.parts))
    body = re.sub(r" *\n[ \n]*", "\n\n", body).strip()
    title = (parser.h1 or parser.meta.get("og:title") or parser.title).strip() or None
    if title and not body.startswith(title):
        body = title + "\n\n" + body
    meta = parser.meta
    return RawArticle(body, dict(
        identifier=path.stem,
        source_file=str(path),
        title=normalise(title).text if title else None,
        date=_iso_date(meta.get("article:published_time") or meta.get("datepublished")),
        source=meta.get("og:site_name"),
        url=meta.get("og:url"),
    ))


def _read_jsonl(path: Path, lines: Iterable[str]) -> Iterator[RawArticle | ReadError]:
    for number, line in enumerate(lines, 1):
        item = read_jsonl_line(path, number, line)
        if item is not None:
            yield item


def read_jsonl_line(path: Path, number: int, line: str) -> RawArticle | ReadError | None:
    """Line ``number`` (from 1) of the JSONL file ``path`` as an article, an error, or None when blank."""
    if not line.strip():
        return None
    where = f"{path}:{number}"
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as e:
        return ReadError(where, f"not valid JSON ({e.msg}): one JSON object per line")
    if not isinstance(rec, dict):
        return ReadError(where, 'not an object: each line needs {"id", "title", "lead", "text"}')
    wrong = next((k for k in ("title", "lead", "text") if rec.get(k) is not None and not isinstance(rec[k], str)), None)
    if wrong:
        kind = type(rec[wrong]).__name__.replace("dict", "object").replace("int", "number").replace("float", "number")
        return ReadError(where, f'"{wrong}" is a {kind}, not a string: write it as text in quotes')
    title = str(rec.get("title") or "").strip()
    parts = [title, str(rec.get("lead") or "").strip(), str(rec.get("text") or "").strip()]
    if not parts[1] and not parts[2]:
        return ReadError(where, 'no "text" or "lead": each line needs an article body')
    raw = "\n\n".join(p for p in parts if p)
    return RawArticle(raw, dict(
        identifier=str(rec.get("id", f"{path.stem}-{number}")),
        source_file=str(path),
        title=normalise(title).text if title else None,
        date=_iso_date(rec.get("date") if isinstance(rec.get("date"), str) else None),
        source=rec.get("source") if isinstance(rec.get("source"), str) else None,
        url=rec.get("url") if isinstance(rec.get("url"), str) else None,
    ))


def _read_jsonl_gz(path: Path) -> Iterator[RawArticle | ReadError]:
    """The articles of a gzipped JSONL file; when it ends early, those before the damage and one error."""
    lines_read = [0]
    articles = 0

    def lines(f):
        for line in f:
            lines_read[0] += 1
            yield line

    try:
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for item in _read_jsonl(path, lines(f)):
                articles += not isinstance(item, ReadError)
                yield item
    except (OSError, EOFError, UnicodeDecodeError) as e:
        if not lines_read[0]:
            yield ReadError(str(path), f"cannot be read ({e.__class__.__name__}: {e}): check the file")
            return
        yield ReadError(str(path), f"ends early after line {lines_read[0]} ({e.__class__.__name__}: {e}): "
                        f"its first {articles} articles were read, the rest is lost: download or compress it again",
                        verb="partly read")


def read_path(path: Path) -> Iterator[RawArticle | ReadError]:
    """The articles in one file (several for JSONL), not yet normalised."""
    suffix = _suffix(path)
    if suffix not in SUFFIXES:
        yield ReadError(str(path), f"unsupported file type '{suffix or path.name}': use .txt, .html or .jsonl(.gz)")
        return
    try:
        if suffix == ".jsonl.gz":
            yield from _read_jsonl_gz(path)
            return
        data = path.read_bytes()
    except (OSError, EOFError, UnicodeDecodeError) as e:
        yield ReadError(str(path), f"cannot be read ({e.__class__.__name__}: {e}): check the file")
        return
    text = _decode(path, data)
    if isinstance(text, ReadError):
        yield text
    elif suffix == ".jsonl":
        yield from _read_jsonl(path, text.splitlines())
    elif suffix in (".html", ".htm"):
        yield _read_html(path, text)
    else:
        yield RawArticle(text, dict(identifier=path.stem, source_file=str(path)))


def read_raw(paths: Iterable[str | Path]) -> Iterator[RawArticle | ReadError]:
    """Every article under ``paths`` as read, with a ReadError for each problem."""
    for item in expand(paths):
        if isinstance(item, ReadError):
            yield item
        else:
            yield from read_path(item)


def read_articles(paths: Iterable[str | Path]) -> Iterator[Article | ReadError]:
    """Every article under ``paths``, normalised, with a ReadError for each problem."""
    for item in read_raw(paths):
        yield item if isinstance(item, ReadError) else make_article(item.text, **item.meta)
