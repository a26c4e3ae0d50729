"""The `eventwire` command end to end on articles written for these tests."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.store import open_store

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SEED = Path(__file__).resolve().parents[2] / "shared" / "examples" / "seed-article.txt"
runner = CliRunner()


def code_json(*args: str) -> tuple[list[dict], str]:
    result = runner.invoke(app, ["code", *args, "--format", "json"])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()], result.stderr


def test_code_json_follows_the_output_contract() -> None:
    [doc], _ = code_json(str(SAMPLES / "doha-envoy.txt"), "--published", "2021-08-10")
    assert {"id", "url", "title", "published", "text", "events", "quotes", "places", "times"} <= doc.keys()
    assert doc["published"] == "2021-08-10"
    assert "Please enter" not in doc["text"]
    for place in doc["places"]:
        assert {"text", "start", "end", "name", "geonameid", "lat", "lon", "country", "admin1", "feature"} <= place.keys()
        assert doc["text"][place["start"] : place["end"]] == place["text"]
    for t in doc["times"]:
        assert {"text", "start", "end", "value", "precision"} <= t.keys()
        assert doc["text"][t["start"] : t["end"]] == t["text"]
    places = {p["text"]: p for p in doc["places"]}
    assert places["Aybak"]["geonameid"] == 1127768 and places["Aybak"]["country"] == "AFG"
    assert places["Doha"]["geonameid"] == 290030 and places["Doha"]["country"] == "QAT"
    assert places["Samangan"]["feature"].startswith("A.ADM1")
    assert places["Afghanistan"]["country"] == "AFG"
    times = {t["text"]: t["value"] for t in doc["times"]}
    assert times["Monday"] == "2021-08-09"
    assert times["August 31"] == "2021-08-31"
    assert times["this week"] == "2021-W32"


def test_output_is_deterministic() -> None:
    first = runner.invoke(app, ["code", str(SAMPLES), "--published", "2024-03-12", "--format", "json"])
    second = runner.invoke(app, ["code", str(SAMPLES), "--published", "2024-03-12", "--format", "json"])
    assert first.exit_code == 0 and first.stdout == second.stdout
    assert len(first.stdout.splitlines()) == 5  # 2 text files, 1 HTML page, 2 JSONL records


def test_table_and_csv_formats() -> None:
    table = runner.invoke(app, ["code", str(SAMPLES / "mali-menaka.txt"), "--published", "2024-03-12"])
    assert table.exit_code == 0 and "Ménaka" in table.stdout and "Places" in table.stdout
    csv_out = runner.invoke(app, ["code", str(SAMPLES / "mali-menaka.txt"), "--published", "2024-03-12", "--format", "csv"])
    lines = csv_out.stdout.splitlines()
    assert lines[0] == "article_id,kind,text,start,end,value,detail"
    assert any(",place,Bamako," in line for line in lines) and any(",time,Sunday," in line for line in lines)


def test_html_page_keeps_title_url_and_date() -> None:
    [doc], _ = code_json(str(SAMPLES / "nairobi-protest.html"))
    assert doc["title"] == "Police fire tear gas at fuel-price protest in Nairobi"
    assert doc["url"] == "https://ledger.example.org/africa/2024/03/05/nairobi-fuel-protest"
    assert doc["published"] == "2024-03-05"
    assert "Leave a Reply" not in doc["text"] and "cookies" not in doc["text"]
    assert {t["text"]: t["value"] for t in doc["times"]}["Tuesday"] == "2024-03-05"


def test_db_appends_without_duplicates_and_survives_bad_input(tmp_path: Path) -> None:
    db = tmp_path / "events.duckdb"
    first = runner.invoke(app, ["code", str(SAMPLES), "--published", "2024-03-12", "--format", "json", "--db", str(db)])
    assert first.exit_code == 0
    bad = tmp_path / "in"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "binary.txt").write_bytes(b"\x00\x01\x02" * 500)
    (bad / "records.jsonl").write_text('{"id": "n1", "text": "Police arrested 12 protesters in Kisumu on Friday."}\n{broken\n', encoding="utf-8")
    shutil.copy(SAMPLES / "mali-menaka.txt", bad / "again.txt")  # already stored: skipped, not doubled
    second = runner.invoke(app, ["code", str(bad), "--published", "2024-03-12", "--format", "json", "--db", str(db)])
    assert second.exit_code == 0
    errors = [line for line in second.stderr.splitlines() if line.startswith("eventwire: skipped")]
    assert errors == [
        f"eventwire: skipped {bad / 'binary.txt'}: binary file (control bytes in the first 8 KB), not text",
        f"eventwire: skipped {bad / 'empty.txt'}: empty file",
        f"eventwire: skipped {bad / 'records.jsonl'}:2: malformed JSON (Expecting property name enclosed in double quotes at column 2)",
    ]
    assert "stored 1 new" in second.stderr
    with open_store(str(db)) as store:
        assert store.count("articles") == 6


def test_nothing_codable_exits_1(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    result = runner.invoke(app, ["code", str(tmp_path / "empty.txt")])
    assert result.exit_code == 1 and "empty file" in result.stderr


def test_bad_published_date_is_a_usage_error() -> None:
    result = runner.invoke(app, ["code", str(SAMPLES / "mali-menaka.txt"), "--published", "10/08/2021"])
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output


def test_schema_defines_events_and_quotes() -> None:
    result = runner.invoke(app, ["schema"])
    schema = json.loads(result.stdout)
    assert {"Event", "Quote", "Place", "Time", "Actor"} <= schema["$defs"].keys()
    assert schema["$defs"]["Event"]["properties"]["type"]["enum"][0] == "AGREE"


@pytest.mark.skipif(not SEED.exists(), reason="the shared seed article is not next to this checkout")
def test_seed_article_when_available() -> None:
    [doc], _ = code_json(str(SEED), "--published", "2021-08-10")
    assert not doc["text"].rstrip().endswith("Please enter your name here")
    ids = {p["text"]: p["geonameid"] for p in doc["places"]}
    assert ids["Aybak"] == 1127768 and ids["Doha"] == 290030
    assert {"Samangan", "Qatar", "Afghanistan"} <= ids.keys()
    values = {(t["text"], t["value"]) for t in doc["times"]}
    assert ("Monday", "2021-08-09") in values and ("August 31", "2021-08-31") in values
