"""Write the development set's articles (read from ../shared/corpus) to a JSONL file outside the repository.

The corpus carries no publication date, while real input does (and the issue's checks use dated input).
Each article written gets ``date`` = :data:`CRAWL_END` unless told otherwise: the corpus was crawled in
mid-2017 and its annotators read a day and month without a year as 2017, so the end of July 2017 is the
latest day any of its articles can have been published. ``--undated`` writes them as the corpus has them.

Example: python bench/devset.py /tmp/dev.jsonl && kg build /tmp/dev.jsonl --out /tmp/dev && kg eval tests/dev/gold.jsonl --graph /tmp/dev
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "vnnews-2017.jsonl.gz"
GOLD = ROOT / "tests" / "dev" / "gold.jsonl"
#: the date given to corpus articles, which have none: the end of the mid-2017 crawl
CRAWL_END = "2017-07-31"


def write_devset(out: Path, corpus: Path = CORPUS, gold: Path = GOLD, date: str | None = CRAWL_END) -> int:
    ids = {json.loads(line)["id"] for line in gold.open(encoding="utf-8") if line.strip()}
    n = 0
    with gzip.open(corpus, "rt", encoding="utf-8") as f, out.open("w", encoding="utf-8") as w:
        for line in f:
            rec = json.loads(line)
            if rec.get("id") in ids:
                if date is not None:
                    rec["date"] = date
                w.write(json.dumps(rec, ensure_ascii=False) + "\n")
                n += 1
    return n


if __name__ == "__main__":
    if not CORPUS.exists():
        sys.exit(f"{CORPUS} is absent: the development set is read from it")
    args = [a for a in sys.argv[1:] if a != "--undated"]
    n = write_devset(Path(args[0] if args else "/tmp/dev.jsonl"), date=None if "--undated" in sys.argv else CRAWL_END)
    print(n, "articles", file=sys.stderr)
