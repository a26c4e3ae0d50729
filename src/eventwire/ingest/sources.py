"""Expand the paths a user gives (files, folders, globs, `-` for stdin) into raw articles.

Dispatch by name: .txt/.md/no suffix (text), .html/.htm/.xhtml (page), .jsonl/.ndjson
(optionally .gz: one record per line), .rss/.atom/feed .xml (one article per entry),
.warc/.warc.gz/.arc/.arc.gz (one article per HTML response record). Everything is
streamed: folders are walked lazily, JSONL and archives are read record by record.
"""

from __future__ import annotations

import glob
import gzip
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from .decode import decode_bytes
from .errors import InputError, InputRejected
from .feeds import FEED_SUFFIXES, is_feed, read_feed
from .html import looks_like_html
from .jsonl import read_jsonl
from .raw import RawArticle
from .warc import WARC_SUFFIXES, is_warc, read_warc

TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
JSONL_GZ_SUFFIXES = (".jsonl.gz", ".ndjson.gz")
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
MAX_FILE_BYTES = 200 * 1024 * 1024
_GLOB_CHARS = set("*?[")

OnBytes = Callable[[int], None]


def read_inputs(paths: Iterable[str], on_bytes: OnBytes | None = None) -> Iterator[RawArticle | InputError]:
    """Yield raw articles and input errors in a stable order (folders and globs sorted).

    `on_bytes(n)` (optional) is told how many input bytes have been consumed, so a caller
    can show progress against `input_size(paths)`.
    """
    for given in paths:
        if given == "-":
            yield from _read_stdin()
            continue
        path = Path(given)
        if path.is_dir():
            found = False
            for file in walk_folder(path):
                found = True
                yield from read_file(file, on_bytes)
            if not found:
                yield InputError(given, "folder holds no .txt, .html or .jsonl files")
        elif path.exists():
            yield from read_file(path, on_bytes)
        elif _GLOB_CHARS & set(given):
            matches = expand_glob(given)
            if not matches:
                yield InputError(given, "glob matches no files")
            for file in matches:
                yield from read_file(file, on_bytes)
        else:
            yield InputError(given, "no such file or folder")


def wanted(path: Path) -> bool:
    """Is this file one eventwire reads when it is found inside a folder or glob?"""
    if path.name.startswith("."):
        return False
    name = path.name.lower()
    if name.endswith(WARC_SUFFIXES + JSONL_GZ_SUFFIXES + FEED_SUFFIXES):
        return True
    if name.endswith(".xml"):
        return is_feed(path)
    return path.suffix.lower() in KNOWN_SUFFIXES


def walk_folder(folder: Path) -> Iterator[Path]:
    """Files eventwire reads under `folder`, depth first in name order (the order of
    `sorted(folder.rglob('*'))`), without listing the whole tree first."""
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        path = Path(entry.path)
        if entry.is_dir(follow_symlinks=True):
            yield from walk_folder(path)
        elif entry.is_file(follow_symlinks=True) and wanted(path):
            yield path


def expand_glob(pattern: str) -> list[Path]:
    return [Path(p) for p in sorted(glob.glob(pattern, recursive=True)) if os.path.isfile(p) and wanted(Path(p))]


def iter_files(paths: Iterable[str]) -> Iterator[Path]:
    """The files `read_inputs(paths)` would read (stdin and missing paths left out)."""
    for given in paths:
        path = Path(given)
        if given == "-":
            continue
        if path.is_dir():
            yield from walk_folder(path)
        elif path.exists():
            yield path
        elif _GLOB_CHARS & set(given):
            yield from expand_glob(given)


def input_size(paths: Iterable[str]) -> int:
    """Total bytes of the files `read_inputs(paths)` reads (metadata only, nothing is opened)."""
    total = 0
    for file in iter_files(paths):
        try:
            total += file.stat().st_size
        except OSError:
            pass
    return total


def read_file(path: Path, on_bytes: OnBytes | None = None) -> Iterator[RawArticle | InputError]:
    """As `_read_any`, but a reader that fails unexpectedly (a parser bug, RecursionError on
    hostile markup, MemoryError) costs the rest of that file only, with a reason: never the run."""
    try:
        yield from _read_any(path, on_bytes)
    except (RecursionError, MemoryError) as exc:
        yield InputError(str(path), f"unreadable: {type(exc).__name__} while reading; rest of the file skipped")
    except Exception as exc:  # noqa: BLE001
        yield InputError(str(path), f"unreadable: {type(exc).__name__}: {str(exc)[:200]}; rest of the file skipped")


def _read_any(path: Path, on_bytes: OnBytes | None = None) -> Iterator[RawArticle | InputError]:
    name = path.name.lower()
    if is_warc(path):
        yield from read_warc(path, on_bytes)
        return
    if name.endswith(JSONL_GZ_SUFFIXES) or path.suffix.lower() in JSONL_SUFFIXES:
        yield from _read_jsonl_counted(path, on_bytes)
        return
    size = 0
    try:
        if is_feed(path):
            yield from read_feed(path)
            return
        size = path.stat().st_size
        yield from _read_file(path)
    finally:
        if on_bytes is not None:
            on_bytes(size or _size(path))


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _read_jsonl_counted(path: Path, on_bytes: OnBytes | None) -> Iterator[RawArticle | InputError]:
    compressed = path.name.lower().endswith(".gz")
    if on_bytes is None and not compressed:
        yield from read_jsonl(path)
        return
    try:
        raw = path.open("rb")
    except OSError as exc:
        yield InputError(str(path), f"cannot open: {exc.strerror}")
        return
    with raw:
        handle = gzip.GzipFile(fileobj=raw) if compressed else raw
        position = 0

        def lines() -> Iterator[bytes]:
            nonlocal position
            for line in handle:
                yield line
                if on_bytes is not None:
                    now = raw.tell()  # compressed position for .gz: matches the file size total
                    if now > position:
                        on_bytes(now - position)
                        position = now

        try:
            yield from read_jsonl(path, lines())
        except (OSError, EOFError) as exc:  # a truncated or corrupt .gz
            yield InputError(str(path), f"unreadable compressed data after {position:,} bytes ({exc})")
        if on_bytes is not None:
            rest = _size(path) - position
            if rest > 0:
                on_bytes(rest)


def _read_file(path: Path) -> Iterator[RawArticle | InputError]:
    suffix = path.suffix.lower()
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputRejected(f"file is {size // 2**20} MB, over the {MAX_FILE_BYTES // 2**20} MB limit")
        content = decode_bytes(path.read_bytes())
    except InputRejected as exc:
        yield InputError(str(path), str(exc))
        return
    except OSError as exc:
        yield InputError(str(path), f"cannot read: {exc.strerror}")
        return
    yield _raw_from_content(str(path), content, as_html=suffix in HTML_SUFFIXES)


def _read_stdin() -> Iterator[RawArticle | InputError]:
    try:
        content = decode_bytes(sys.stdin.buffer.read())
    except InputRejected as exc:
        yield InputError("<stdin>", str(exc))
        return
    stripped = content.lstrip()
    if stripped.startswith("{"):
        yield from read_jsonl(Path("<stdin>"), iter(content.splitlines()))
        return
    yield _raw_from_content("<stdin>", content, as_html=False)


def _raw_from_content(source: str, content: str, as_html: bool) -> RawArticle:
    if as_html or looks_like_html(content):
        return RawArticle(source=source, html=content)
    return RawArticle(source=source, text=content)
