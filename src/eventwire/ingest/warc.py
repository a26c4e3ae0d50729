"""WARC / ARC archives (plain or gzipped) through warcio, streamed record by record.

Only `response` records whose HTTP payload is HTML are articles (Common Crawl News
is the real-world case). Request, metadata, warcinfo and revisit records are
ignored silently; a response that is not HTML, not a 2xx, too large, undecodable,
or cut short is reported as an `InputError` named `ARCHIVE@OFFSET` (the record's
byte offset in the file, compressed offset for .warc.gz) and the archive reading
goes on. Memory is bounded by one record's payload (capped at MAX_RECORD_BYTES):
the archive is never read whole.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

from .decode import decode_bytes
from .errors import InputError, InputRejected
from .raw import RawArticle

WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
MAX_RECORD_BYTES = 10 * 1024 * 1024  # an HTML page larger than this is not a news article
HTML_TYPES = ("text/html", "application/xhtml+xml")


def is_warc(path: Path) -> bool:
    return path.name.lower().endswith(WARC_SUFFIXES)


def read_warc(path: Path, on_bytes: Callable[[int], None] | None = None, start: int = 0, end: int | None = None) -> Iterator[RawArticle | InputError]:
    """Yield one RawArticle per HTML response record, one InputError per bad record.

    `on_bytes(n)` is called with the number of archive bytes consumed after each record
    (for progress bars); the total over the archive is its file size. `start`/`end` read
    only the records in that byte range (record boundaries from `record_boundaries`, so
    that workers can share one archive); offsets in sources stay file offsets.
    """
    from warcio.archiveiterator import ArchiveIterator

    name = str(path)
    try:
        handle = path.open("rb")
        size = os.fstat(handle.fileno()).st_size
        if start or end is not None:  # offsets below are relative to `start`; `size` is the window's
            last = size if end is None else min(end, size)
            handle, size = _Window(handle, start, last), last - start
    except OSError as exc:
        yield InputError(name, f"cannot open: {exc.strerror}")
        return
    done = 0  # end offset of the last record read completely

    def advance(to: int) -> None:
        nonlocal done
        if on_bytes is not None and to > done:
            on_bytes(to - done)
        done = max(done, to)

    with handle:
        records = ArchiveIterator(handle, arc2warc=True)
        try:
            for record in records:
                item = _article_from_record(name, record)
                offset = records.get_record_offset()  # drains the rest of the record (streamed)
                stop = offset + records.get_record_length()
                offset += start
                missing = getattr(record.raw_stream, "limit", 0) or 0
                if missing > 0:
                    item = InputError(f"{name}@{offset}", f"truncated record: {missing:,} of {record.length:,} content bytes missing")
                elif item is not None and isinstance(item, InputError):
                    item = InputError(f"{name}@{offset}", item.reason)
                elif isinstance(item, RawArticle):
                    item.source = f"{name}@{offset}"
                advance(stop)
                if item is not None:
                    yield item
        except Exception as exc:  # noqa: BLE001 - warcio raises ArchiveLoadFailed, zlib.error, EOFError, even AttributeError on cut headers
            reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            yield InputError(f"{name}@{start + done}", f"unreadable or truncated record, rest of the archive skipped ({reason})")
            advance(size)
            return
        if done < size and not _only_blank(handle, done, size):
            yield InputError(f"{name}@{start + done}", f"truncated or unparsable record: {size - done:,} trailing bytes could not be read as a WARC record")
        advance(size)


class _Window:
    """A read-only view of bytes [start, end) of a file: what a worker coding one slice of an
    archive reads, so warcio never sees the neighbours' records."""

    def __init__(self, raw, start: int, end: int) -> None:  # noqa: ANN001 - a binary file
        self.raw, self.start, self.end = raw, start, end
        raw.seek(start)

    def read(self, n: int = -1) -> bytes:
        left = self.end - self.raw.tell()
        if left <= 0:
            return b""
        return self.raw.read(left if n is None or n < 0 else min(n, left))

    def readline(self, limit: int = -1) -> bytes:
        left = self.end - self.raw.tell()
        if left <= 0:
            return b""
        return self.raw.readline(left if limit is None or limit < 0 else min(limit, left))

    def tell(self) -> int:
        return self.raw.tell() - self.start

    def seek(self, offset: int, whence: int = 0) -> int:
        if whence == 0:
            return self.raw.seek(self.start + offset) - self.start
        return self.raw.seek(offset, whence) - self.start

    def __enter__(self):  # noqa: ANN204
        return self

    def __exit__(self, *exc: object) -> None:
        self.raw.close()


def record_boundaries(path: Path, every: int) -> list[int]:
    """Byte offsets that cut the archive into slices of about `every` response records, for
    splitting one archive across workers. One streamed pass (bounded memory); [0] when the
    archive cannot be cut (a .warc.gz compressed as one gzip stream, or unreadable: the
    worker reading it whole reports why)."""
    from warcio.archiveiterator import ArchiveIterator

    cuts = [0]
    seen = 0
    last = -1
    try:
        with path.open("rb") as handle:
            records = ArchiveIterator(handle, arc2warc=True)
            for record in records:
                is_response = record.rec_type == "response"
                offset = records.get_record_offset()
                if offset <= last:  # not one gzip member per record: offsets do not advance
                    return [0]
                last = offset
                if is_response:
                    if seen and seen % every == 0 and offset > cuts[-1]:
                        cuts.append(offset)
                    seen += 1
    except Exception:  # noqa: BLE001 - a damaged archive: cut where we got to, the reader reports the damage
        pass
    return cuts


def _only_blank(handle, start: int, size: int) -> bool:  # noqa: ANN001
    """Uncompressed WARCs end with the last record's CRLF CRLF, which warcio leaves out of its length."""
    if size - start > 64:
        return False
    try:
        handle.seek(start)
        return not handle.read(64).strip()
    except OSError:
        return False


def _article_from_record(name: str, record) -> RawArticle | InputError | None:  # noqa: ANN001 - warcio ArcWarcRecord
    """None for records that are never articles (request, metadata, warcinfo, revisit...)."""
    if not record.rec_type or not record.rec_headers.get_header("WARC-Record-ID") and record.format.startswith("warc"):
        return InputError(name, "record without WARC-Type or WARC-Record-ID header (truncated or corrupt)")
    if record.rec_type != "response":
        return None
    url = record.rec_headers.get_header("WARC-Target-URI")
    where = url or name
    http = record.http_headers
    if http is None:
        return InputError(where, "response record without HTTP headers")
    status = (http.get_statuscode() or "").strip()
    if not status.startswith("2"):
        return InputError(where, f"HTTP status {status or '?'} ({url}), not an article")
    content_type = (http.get_header("Content-Type") or "").lower()
    mime = content_type.split(";")[0].strip()
    if mime and mime not in HTML_TYPES:
        return InputError(where, f"not HTML: Content-Type {mime} ({url})")
    payload = record.content_stream().read(MAX_RECORD_BYTES + 1)
    if len(payload) > MAX_RECORD_BYTES:
        return InputError(where, f"HTML payload over {MAX_RECORD_BYTES // 2**20} MB ({url})")
    try:
        html = _decode(payload, content_type)
    except InputRejected as exc:
        return InputError(where, f"{exc} ({url})")
    if not mime and "<html" not in html[:4096].lower() and "<body" not in html[:4096].lower():
        return InputError(where, f"no Content-Type and the payload is not HTML ({url})")
    record_id = (record.rec_headers.get_header("WARC-Record-ID") or "").strip("<>")
    return RawArticle(source=name, html=html, url=url, id=record_id.removeprefix("urn:uuid:") or None)


def _decode(payload: bytes, content_type: str) -> str:
    """The declared charset when it decodes cleanly, else the sniffing decoder used for files."""
    if "charset=" in content_type:
        charset = content_type.split("charset=", 1)[1].split(";")[0].strip().strip("\"'")
        try:
            return payload.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_bytes(payload)
