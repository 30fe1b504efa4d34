"""Write the development set's articles (read from ../shared/corpus) to a JSONL file outside the repository.

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


def write_devset(out: Path, corpus: Path = CORPUS, gold: Path = GOLD) -> int:
    ids = {json.loads(line)["id"] for line in gold.open(encoding="utf-8") if line.strip()}
    n = 0
    with gzip.open(corpus, "rt", encoding="utf-8") as f, out.open("w", encoding="utf-8") as w:
        for line in f:
            if json.loads(line).get("id") in ids:
                w.write(line)
                n += 1
    return n


if __name__ == "__main__":
    if not CORPUS.exists():
        sys.exit(f"{CORPUS} is absent: the development set is read from it")
    print(write_devset(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/dev.jsonl")), "articles", file=sys.stderr)
