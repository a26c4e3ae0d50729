"""Time the actors stage against bare spaCy parsing of the same texts, in one run.

Usage: PYTHONPATH=src .venv/bin/python scripts/bench_actors.py FOLDER [--limit N]
"""

import sys
import time
from pathlib import Path

from eventwire.actors import ActorResolver
from eventwire.document import Document
from eventwire.model import Article
from eventwire.nlp import load
from eventwire.places import PlaceResolver

folder = Path(sys.argv[1])
limit = int(sys.argv[sys.argv.index("--limit") + 1]) if "--limit" in sys.argv else None
texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(folder.iterdir()) if p.is_file()][:limit]
nlp = load()
places, actors = PlaceResolver(), ActorResolver()
t0 = time.perf_counter()
docs = list(nlp.pipe(texts, batch_size=32))
parse = time.perf_counter() - t0
documents = [Document(Article(id=str(i), text=t), d) for i, (t, d) in enumerate(zip(texts, docs))]
for d in documents:
    places(d)
t0 = time.perf_counter()
n = 0
for d in documents:
    actors(d)
    n += len(d.article.actors)
stage = time.perf_counter() - t0
print(f"{len(texts)} articles, {sum(len(d) for d in docs):,} tokens, {n} actor mentions")
print(f"spaCy parse {parse:.2f} s; actors stage {stage:.3f} s = {100 * stage / parse:.1f}% of parse time")
