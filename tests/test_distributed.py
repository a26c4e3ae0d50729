"""Distributed corpus runs (eventwire.distributed) on a real Dask LocalCluster of
2 worker processes, over tiny articles written here. One cluster start + pipeline
load per run costs a few seconds; the whole module stays well under a minute."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("distributed")

from eventwire.distributed import expand_sources, plan_partitions, run_distributed  # noqa: E402
from eventwire.store import open_store  # noqa: E402

TEXTS = [
    "Russian troops entered Kharkiv on Monday, officials said.",
    "Protesters marched through central Nairobi on Tuesday against new taxes.",
    "Kenya signed a trade agreement with Uganda in Kampala on Wednesday.",
    "The United Nations condemned the shelling of Mariupol on Thursday.",
    "Police arrested twelve demonstrators in Minsk on Friday.",
]


def corpus(folder: Path) -> Path:
    src = folder / "in"
    src.mkdir()
    for i, text in enumerate(TEXTS[:3]):
        (src / f"a{i}.txt").write_text(text + "\n", encoding="utf-8")
    (src / "copy-of-a0.txt").write_text(TEXTS[0] + "\n", encoding="utf-8")  # same content: stored once
    (src / "empty.txt").write_text("", encoding="utf-8")  # a bad input: reported, run goes on
    records = [{"id": "j3", "text": TEXTS[3]}, "not json", {"id": "j4", "text": TEXTS[4]}, {"id": "j0", "text": TEXTS[0]}]
    lines = [r if isinstance(r, str) else json.dumps(r) for r in records]
    (src / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return src


def test_plan_cuts_folders_and_jsonl_line_ranges(tmp_path: Path) -> None:
    src = corpus(tmp_path)
    units, errors = expand_sources([str(src), str(tmp_path / "missing")], jsonl_chunk=3)
    assert [str(e) for e in errors] == [f"{tmp_path / 'missing'}: no such file or folder"]
    feed = str((src / "feed.jsonl").resolve())
    lines = [(u.first, u.last, u.nbytes) for u in units if u.path == feed]
    sizes = [len(line) for line in (src / "feed.jsonl").read_bytes().splitlines(keepends=True)]
    assert lines == [(1, 3, sum(sizes[:3])), (4, 4, sizes[3])]  # line ranges, with their bytes (the work they hold)
    assert all(u.kind == "lines" for u in units if u.path == feed)
    partitions = plan_partitions(units, partition_size=3)
    assert sum(u.size for p in partitions for u in p.units) == 5 + 4  # five files, four JSONL records
    assert all(sum(u.size for u in p.units) <= 3 for p in partitions)
    assert [p.index for p in partitions] == list(range(len(partitions)))


def test_two_worker_processes_store_each_article_once(tmp_path: Path) -> None:
    src = corpus(tmp_path)
    db = str(tmp_path / "s.duckdb")
    errors: list[str] = []
    with open_store(db) as store:
        # partition_size=2 cuts feed.jsonl into lines 1-2 and 3-4: the bad line must keep its own number
        result = run_distributed([str(src)], store, workers=2, partition_size=2, on_error=lambda e: errors.append(str(e)))
        assert store.count() == 5
        stored_sources = {r[0] for r in store.con.execute("SELECT source FROM articles").fetchall()}
    assert result.stored == 5 and result.duplicates == 2  # copy-of-a0 and feed line 4 repeat a0
    assert result.failed_partitions == 0
    assert len(result.workers) == 2, "both worker processes coded partitions"
    assert all(0 < mb < 1536 for mb in result.workers.values())
    feed = (src / "feed.jsonl").resolve()
    assert sorted(errors) == sorted([f"{(src / 'empty.txt').resolve()}: empty file", f"{feed}:2: malformed JSON (Expecting value at column 1)"])
    assert f"{feed}:3" in stored_sources  # JSONL sources keep the file's own line numbers across partitions
    assert not Path(result.run_dir).exists(), "parts are removed after a clean run"

    # a second run over the same inputs codes nothing new and doubles nothing
    with open_store(db) as store:
        again = run_distributed([str(src)], store, workers=2, partition_size=2, on_error=lambda e: None)
        assert store.count() == 5
    assert again.stored == 0 and again.skipped == 7


def test_parts_of_an_interrupted_run_are_merged_not_recoded(tmp_path: Path) -> None:
    """Through a scheduler address (the `--dask ADDRESS` path) of a cluster started here with
    threads instead of processes (processes=False): it starts faster, and the behaviour under
    test (the run folder) does not depend on where the workers live."""
    from distributed import LocalCluster

    src = corpus(tmp_path)
    parts = tmp_path / "parts"
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=":0") as cluster:
        address = cluster.scheduler_address
        with open_store(str(tmp_path / "first.duckdb")) as store:
            first = run_distributed([str(src)], store, address=address, partition_size=3, run_dir=parts, keep_parts=True, on_error=lambda e: None)
        assert sorted(p.name for p in parts.glob("part-*.parquet")) == [f"part-{i:05d}.parquet" for i in range(first.partitions)]
        # as if the first run had been killed after coding but before merging: a fresh store, same run folder
        (parts / ".part-00000.parquet.123.tmp").write_text("half-written")
        errors: list[str] = []
        with open_store(str(tmp_path / "second.duckdb")) as store:
            second = run_distributed([str(src)], store, address=address, partition_size=3, run_dir=parts, on_error=lambda e: errors.append(str(e)))
            assert store.count() == 5
    assert second.reused_parts == second.partitions == first.partitions
    assert len(errors) == 2
    assert not parts.exists()


LONG = (
    "Government forces shelled the northern town of Idlib on Monday, killing at least twelve civilians, "
    "according to a local monitoring group. The group said the strikes hit a market and a school in the "
    "centre of the town, and that rescue workers were still searching the rubble late in the evening. "
    "The defence ministry did not comment on the report."
)


def test_near_duplicates_are_dropped_at_merge(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(LONG, encoding="utf-8")
    (src / "b.txt").write_text(LONG.replace("late in the evening", "late in the night"), encoding="utf-8")  # a re-run wire copy
    (src / "c.txt").write_text(TEXTS[2], encoding="utf-8")
    seen: list[str] = []
    with open_store(str(tmp_path / "s.duckdb")) as store:
        result = run_distributed([str(src)], store, workers=2, partition_size=1, processes=False, near_dup_threshold=0.8,
                                 on_duplicate=lambda article, verdict: seen.append(verdict.reason))
        assert store.count() == 2
    assert result.stored == 2 and result.near_duplicates == 1
    assert len(seen) == 1 and "near-duplicate" in seen[0]


def test_cli_run_with_local_workers(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from eventwire.cli import app

    src = corpus(tmp_path)
    db = tmp_path / "cli.duckdb"
    result = CliRunner().invoke(app, ["run", str(src), "--db", str(db), "--workers", "2", "--no-progress", "--near-dup", "0"])
    assert result.exit_code == 0, result.output
    assert "empty.txt: empty file" in result.output and "stored 5 new" in result.output
    assert "skipped by reason: 1 × empty file" in result.output
    with open_store(str(db)) as store:
        assert store.count() == 5
    again = CliRunner().invoke(app, ["run", str(src), "--db", str(db), "--workers", "1", "--no-progress", "--strict"])
    assert again.exit_code == 3, again.output  # --strict: the empty file was skipped again
    assert "stored 0 new" in again.output and "skipped by reason: 1 × empty file" in again.output
    with open_store(str(db)) as store:
        assert store.count() == 5


def test_kill_9_of_a_distributed_run_then_rerun_stores_each_article_once(tmp_path: Path) -> None:
    """kill -9 of the whole run (driver, scheduler, nannies, workers) after the first part was
    merged; the rerun reuses the parts already written, codes the rest, and stores each article once."""
    import os
    import signal
    import subprocess
    import sys

    from test_run import SRC, stored_ids, write_corpus

    corpus_dir, db = tmp_path / "corpus", tmp_path / "store.duckdb"
    ids = write_corpus(corpus_dir, 24)
    command = [sys.executable, "-m", "eventwire.cli", "run", str(corpus_dir), "--db", str(db), "--workers", "2",
               "--partition-size", "3", "--no-progress", "--log-every", "0"]
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    first = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env, start_new_session=True)
    assert first.stderr is not None
    lines = []
    for line in first.stderr:  # progress lines come after each merged part
        lines.append(line)
        if "articles (" in line and not line.startswith("eventwire: 0 articles"):
            break
    else:
        raise AssertionError("run ended before it could be killed:\n" + "".join(lines))
    os.killpg(first.pid, signal.SIGKILL)
    first.wait(30)
    after_kill = stored_ids(db)
    assert 0 < len(after_kill) < len(ids) and len(set(after_kill)) == len(after_kill)

    second = subprocess.run(command, capture_output=True, text=True, env=env, timeout=600)
    assert second.returncode == 0, second.stderr
    assert stored_ids(db) == ids  # each article exactly once
    with open_store(str(db)) as store:
        orphans = store.con.execute("SELECT count(*) FROM events e ANTI JOIN articles a ON e.content_hash = a.content_hash").fetchone()[0]
    assert orphans == 0
    assert not list(tmp_path.glob("store.duckdb.runs/*/part-*")), "the run folder is removed after a clean finish"


def test_distributed_run_into_postgresql(tmp_path: Path, postgres_database, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    """Same code path with a postgresql:// store: parts go to ./.eventwire-runs, merged through Store.add."""
    src = corpus(tmp_path)
    monkeypatch.chdir(tmp_path)
    with open_store(postgres_database()) as store:
        result = run_distributed([str(src)], store, workers=2, partition_size=2, processes=False, on_error=lambda e: None)
        assert (result.stored, store.count()) == (5, 5)
        again = run_distributed([str(src)], store, workers=2, partition_size=2, processes=False, on_error=lambda e: None)
        assert again.stored == 0 and store.count() == 5
    assert result.run_dir.startswith(str(tmp_path / ".eventwire-runs"))
