"""Coverage-guided fuzzing of the HTML and WARC readers with atheris (libFuzzer).

    .venv/bin/pip install atheris   # fuzzing only: not a runtime dependency of eventwire
    PYTHONPATH=src .venv/bin/python fuzz/fuzz_readers.py -max_total_time=60 fuzz/corpus

The first byte of each input picks the reader (HTML page, WARC, gzipped WARC, RSS feed, JSONL);
the rest is the file. A reader may refuse an input with an InputError (that is its job); any
exception escaping `read_file` or `prepare` is a crash: libFuzzer saves the input as crash-*,
and it belongs in tests/test_hostile_input.py as a regression test.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports(include=["eventwire", "warcio"]):
    from eventwire.ingest.errors import InputError
    from eventwire.ingest.raw import RawArticle
    from eventwire.ingest.sources import read_file
    from eventwire.prepare import prepare
    from eventwire.settings import Settings

SUFFIXES = [".html", ".warc", ".warc.gz", ".rss", ".jsonl"]
SETTINGS = Settings(language=None, max_html_chars=200_000)
WORK = Path(tempfile.mkdtemp(prefix="eventwire-fuzz-"))


def one_input(data: bytes) -> None:
    if not data:
        return
    path = WORK / f"input{SUFFIXES[data[0] % len(SUFFIXES)]}"
    path.write_bytes(data[1:])
    for item in read_file(path):
        if isinstance(item, RawArticle):
            result = prepare(item, SETTINGS)
            assert isinstance(result, (InputError, type(result))), result
        else:
            assert isinstance(item, InputError) and item.reason


def seeds(folder: Path) -> None:
    """A few valid inputs to start from (written once, if the corpus folder is empty)."""
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    folder.mkdir(parents=True, exist_ok=True)
    if any(folder.iterdir()):
        return
    page = b"<!DOCTYPE html><html><head><title>Dara</title><meta charset=utf-8></head><body><article><h1>Army retakes Dara</h1><p>Government troops retook the town of Dara on Tuesday, the ministry said.</p></article></body></html>"
    for gz, tag in ((False, 1), (True, 2)):
        buf = io.BytesIO()
        writer = WARCWriter(buf, gzip=gz)
        writer.write_record(writer.create_warc_record("https://news.example/1", "response", payload=io.BytesIO(page), http_headers=StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")))
        (folder / f"seed-warc-{tag}").write_bytes(bytes([tag]) + buf.getvalue())
    (folder / "seed-html").write_bytes(b"\x00" + page)
    (folder / "seed-rss").write_bytes(b"\x03<rss><channel><item><title>Dara</title><description>Troops retook Dara.</description></item></channel></rss>")
    (folder / "seed-jsonl").write_bytes(b'\x04{"id": "a", "html": "<p>Troops retook Dara.</p>"}\n{"id": "b", "text": "Rebels fled."}\n')


def main() -> None:
    corpus = [a for a in sys.argv[1:] if not a.startswith("-")]
    for folder in corpus:
        seeds(Path(folder))
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
