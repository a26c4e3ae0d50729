"""`eventwire run`: corpus runs over folders, globs and JSONL; incremental, near-duplicate aware,
and resumable after kill -9 / Ctrl-C. Corpora are written by the tests (no ../shared, no network)."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from typer.testing import CliRunner

from eventwire.model import Article
from eventwire.runner import Dedupe
from eventwire.store import open_store
from eventwire.store.near_dup import NearDupIndex, shingles

SRC = Path(__file__).resolve().parent.parent / "src"
runner = CliRunner()

PLACES = ["Dara", "Menaka", "Aybak", "Kunduz", "Goma", "Bunia", "Mopti", "Sevare", "Kidal", "Gao", "Herat", "Mosul", "Idlib", "Marib", "Taiz", "Sirte", "Juba"]
ACTORS = ["government troops", "rebel fighters", "the police", "protesters", "a militia", "the army", "unidentified gunmen", "students", "farmers", "the opposition party"]
VERBS = ["attacked", "surrounded", "met", "criticised", "shelled", "visited", "accused", "blocked", "praised", "raided"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
CUES = ["residents said", "a spokesman said", "according to witnesses", "officials confirmed", "the agency reported"]


def story(rng: random.Random, n: int, sentences: int = 5) -> str:
    """A short news-like text; any two are far below the near-duplicate threshold."""
    return " ".join(
        f"{rng.choice(ACTORS).capitalize()} {rng.choice(VERBS)} {rng.choice(ACTORS)} near {rng.choice(PLACES)} on {rng.choice(DAYS)}, "
        f"{rng.choice(CUES)}, and {rng.randint(2, 900)} people were counted in report {n}-{k}."
        for k in range(sentences)
    )


def write_corpus(folder: Path, n: int, seed: int = 5) -> list[str]:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    ids = [f"doc{i:04d}" for i in range(n)]
    with (folder / "wire.jsonl").open("w", encoding="utf-8") as handle:
        for i, rid in enumerate(ids):
            handle.write(json.dumps({"id": rid, "text": story(rng, i), "published": "2024-03-01"}) + "\n")
    return ids


def run(*args: str):  # noqa: ANN201
    return runner.invoke(app_(), ["run", *args, "--no-progress"])


def app_():  # noqa: ANN201
    from eventwire.cli import app

    return app


def stored_ids(db: Path) -> list[str]:
    with open_store(str(db)) as store:
        return [r[0] for r in store.con.execute("SELECT id FROM articles ORDER BY id").fetchall()]


def test_run_folder_glob_and_jsonl_then_rerun_is_incremental(tmp_path: Path) -> None:
    rng = random.Random(1)
    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "a.txt").write_text(story(rng, 1), encoding="utf-8")
    (corpus / "sub" / "b.txt").write_text(story(rng, 2), encoding="utf-8")
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "loose1.txt").write_text(story(rng, 3), encoding="utf-8")
    (tmp_path / "loose2.txt").write_text(story(rng, 4), encoding="utf-8")
    (tmp_path / "wire.jsonl").write_text(
        json.dumps({"id": "w1", "text": story(rng, 5)}) + "\n{broken\n" + json.dumps({"id": "w2", "text": story(rng, 6)}) + "\n", encoding="utf-8"
    )
    db = tmp_path / "store.duckdb"
    sources = [str(corpus), str(tmp_path / "loose*.txt"), str(tmp_path / "wire.jsonl"), str(tmp_path / "missing.txt")]
    first = run(*sources, "--db", str(db))
    assert first.exit_code == 0, first.output
    assert "stored 6 new, 0 already stored" in first.stderr and "skipped 3 input(s)" in first.stderr
    assert f"eventwire: skipped {corpus / 'empty.txt'}: empty file" in first.stderr
    assert f"eventwire: skipped {tmp_path / 'wire.jsonl'}:2: malformed JSON" in first.stderr
    assert f"eventwire: skipped {tmp_path / 'missing.txt'}: no such file or folder" in first.stderr
    assert "articles/s" in first.stderr  # the final progress line
    second = run(*sources, "--db", str(db))
    assert second.exit_code == 0 and "stored 0 new, 6 already stored" in second.stderr
    assert len(stored_ids(db)) == 6


def test_near_duplicates_are_skipped_with_a_reason(tmp_path: Path) -> None:
    rng = random.Random(2)
    original = story(rng, 1, sentences=12)
    edited = original.replace("people were counted", "people were recorded", 1)  # a wire copy with one word changed
    other = story(rng, 2, sentences=12)
    (tmp_path / "wire.jsonl").write_text(
        "\n".join(json.dumps(r) for r in [{"id": "orig", "text": original}, {"id": "copy", "text": edited}, {"id": "other", "text": other}]) + "\n",
        encoding="utf-8",
    )
    db = tmp_path / "store.duckdb"
    result = run(str(tmp_path / "wire.jsonl"), "--db", str(db))
    assert result.exit_code == 0, result.output
    assert f"eventwire: skipped {tmp_path / 'wire.jsonl'}:2: near-duplicate (Jaccard ≈ 0.9" in result.stderr
    assert "of article orig" in result.stderr and "1 near-duplicate(s)" in result.stderr
    assert stored_ids(db) == ["orig", "other"]
    # in a later run, against the stored article
    (tmp_path / "later.txt").write_text(original.replace("were counted", "were found", 2), encoding="utf-8")
    later = run(str(tmp_path / "later.txt"), "--db", str(db))
    assert later.exit_code == 0 and "near-duplicate" in later.stderr and "of stored article orig" in later.stderr
    # and off
    off = run(str(tmp_path / "wire.jsonl"), "--db", str(tmp_path / "off.duckdb"), "--near-dup", "0")
    assert off.exit_code == 0 and sorted(stored_ids(tmp_path / "off.duckdb")) == ["copy", "orig", "other"]


def test_only_bad_inputs_exit_1(tmp_path: Path) -> None:
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02binary")
    result = run(str(tmp_path / "bin.txt"), "--db", str(tmp_path / "s.duckdb"))
    assert result.exit_code == 1 and "eventwire: skipped" in result.stderr and "skipped 1 input(s)" in result.stderr


def test_signatures_backfilled_for_articles_stored_without_one(tmp_path: Path) -> None:
    """An article committed just before a crash has no signature yet; the next run rebuilds it."""
    text = story(random.Random(3), 1, sentences=10)
    with open_store(str(tmp_path / "s.duckdb")) as store:
        store.add(Article(id="a", text=text, source="x"))  # e.g. `eventwire code --db`, or a crash after commit
        index = NearDupIndex.open(store.con)
        assert len(index) == 1 and index.match(text.replace("counted", "seen", 1)) is not None
        assert store.con.execute("SELECT count(*) FROM near_dup_signatures").fetchone()[0] == 1
        dedupe = Dedupe(store)
        assert dedupe.check(Article(id="b", text=text, source="y")).near is False  # same text: exact duplicate
        fresh = Article(id="c", text=story(random.Random(4), 2, sentences=10), source="z")
        assert dedupe.check(fresh) is None and dedupe.check(fresh) is not None  # held until stored or failed
        dedupe.failed(fresh)
        assert dedupe.check(fresh) is None


def test_shingles() -> None:
    assert shingles("One two") == {b"one two"}
    assert shingles("A b c d") == {b"a b c", b"b c d"}


def _start(corpus: Path, db: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    return subprocess.Popen(
        [sys.executable, "-m", "eventwire.cli", "run", str(corpus), "--db", str(db), "--no-progress", "--log-every", "0", "--batch-size", "4"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env,
    )


def _wait_for_stored(proc: subprocess.Popen, at_least: int, timeout: float = 240) -> list[str]:
    """Read progress lines until the run reports `at_least` new articles committed."""
    deadline = time.monotonic() + timeout
    lines = []
    assert proc.stderr is not None
    for line in proc.stderr:
        lines.append(line)
        if " new, " in line and line.startswith("eventwire: ") and "articles (" in line:
            new = int(line.split("articles (", 1)[1].split(" new", 1)[0].replace(",", ""))
            if new >= at_least:
                return lines
        assert time.monotonic() < deadline, "run did not progress"
    raise AssertionError("run ended before it could be interrupted:\n" + "".join(lines))


def test_kill_9_then_ctrl_c_then_rerun_stores_each_article_exactly_once(tmp_path: Path) -> None:
    corpus, db = tmp_path / "corpus", tmp_path / "store.duckdb"
    ids = write_corpus(corpus, 60)

    first = _start(corpus, db)
    _wait_for_stored(first, 5)
    first.send_signal(signal.SIGKILL)  # no cleanup at all: mid-batch, maybe mid-transaction
    first.wait(30)
    assert first.returncode == -signal.SIGKILL
    after_kill = stored_ids(db)
    assert 5 <= len(after_kill) < len(ids)  # killed in the middle, committed articles survived
    assert len(set(after_kill)) == len(after_kill)

    second = _start(corpus, db)
    _wait_for_stored(second, 3)
    second.send_signal(signal.SIGINT)  # Ctrl-C
    _, rest = second.communicate(timeout=60)
    assert second.returncode == 130, rest
    assert "interrupted" in rest and f"{len(after_kill)} already stored" in rest
    after_int = stored_ids(db)
    assert len(after_kill) + 3 <= len(after_int) < len(ids)

    third = _start(corpus, db)
    _, rest = third.communicate(timeout=600)
    assert third.returncode == 0, rest
    assert f"stored {len(ids) - len(after_int)} new, {len(after_int)} already stored, 0 near-duplicate(s)" in rest
    assert stored_ids(db) == ids  # each article exactly once
    with open_store(str(db)) as store:
        assert store.con.execute("SELECT count(*), count(DISTINCT id) FROM articles").fetchone() == (len(ids), len(ids))
        orphans = store.con.execute("SELECT count(*) FROM events e ANTI JOIN articles a ON e.content_hash = a.content_hash").fetchone()[0]
        assert orphans == 0  # no half-written article
        signatures = store.con.execute("SELECT count(*) FROM near_dup_signatures").fetchone()[0]
        assert signatures == len(ids)


def test_a_ctrl_c_swallowed_downstream_still_stops_the_run_after_the_next_commit() -> None:
    """DuckDB can turn a Ctrl-C into RuntimeError('Query interrupted'), which a per-document
    handler then swallows; the latch remembers it and the run stops after the current commit."""
    from collections import deque

    from eventwire.runner import InterruptLatch, Reporter, RunCounts, store_results

    class Store:
        def __init__(self) -> None:
            self.added: list[str] = []

        def add(self, article: Article) -> bool:
            self.added.append(article.id)
            return True

    class Seen:
        def stored(self, article: Article) -> None: ...

        def failed(self, article: Article) -> None: ...

    articles = [Article(id=f"a{i}", text="Rebels seized the town.") for i in range(5)]
    store, fed = Store(), deque(articles)
    previous = signal.getsignal(signal.SIGINT)

    def results():
        for k, article in enumerate(articles):
            if k == 1:
                try:  # the signal lands inside a call whose caller swallows what it raises
                    os.kill(os.getpid(), signal.SIGINT)
                    time.sleep(0.5)
                except KeyboardInterrupt:
                    pass
            yield article

    with InterruptLatch() as latch:
        try:
            store_results(store, fed, results(), Seen(), RunCounts(), Reporter(), latch)
            raise AssertionError("the run went on after Ctrl-C")
        except KeyboardInterrupt:
            pass
    assert latch.hit and store.added == ["a0", "a1"]  # stopped right after committing the article in hand
    assert signal.getsignal(signal.SIGINT) is previous  # the handler is put back
