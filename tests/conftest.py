"""Shared fixtures. Tests use only texts written for them: no ../shared, no network."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    """The full pipeline, loaded once for the whole test session (as a corpus run would)."""
    return Pipeline()


# ---- PostgreSQL ---------------------------------------------------------------------------
# A server for the PostgreSQL store tests: $EVENTWIRE_TEST_POSTGRES (CI exports the URL that
# scripts/start_test_postgres.sh prints), else a throwaway cluster started here when initdb is
# installed (stopped at the end of the session), else the tests are skipped with the reason;
# with EVENTWIRE_REQUIRE_SERVICES=1 (set in CI) a missing server fails them instead.

POSTGRES_SKIP = "PostgreSQL tests skipped: no server (set EVENTWIRE_TEST_POSTGRES or install postgresql)"
START_POSTGRES = Path(__file__).resolve().parent.parent / "scripts" / "start_test_postgres.sh"


def _no_postgres(reason: str) -> None:
    import os

    if os.environ.get("EVENTWIRE_REQUIRE_SERVICES") == "1":
        pytest.fail(f"PostgreSQL is required (EVENTWIRE_REQUIRE_SERVICES=1) but not available: {reason}", pytrace=False)
    pytest.skip(f"{POSTGRES_SKIP}: {reason}")


def _have_initdb() -> bool:
    import glob
    import shutil

    return bool(shutil.which("initdb") or glob.glob("/usr/lib/postgresql/*/bin/initdb"))


@pytest.fixture(scope="session")
def postgres_url():  # noqa: ANN201
    """URL of a PostgreSQL server's database whose user may create databases."""
    import os
    import shutil
    import subprocess
    import tempfile

    url = os.environ.get("EVENTWIRE_TEST_POSTGRES")
    if url:
        try:
            import psycopg

            psycopg.connect(url, connect_timeout=10).close()
        except Exception as exc:  # noqa: BLE001
            from eventwire.store.pg import redact

            _no_postgres(f"EVENTWIRE_TEST_POSTGRES={redact(url)!r} does not answer ({str(exc).strip().splitlines()[0] if str(exc).strip() else exc!r})")
        yield url
        return
    if not _have_initdb():
        _no_postgres("no initdb found")
    folder = tempfile.mkdtemp(prefix="eventwire-pg-", dir="/tmp")
    env = {**os.environ, "EVENTWIRE_PG_DIR": folder, "EVENTWIRE_PG_NO_INSTALL": "1"}
    env.pop("EVENTWIRE_PG_PORT", None)
    done = subprocess.run(["bash", str(START_POSTGRES)], env=env, capture_output=True, text=True, timeout=120)
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines or not lines[-1].startswith("EVENTWIRE_TEST_POSTGRES="):
        shutil.rmtree(folder, ignore_errors=True)
        _no_postgres(f"could not start a throwaway cluster: {done.stderr.strip()[-500:]}")
    try:
        yield lines[-1].partition("=")[2]
    finally:
        subprocess.run(["bash", str(START_POSTGRES), "--stop"], env=env, capture_output=True, timeout=120)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_database(postgres_url):  # noqa: ANN001, ANN201
    """A factory: each call creates a fresh, empty database on the test server and returns its
    URL (one store each, so tests never see each other's rows); all are dropped at the end."""
    import uuid
    from urllib.parse import urlsplit

    import psycopg

    created: list[str] = []

    def make() -> str:
        name = f"eventwire_t_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(postgres_url, autocommit=True) as con:
            con.execute(f'CREATE DATABASE "{name}"')
        created.append(name)
        return urlsplit(postgres_url)._replace(path="/" + name).geturl()

    yield make
    with psycopg.connect(postgres_url, autocommit=True) as con:
        for name in created:
            con.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["duckdb", "postgres"])
def store_location(request, tmp_path):  # noqa: ANN001, ANN201
    """A new, empty store's location on each backend: a DuckDB file, then a PostgreSQL URL."""
    if request.param == "duckdb":
        return str(tmp_path / "store.duckdb")
    return request.getfixturevalue("postgres_database")()
