#!/usr/bin/env python3
"""Copies a folder's documents COUNT times over into team and case folders, as a service
keeps them: DIR/team-07/case-00123/plan.md. bench/run uses it to make the practitioner
corpus (shared/corpus/practitioner, 19 documents) a service's worth of files.

    bench/copy_corpus.py SOURCE DIR COUNT
"""
import shutil
import sys
from pathlib import Path

TEAMS = 20


def main() -> None:
    source, target, count = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    documents = sorted(p for p in source.iterdir() if p.suffix in (".md", ".docx"))
    if not documents:
        sys.exit(f"copy_corpus.py: no documents in {source}")
    shutil.rmtree(target, ignore_errors=True)
    for n in range(count):
        case = n // len(documents)
        folder = target / f"team-{case % TEAMS:02d}" / f"case-{case:05d}"
        if n % len(documents) == 0:
            folder.mkdir(parents=True)
        document = documents[n % len(documents)]
        shutil.copyfile(document, folder / document.name)


if __name__ == "__main__":
    main()
