from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from eventwire.model import Article, Place, Time
from eventwire.store import StoreError, open_store

TEXT = "Troops entered Dara on Monday."


def article(text: str = TEXT, id: str = "a1") -> Article:
    return Article(
        id=id, text=text, published=date(2023, 5, 2), source="test",
        places=[Place(text="Dara", start=15, end=19, name="Dara", geonameid=170903, lat=32.6, lon=36.1,
                      country="SYR", admin1="Daraa", feature="P.PPLA", method="test")],
        times=[Time(text="Monday", start=23, end=29, value="2023-05-01", precision="day", rule="weekday")],
    )


def test_add_is_idempotent_by_content(tmp_path: Path) -> None:
    db = str(tmp_path / "s.duckdb")
    with open_store(db) as store:
        assert store.add(article()) is True
        assert store.add(article(id="other-id")) is False  # same cleaned text, other id: still one article
        assert store.add(article(text=TEXT + " ", id="a2")) is False  # whitespace does not make it new
        assert store.add(article(text="Troops left Dara on Friday.", id="a3")) is True
    with open_store(db) as store:  # reopened from disk
        assert store.count("articles") == 2
        assert store.count("places") == 2 and store.count("times") == 2
        back = store.article(article().content_hash)
        assert back is not None and back.places[0].geonameid == 170903 and back.times[0].value == "2023-05-01"


def test_failed_insert_rolls_back_the_whole_article(tmp_path: Path) -> None:
    with open_store(str(tmp_path / "s.duckdb")) as store:
        store.add(article())
        broken = article(text="Another story about Dara.", id="b")
        # The article row goes in first; make its times insert fail to prove all of it is rolled back.
        store.con.execute("CREATE UNIQUE INDEX times_value_once ON times (value)")
        with pytest.raises(StoreError, match="could not store article b"):
            store.add(broken)
        assert store.count("articles") == 1 and store.count("places") == 1 and store.count("times") == 1
        assert not store.has(broken.content_hash)


def test_add_many_is_add_for_each_in_one_transaction(store_location: str) -> None:
    """The merge of a distributed run stores a batch at a time, on either backend: same answers as
    `add` one by one (duplicates inside the batch and against the store), and all or nothing."""
    with open_store(store_location) as store:
        store.con.execute("CREATE UNIQUE INDEX times_value_once ON times (value)")  # the second article's time will clash
        with pytest.raises(StoreError, match="could not store 2 article"):
            store.add_many([article("Police entered Dara on Saturday.", "d"), article("Army left Dara on Monday.", "e")])
        assert store.count("articles") == 0 and store.count("places") == 0  # neither of them
        store.con.execute("DROP INDEX times_value_once")
        assert store.add(article()) is True
        batch = [article(id="dup-of-stored"), article("Troops left Dara on Friday.", "b"),
                 article("Troops left Dara on Friday.", "b-again"), article("Rebels shelled Dara on Sunday.", "c")]
        assert store.add_many(batch) == [False, True, False, True]
        assert store.count("articles") == 3 and store.count("places") == 3 and store.count("times") == 3


def test_corrupt_store_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.duckdb"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match="cannot open as an eventwire DuckDB store"):
        open_store(str(path))


def test_store_held_by_another_process_says_what_to_do(tmp_path: Path) -> None:
    """DuckDB lets one process open a file: a second one (a `run` while `serve` holds the store) gets a one-line error
    naming the holder and the ways out, and nothing in the store changes."""
    import subprocess
    import sys

    path = tmp_path / "held.duckdb"
    with open_store(str(path)) as store:
        store.add(article(TEXT, "a"))
    holder = subprocess.Popen([sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); "
                               "print('held', flush=True); time.sleep(60)", str(path)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with pytest.raises(StoreError, match=rf"store is open in another process \(PID {holder.pid}\).*POST /v1/code") as caught:
            open_store(str(path))
        assert "\n" not in str(caught.value)
    finally:
        holder.kill()
        holder.wait()
    with open_store(str(path)) as store:
        assert store.count("articles") == 1
