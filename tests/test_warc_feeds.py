"""WARC archives and RSS/Atom feeds, built here from our own HTML (no ../shared, no network)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from typer.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from eventwire.cli import app
from eventwire.ingest import InputError, RawArticle, read_inputs
from eventwire.store import open_store

STORIES = [
    ("Army retakes Dara", "Government troops retook the hill town of Dara on Tuesday after a week of fighting, the defence ministry said. "
     "Engineers were clearing the roads into the town and displaced families could return within days, officials added."),
    ("Protest in Nairobi", "Thousands of teachers marched through central Nairobi on Wednesday to demand unpaid salaries. "
     "Police fired tear gas near parliament, and the union said it would strike next week if talks failed."),
    ("Talks in Doha", "Envoys from both sides met in Doha on Thursday for a second round of talks on a ceasefire. "
     "A mediator said the delegations had agreed to exchange prisoners before the end of the month."),
]


def page(title: str, body: str) -> bytes:
    return (f"<!DOCTYPE html><html><head><title>{title} | Example Daily</title></head><body><nav>Home | World</nav>"
            f"<article><h1>{title}</h1><p>{body}</p></article><footer>Copyright Example Daily</footer></body></html>").encode()


def http(content_type: str, status: str = "200 OK") -> StatusAndHeaders:
    return StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")


def build_warc(path: Path, gzip: bool) -> dict[str, int]:
    """Three HTML articles, a request record, a PNG response, a 404, then a final HTML record cut short.
    Returns the byte offset of each record by name."""
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gzip)
    offsets: dict[str, int] = {}

    def write(name: str, record) -> None:  # noqa: ANN001
        offsets[name] = buf.tell()
        writer.write_record(record)

    write("info", writer.create_warcinfo_record("test.warc", {"software": "eventwire tests"}))
    for i, (title, body) in enumerate(STORIES):
        url = f"https://news.example/{i}"
        write(f"request{i}", writer.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\nHost: news.example\r\n\r\n")))
        write(f"article{i}", writer.create_warc_record(url, "response", payload=io.BytesIO(page(title, body)), http_headers=http("text/html; charset=utf-8")))
    write("png", writer.create_warc_record("https://news.example/logo.png", "response", payload=io.BytesIO(b"\x89PNG\r\n\x1a\n" + bytes(200)), http_headers=http("image/png")))
    write("404", writer.create_warc_record("https://news.example/gone", "response", payload=io.BytesIO(b"<html>gone</html>"), http_headers=http("text/html", "404 Not Found")))
    write("last", writer.create_warc_record("https://news.example/last", "response", payload=io.BytesIO(page("Cut", "Cut short. " * 80)), http_headers=http("text/html")))
    data = buf.getvalue()
    path.write_bytes(data[: offsets["last"] + (len(data) - offsets["last"]) // 2])  # the final record loses half its bytes
    return offsets


@pytest.mark.parametrize("gzip", [False, True], ids=["warc", "warc.gz"])
def test_warc_articles_and_bad_records_with_offsets(tmp_path: Path, gzip: bool) -> None:
    path = tmp_path / ("crawl.warc.gz" if gzip else "crawl.warc")
    offsets = build_warc(path, gzip)
    items = list(read_inputs([str(path)]))
    articles = [i for i in items if isinstance(i, RawArticle)]
    errors = {i.source: i.reason for i in items if isinstance(i, InputError)}
    assert [a.url for a in articles] == [f"https://news.example/{i}" for i in range(3)]
    assert [a.source for a in articles] == [f"{path}@{offsets[f'article{i}']}" for i in range(3)]
    assert all(a.html and "<article>" in a.html and a.id for a in articles)
    assert errors[f"{path}@{offsets['png']}"] == "not HTML: Content-Type image/png (https://news.example/logo.png)"
    assert errors[f"{path}@{offsets['404']}"].startswith("HTTP status 404")
    assert "truncated" in errors[f"{path}@{offsets['last']}"]
    assert len(errors) == 3  # request and warcinfo records are not articles and not errors


def test_warc_reports_bytes_for_progress(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    build_warc(path, gzip=True)
    seen: list[int] = []
    list(read_inputs([str(path)], on_bytes=seen.append))
    assert sum(seen) == path.stat().st_size and len(seen) > 5


def test_warc_run_codes_articles_and_continues(tmp_path: Path) -> None:
    warc = tmp_path / "crawl.warc.gz"
    offsets = build_warc(warc, gzip=True)
    (tmp_path / "after.txt").write_text("Rebels shelled the port of Hodeidah on Friday, residents said.", encoding="utf-8")
    db = tmp_path / "store.duckdb"
    result = CliRunner().invoke(app, ["run", str(warc), str(tmp_path / "after.txt"), "--db", str(db), "--no-progress"])
    assert result.exit_code == 0, result.output
    assert f"eventwire: skipped {warc}@{offsets['png']}: not HTML" in result.stderr
    assert f"eventwire: skipped {warc}@{offsets['last']}: " in result.stderr
    assert "stored 4 new" in result.stderr and "skipped 3 input(s)" in result.stderr
    with open_store(str(db)) as store:
        rows = store.con.execute("SELECT url, title, source FROM articles ORDER BY source").fetchall()
    assert {r[0] for r in rows} == {f"https://news.example/{i}" for i in range(3)} | {None}
    titles = " ".join(r[1] or "" for r in rows)
    assert all(title in titles for title, _ in STORIES)
    with open_store(str(db)) as store:
        texts = " ".join(r[0] for r in store.con.execute("SELECT text FROM articles").fetchall())
    assert STORIES[1][1] in texts and "Home | World" not in texts and "Copyright" not in texts


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Example Daily</title>
<item><title>Army retakes Dara</title><link>https://news.example/dara</link><guid>dara-1</guid>
<pubDate>Tue, 02 May 2023 10:00:00 GMT</pubDate><description>Short teaser.</description>
<content:encoded><![CDATA[<p>{0}</p>]]></content:encoded></item>
<item><title>Protest in Nairobi</title><link>https://news.example/nairobi</link>
<pubDate>Wed, 03 May 2023 09:00:00 GMT</pubDate><description>{1}</description></item>
<item><title>Empty</title><link>https://news.example/empty</link></item>
</channel></rss>""".format(STORIES[0][1], STORIES[1][1])

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title><id>urn:wire</id><updated>2023-05-04T00:00:00Z</updated>
<entry><title>Talks in Doha</title><id>urn:wire:doha</id><link href="https://wire.example/doha"/>
<updated>2023-05-04T08:00:00Z</updated><content type="html">&lt;p&gt;{0}&lt;/p&gt;</content></entry>
</feed>""".format(STORIES[2][1])


def test_rss_and_atom_entries(tmp_path: Path) -> None:
    (tmp_path / "daily.rss").write_text(RSS, encoding="utf-8")
    (tmp_path / "wire.xml").write_text(ATOM, encoding="utf-8")  # a feed by its root element
    (tmp_path / "other.xml").write_text("<?xml version='1.0'?><TimeML>not a feed</TimeML>", encoding="utf-8")  # ignored in a folder
    items = list(read_inputs([str(tmp_path)]))
    articles = [i for i in items if isinstance(i, RawArticle)]
    errors = [i for i in items if isinstance(i, InputError)]
    assert [a.url for a in articles] == ["https://news.example/dara", "https://news.example/nairobi", "https://wire.example/doha"]
    dara, nairobi, doha = articles
    assert dara.html and STORIES[0][1] in dara.html and dara.id == "dara-1" and str(dara.published) == "2023-05-02"
    assert nairobi.title == "Protest in Nairobi" and str(nairobi.published) == "2023-05-03"
    assert doha.source == f"{tmp_path / 'wire.xml'}#1" and str(doha.published) == "2023-05-04"
    assert [e.source for e in errors] == [f"{tmp_path / 'daily.rss'}#3"] and "neither content nor summary" in errors[0].reason


def test_feed_that_is_not_a_feed(tmp_path: Path) -> None:
    bad = tmp_path / "broken.rss"
    bad.write_text("this is not xml at all", encoding="utf-8")
    [error] = list(read_inputs([str(bad)]))
    assert isinstance(error, InputError) and error.source == str(bad) and "feed" in error.reason


def test_feed_entries_are_coded(pipeline, tmp_path: Path) -> None:  # noqa: ANN001
    (tmp_path / "daily.rss").write_text(RSS, encoding="utf-8")
    results = list(pipeline.run(read_inputs([str(tmp_path / "daily.rss")])))
    coded = [r for r in results if not isinstance(r, InputError)]
    assert len(coded) == 2 and coded[0].text.startswith("Government troops retook")
    assert coded[0].title == "Army retakes Dara" and coded[0].url == "https://news.example/dara"


@pytest.mark.parametrize("gzip", [False, True], ids=["warc", "warc.gz"])
@pytest.mark.parametrize("chunk", [1, 2])
def test_warc_cut_into_record_ranges_reads_the_same_records(tmp_path: Path, gzip: bool, chunk: int) -> None:
    """Distributed runs give each worker a byte range of one archive: together the ranges
    yield exactly what reading the archive whole yields, with the same file offsets."""
    from eventwire.distributed import _read_unit, expand_sources

    path = tmp_path / ("crawl.warc.gz" if gzip else "crawl.warc")
    offsets = build_warc(path, gzip)
    units, bad = expand_sources([str(path)], chunk)
    assert not bad
    assert len(units) > 1 and all(u.kind == "bytes" for u in units)
    assert units[0].first == 0 and units[-1].last is None
    assert all(a.last == b.first for a, b in zip(units, units[1:])), "ranges are contiguous"
    assert set(u.first for u in units) <= set(offsets.values()), "cut at record boundaries"
    whole = [(type(i).__name__, i.source, getattr(i, "url", None)) for i in read_inputs([str(path)])]
    sliced = [(type(i).__name__, i.source, getattr(i, "url", None)) for u in units for i in _read_unit(u)]
    assert sliced == whole
    assert sum(kind == "RawArticle" for kind, _, _ in sliced) == 3


def test_warc_compressed_as_one_stream_is_read_whole(tmp_path: Path) -> None:
    """A .warc.gz that is one gzip stream (not one member per record) cannot be cut: one unit."""
    import gzip

    from eventwire.distributed import expand_sources

    plain = tmp_path / "crawl.warc"
    build_warc(plain, gzip=False)
    path = tmp_path / "whole.warc.gz"
    path.write_bytes(gzip.compress(plain.read_bytes()))
    units, _ = expand_sources([str(path)], 1)
    assert [(u.kind, u.first) for u in units] == [("file", None)]
