"""Fault injection (issue 7): a full disk and a corrupted store. The kill -9 trials are
`fuzz/kill_trials.py` (`make check-reliability`); one kill-and-resume trial runs in
tests/test_run.py::test_kill_9_then_ctrl_c_then_rerun_stores_each_article_exactly_once."""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
from pathlib import Path

from test_run import write_corpus

from eventwire.store import open_store

SRC = Path(__file__).resolve().parent.parent / "src"


def run_limited(corpus: Path, db: Path, max_file_bytes: int | None) -> subprocess.CompletedProcess:
    def limit() -> None:  # a full disk, without root or a tmpfs: writes past this size fail with EFBIG
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # report the error instead of killing the process
        resource.setrlimit(resource.RLIMIT_FSIZE, (max_file_bytes, max_file_bytes))

    return subprocess.run(
        [sys.executable, "-m", "eventwire.cli", "run", str(corpus), "--db", str(db), "--no-progress"],
        capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(SRC)}, timeout=600,
        preexec_fn=limit if max_file_bytes else None, check=False,
    )


def consistent(db: Path) -> list[str]:
    with open_store(str(db)) as store:
        for table in ("events", "places", "times", "quotes"):
            assert store.con.execute(f"SELECT count(*) FROM {table} t ANTI JOIN articles a ON t.content_hash = a.content_hash").fetchone()[0] == 0
        return [r[0] for r in store.con.execute("SELECT id FROM articles ORDER BY id").fetchall()]


def test_full_disk_fails_with_a_clear_message_and_a_consistent_store(tmp_path: Path) -> None:
    ids = write_corpus(tmp_path / "corpus", 30, seed=9)
    db = tmp_path / "s.duckdb"
    open_store(str(db)).close()  # created with room; the write-ahead log then hits the limit
    full = run_limited(tmp_path / "corpus", db, 250_000)
    assert full.returncode == 2, full.stderr
    last = full.stderr.strip().splitlines()
    assert any("disk full or file-size limit reached" in line and "rerun the same command" in line for line in last), full.stderr[-2000:]
    assert "Traceback" not in full.stderr
    stored = consistent(db)
    assert 0 < len(stored) < len(ids) and len(set(stored)) == len(stored)
    resumed = run_limited(tmp_path / "corpus", db, None)  # space freed: the same command completes the store
    assert resumed.returncode == 0, resumed.stderr
    assert consistent(db) == ids


def test_run_on_a_corrupt_store_is_a_clear_error(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from eventwire.cli import app

    write_corpus(tmp_path / "corpus", 2)
    corrupt = tmp_path / "corrupt.duckdb"
    corrupt.write_bytes(b"\x00garbage, not a database" * 4096)
    result = CliRunner().invoke(app, ["run", str(tmp_path / "corpus"), "--db", str(corrupt), "--no-progress"])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"eventwire: {corrupt}: cannot open as an eventwire DuckDB store")
    assert "Traceback" not in result.output
    # a store whose tail was cut (a copy interrupted, a bad sector): also a clear message, never a traceback
    good = tmp_path / "good.duckdb"
    assert CliRunner().invoke(app, ["run", str(tmp_path / "corpus"), "--db", str(good), "--no-progress"]).exit_code == 0
    data = good.read_bytes()
    (tmp_path / "cut.duckdb").write_bytes(data[: len(data) // 3])
    cut = CliRunner().invoke(app, ["run", str(tmp_path / "corpus"), "--db", str(tmp_path / "cut.duckdb"), "--no-progress"])
    assert cut.exit_code in (0, 2) and "Traceback" not in cut.output, cut.output
    if cut.exit_code == 2:
        assert "cannot open as an eventwire DuckDB store" in cut.stderr
