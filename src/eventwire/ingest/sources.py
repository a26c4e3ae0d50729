"""Expand the paths a user gives (files, folders, `-` for stdin) into raw articles."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from .decode import decode_bytes
from .errors import InputError, InputRejected
from .html import looks_like_html
from .jsonl import read_jsonl
from .raw import RawArticle

TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
MAX_FILE_BYTES = 200 * 1024 * 1024


def read_inputs(paths: Iterable[str]) -> Iterator[RawArticle | InputError]:
    for given in paths:
        if given == "-":
            yield from _read_stdin()
            continue
        path = Path(given)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in KNOWN_SUFFIXES and not p.name.startswith("."))
            if not files:
                yield InputError(given, "folder holds no .txt, .html or .jsonl files")
            for file in files:
                yield from _read_file(file)
        elif path.exists():
            yield from _read_file(path)
        else:
            yield InputError(given, "no such file or folder")


def _read_file(path: Path) -> Iterator[RawArticle | InputError]:
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl(path)
        return
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
