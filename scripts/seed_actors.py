"""Print the actors found in a text file (default: the shared seed article), one per line.

Usage: PYTHONPATH=src .venv/bin/python scripts/seed_actors.py [FILE]
"""

import sys

from eventwire.actors import ActorResolver
from eventwire.document import Document
from eventwire.model import Article
from eventwire.nlp import load
from eventwire.places import PlaceResolver

path = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/examples/seed-article.txt"
text = open(path, encoding="utf-8").read()
d = Document(Article(id="seed", text=text), load()(text))
PlaceResolver()(d)
ActorResolver()(d)
for a in d.article.actors:
    ante = f"  <- '{a.antecedent.text}'@{a.antecedent.start}" if a.antecedent else ""
    print(f"{a.start:5} {a.text!r:48} {a.name!r:32} {a.country or '-':4} {a.sector or '-':4} {a.kind or '-':12} {a.role or '-':16}{ante}")
    if "-v" in sys.argv:
        print("      ", a.method)
