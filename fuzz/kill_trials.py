"""kill -9 at random points during `eventwire run` (issue 7, fault injection).

Each trial starts `eventwire run` on a small corpus written here, waits a random number of
committed articles (0-4, read from its progress lines) plus a random delay, then SIGKILLs it.
After every kill: the store opens, no article id is stored twice, no event/place/time/quote
row lacks its article. When a store is complete a new one is started. At the end every
store is resumed to completion: each article present exactly once.

    PYTHONPATH=src .venv/bin/python fuzz/kill_trials.py --trials 20
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "src"))

from test_run import write_corpus  # noqa: E402 - the corpus the kill test in tests/test_run.py uses

from eventwire.store import open_store  # noqa: E402


def start(corpus: Path, db: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.Popen(
        [sys.executable, "-m", "eventwire.cli", "run", str(corpus), "--db", str(db), "--no-progress", "--log-every", "0", "--batch-size", "4"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env,
    )


def check(db: Path, ids: list[str]) -> tuple[int, int]:
    """(articles stored, articles doubled); raises if the store does not open or is inconsistent."""
    with open_store(str(db)) as store:
        rows = [r[0] for r in store.con.execute("SELECT id FROM articles").fetchall()]
        for table in ("events", "places", "times", "quotes"):
            orphans = store.con.execute(f"SELECT count(*) FROM {table} t ANTI JOIN articles a ON t.content_hash = a.content_hash").fetchone()[0]
            assert orphans == 0, f"{db}: {orphans} {table} rows without their article"
    assert set(rows) <= set(ids), f"{db}: unknown ids stored"
    return len(rows), len(rows) - len(set(rows))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--trials", type=int, default=20)
    parser.add_argument("--articles", type=int, default=40)
    parser.add_argument("--seed", type=int, default=None)
    args = parser.parse_args()
    seed = args.seed if args.seed is not None else random.randrange(2**31)
    rng = random.Random(seed)
    work = Path(tempfile.mkdtemp(prefix="eventwire-kill-"))
    corpus = work / "corpus"
    ids = write_corpus(corpus, args.articles, seed=7)
    stores = [work / "store0.duckdb"]
    kills = doubled = failures = 0
    for trial in range(1, args.trials + 1):
        db = stores[-1]
        proc = start(corpus, db)
        wait_for, delay = rng.randint(0, 4), rng.uniform(0.0, 0.5)
        seen = 0
        assert proc.stderr is not None
        deadline = time.monotonic() + 300
        while seen < wait_for and time.monotonic() < deadline:
            line = proc.stderr.readline()
            if not line:
                break
            if line.startswith("eventwire: ") and "articles (" in line:
                seen += 1
        time.sleep(delay)
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            kills += 1
        proc.wait(60)
        try:
            stored, twice = check(db, ids)
        except Exception as exc:  # noqa: BLE001 - a store that does not open is the failure we look for
            print(f"trial {trial}: FAILED: {exc}")
            failures += 1
            stores.append(work / f"store{len(stores)}.duckdb")
            continue
        doubled += twice
        print(f"trial {trial}: killed after {seen} progress line(s) + {delay:.2f} s; {stored}/{len(ids)} stored, {twice} doubled", flush=True)
        if stored == len(ids):
            stores.append(work / f"store{len(stores)}.duckdb")
    lost = 0
    for db in stores:
        if not db.exists():
            continue
        done = start(corpus, db)
        _, err = done.communicate(timeout=900)
        if done.returncode != 0:
            print(f"resume of {db.name} failed ({done.returncode}): {err[-500:]}")
            failures += 1
            continue
        stored, twice = check(db, ids)
        with open_store(str(db)) as store:
            present = {r[0] for r in store.con.execute("SELECT id FROM articles").fetchall()}
        lost += len(set(ids) - present)
        doubled += twice
    print(f"kill trials: seed {seed}, {args.trials} trials, {kills} kill -9, {len(stores)} store(s) resumed to completion; "
          f"failures {failures}, articles lost {lost}, articles doubled {doubled}")
    return 1 if failures or lost or doubled else 0


if __name__ == "__main__":
    sys.exit(main())
