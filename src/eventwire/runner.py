"""The corpus run loop behind `eventwire run`: sources → prepare → dedupe → pipeline → store.

Incremental and resumable by construction:

- every article is keyed by the hash of its cleaned text and committed in its own
  transaction (`DuckStore.add`), so a run killed at any moment leaves whole articles;
- before parsing (the expensive part), an article already in the store is skipped by
  hash, and one whose text is a near-duplicate (MinHash Jaccard ≥ threshold over
  word shingles) of a stored or already accepted article is skipped with a reason.

A rerun of the same command therefore re-reads the inputs, skips what is stored
cheaply (cleaning and hashing, no NLP) and codes only the rest: nothing lost,
nothing doubled.

The pieces are small functions so the distributed runner can reuse them:
`iter_sources`, `already_stored`, `Dedupe`, `filter_new`, `store_results`.
"""

from __future__ import annotations

import re
import signal
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from .ingest.errors import InputError
from .ingest.raw import RawArticle
from .ingest.sources import input_size, read_inputs
from .model import Article
from .prepare import prepare
from .settings import Settings
from .store import DuckStore
from .store.near_dup import DEFAULT_THRESHOLD, NearDupIndex, signature


def iter_sources(paths: Iterable[str], on_bytes: Callable[[int], None] | None = None) -> Iterator[RawArticle | InputError]:
    """Folders, globs, text/HTML files, JSONL(.gz), RSS/Atom feeds, WARC(.gz): streamed, in a stable order."""
    return read_inputs(paths, on_bytes)


def already_stored(store: DuckStore, article: Article) -> bool:
    return store.has(article.content_hash)


@dataclass
class RunCounts:
    read: int = 0  # articles read and cleaned from the inputs
    stored: int = 0  # new articles coded and committed
    duplicates: int = 0  # same cleaned text as a stored article (or an earlier one in this run)
    near_duplicates: int = 0
    skipped: int = 0  # bad inputs and articles whose coding failed
    reasons: Counter = field(default_factory=Counter)  # skipped inputs by kind of reason
    started: float = field(default_factory=time.monotonic)

    def skip(self, error: InputError) -> None:
        self.skipped += 1
        self.reasons[reason_kind(error.reason)] += 1

    def skip_summary(self) -> str:
        """'skipped by reason: 3 × binary file, 1 × malformed JSON' (most frequent first), or ''."""
        if not self.reasons:
            return ""
        return "skipped by reason: " + ", ".join(f"{n:,} × {kind}" for kind, n in sorted(self.reasons.items(), key=lambda kv: (-kv[1], kv[0])))

    @property
    def elapsed(self) -> float:
        return max(time.monotonic() - self.started, 1e-9)

    @property
    def rate(self) -> float:
        """Articles handled (coded, or skipped as already known) per second."""
        return (self.stored + self.duplicates + self.near_duplicates) / self.elapsed

    def summary(self) -> str:
        return (
            f"read {self.read:,} article(s): stored {self.stored:,} new, {self.duplicates:,} already stored, "
            f"{self.near_duplicates:,} near-duplicate(s); skipped {self.skipped:,} input(s); "
            f"{self.elapsed:.1f} s, {self.stored / self.elapsed:.2f} new articles/s"
        )


_NUMBER = re.compile(r"\d[\d,.]*")


def finish_run(console, counts: RunCounts, where: str, status: int, strict: bool) -> int:  # noqa: ANN001 - rich Console
    """The last lines of a run (summary, skips by reason) and its exit status: 1 if no input
    held an article, 3 with `strict` if anything was skipped; an earlier failure status stands."""
    console.print(f"eventwire: {counts.summary()} {where}", markup=False)
    if counts.reasons:
        console.print(f"eventwire: {counts.skip_summary()}", markup=False)
    if status == 0 and counts.read == 0 and counts.skipped > 0:
        return 1
    if status == 0 and strict and counts.skipped > 0:
        return 3
    return status


def reason_kind(reason: str) -> str:
    """The kind of a skip reason, for the summary: the text before any detail in
    parentheses or after a colon, numbers replaced by N."""
    kind = re.split(r" \(|: |; ", reason, maxsplit=1)[0]
    return _NUMBER.sub("N", kind).strip() or "other"


@dataclass(frozen=True)
class Duplicate:
    reason: str
    near: bool  # False: same text (hash); True: near-duplicate


class Dedupe:
    """Decides, before parsing, whether an article is new. Accepted articles are held
    (so duplicates later in the same run are caught) until `stored` or `failed`."""

    def __init__(self, store: DuckStore, threshold: float | None = DEFAULT_THRESHOLD) -> None:
        self.store = store
        self.index = NearDupIndex.open(store.con, threshold) if threshold else None
        self.pending: dict[str, Article] = {}

    def check(self, article: Article) -> Duplicate | None:
        key = article.content_hash
        if key in self.pending or already_stored(self.store, article):
            return Duplicate("same text as an article already stored", near=False)
        sig = None
        if self.index is not None:
            sig = signature(article.text)
            match = self.index.match(article.text, sig)
            if match is not None:
                return Duplicate(f"near-duplicate (Jaccard ≈ {match[1]:.2f}) of {self._describe(match[0])}", near=True)
            self.index.hold(key, sig)
        self.pending[key] = article
        return None

    def stored(self, article: Article) -> None:
        """The article is committed: persist its signature."""
        self.pending.pop(article.content_hash, None)
        if self.index is not None:
            self.index.persist([article.content_hash])

    def failed(self, article: Article) -> None:
        self.pending.pop(article.content_hash, None)
        if self.index is not None:
            self.index.release(article.content_hash)

    def _describe(self, key: str) -> str:
        held = self.pending.get(key)
        if held is not None:
            return f"article {held.id} ({held.source}) earlier in this run"
        row = self.store.con.execute("SELECT id, source FROM articles WHERE content_hash = ?", [key]).fetchone()
        return f"stored article {row[0]} ({row[1]})" if row else f"stored article {key[:16]}"


class Reporter:
    """What the loop tells the user. The CLI supplies one (progress bar or log lines)."""

    def skipped(self, error: InputError) -> None: ...

    def duplicate(self, article: Article, verdict: Duplicate) -> None: ...

    def tick(self, counts: RunCounts) -> None: ...


def filter_new(
    items: Iterable[RawArticle | InputError], settings: Settings, dedupe: Dedupe, counts: RunCounts, report: Reporter
) -> Iterator[Article]:
    """Prepare (extract, clean, hash) each raw article and yield only new ones."""
    for item in items:
        prepared = item if isinstance(item, InputError) else prepare(item, settings)
        if isinstance(prepared, InputError):
            counts.skip(prepared)
            report.skipped(prepared)
            continue
        counts.read += 1
        verdict = dedupe.check(prepared)
        if verdict is None:
            yield prepared
            continue
        if verdict.near:
            counts.near_duplicates += 1
        else:
            counts.duplicates += 1
        report.duplicate(prepared, verdict)
        report.tick(counts)


class InterruptLatch:
    """Ctrl-C that always stops a run. Python raises KeyboardInterrupt wherever SIGINT lands, but
    when it lands inside a DuckDB call DuckDB may turn it into `RuntimeError('Query interrupted')`
    (43 of 300 interrupts during inserts, measured) or let the statement finish, and a handler
    that keeps a corpus run going past one bad document can then swallow it: the run went on to
    the end. The latch remembers that the signal came; the run stops after the next commit."""

    def __init__(self) -> None:
        self.hit = False
        self._previous = None

    def __enter__(self) -> InterruptLatch:
        if threading.current_thread() is threading.main_thread():
            self._previous = signal.signal(signal.SIGINT, self._on_signal)
        return self

    def _on_signal(self, signum, frame) -> None:  # noqa: ANN001
        self.hit = True
        raise KeyboardInterrupt

    def __exit__(self, *exc: object) -> None:
        if self._previous is not None:
            signal.signal(signal.SIGINT, self._previous)

    def check(self) -> None:
        if self.hit:
            raise KeyboardInterrupt


def store_results(
    store: DuckStore, fed: deque[Article], results: Iterable[Article | InputError], dedupe: Dedupe, counts: RunCounts, report: Reporter,
    latch: InterruptLatch | None = None,
) -> None:
    """Commit each coded article (one transaction each). `fed` holds the articles handed to the
    pipeline, in order: the pipeline yields exactly one result per article, in the same order."""
    for result in results:
        article = fed.popleft()
        if isinstance(result, InputError):
            dedupe.failed(article)
            counts.skip(result)
            report.skipped(result)
        elif store.add(result):
            dedupe.stored(result)
            counts.stored += 1
        else:  # stored meanwhile (another process): not doubled
            dedupe.stored(result)
            counts.duplicates += 1
        report.tick(counts)
        if latch is not None:
            latch.check()


def run_corpus(
    paths: list[str],
    store: DuckStore,
    pipeline,  # noqa: ANN001 - eventwire.pipeline.Pipeline (loaded by the caller, once)
    report: Reporter | None = None,
    near_dup_threshold: float | None = DEFAULT_THRESHOLD,
    on_bytes: Callable[[int], None] | None = None,
    counts: RunCounts | None = None,
    latch: InterruptLatch | None = None,
) -> RunCounts:
    """Code every new article of `paths` into `store`. Interrupting it (KeyboardInterrupt, kill)
    loses at most the articles not yet committed; rerunning resumes. With a `latch`, a Ctrl-C that
    DuckDB swallowed still stops the run after the next commit."""
    report = report or Reporter()
    counts = counts or RunCounts()
    dedupe = Dedupe(store, near_dup_threshold)
    fed: deque[Article] = deque()

    def feed() -> Iterator[Article]:
        for article in filter_new(iter_sources(paths, on_bytes), pipeline.settings, dedupe, counts, report):
            fed.append(article)
            yield article

    store_results(store, fed, pipeline.run(feed()), dedupe, counts, report, latch)
    return counts


def total_bytes(paths: list[str]) -> int:
    """Input size for a progress bar (file metadata only)."""
    return input_size(paths)


class ConsoleReporter(Reporter):
    """Skips and near-duplicates as one stderr line each; progress as a rich bar (articles/s,
    ETA from input bytes) on a terminal, or a plain log line every `every` seconds otherwise."""

    def __init__(self, console, total: int, live: bool, every: float = 10.0) -> None:  # noqa: ANN001 - rich Console
        self.console = console
        self.total = total
        self.every = every
        self.done_bytes = 0
        self.last = time.monotonic()
        self.progress = None
        self.task = None
        if live:
            from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

            self.progress = Progress(
                TextColumn("[bold]eventwire run"),
                BarColumn(),
                TextColumn("{task.percentage:>3.0f}%"),
                TextColumn("{task.fields[articles]} articles, {task.fields[stored]} new"),
                TextColumn("{task.fields[rate]} articles/s"),
                TimeElapsedColumn(),
                TextColumn("ETA"),
                TimeRemainingColumn(),
                console=console,
                transient=False,
            )
            self.task = self.progress.add_task("run", total=total or None, articles="0", stored="0", rate="0.0")
            self.progress.start()

    def _print(self, line: str) -> None:
        (self.progress.console if self.progress else self.console).print(line, markup=False, highlight=False)

    def bytes_read(self, n: int) -> None:
        self.done_bytes += n
        if self.progress is not None:
            self.progress.update(self.task, completed=self.done_bytes)

    def skipped(self, error: InputError) -> None:
        self._print(f"eventwire: skipped {error}")

    def duplicate(self, article: Article, verdict: Duplicate) -> None:
        if verdict.near:
            self._print(f"eventwire: skipped {article.source}: {verdict.reason}")

    def tick(self, counts: RunCounts, force: bool = False) -> None:
        handled = counts.stored + counts.duplicates + counts.near_duplicates
        if self.progress is not None:
            self.progress.update(self.task, articles=f"{handled:,}", stored=f"{counts.stored:,}", rate=f"{counts.rate:.1f}")
            return
        now = time.monotonic()
        if not force and now - self.last < self.every:
            return
        self.last = now
        share = ""
        if self.total:
            fraction = min(self.done_bytes / self.total, 1.0)
            share = f", {fraction:.0%} of input"
            if 0.0 < fraction < 1.0:
                eta = counts.elapsed * (1 - fraction) / fraction
                share += f", ETA {int(eta // 3600)}:{int(eta % 3600 // 60):02d}:{int(eta % 60):02d}"
        self._print(
            f"eventwire: {handled:,} articles ({counts.stored:,} new, {counts.duplicates:,} already stored, "
            f"{counts.near_duplicates:,} near-dup, {counts.skipped:,} skipped), {counts.rate:.1f} articles/s{share}"
        )

    def close(self) -> None:
        if self.progress is not None:
            self.progress.stop()
            self.progress = None
