"""Every bad-input case named in the foundation issue: one clear reason, the run goes on."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from eventwire.ingest import InputError, RawArticle, read_inputs
from eventwire.ingest.decode import decode_bytes
from eventwire.ingest.errors import InputRejected

STORY = "Rebels took the hill town of Dara on Monday, the army said.\n\nResidents fled south."
PAGE = """<!DOCTYPE html><html><head><title>Army retakes Dara | Example Daily</title>
<meta property="article:published_time" content="2023-05-02"></head><body>
<article><h1>Army retakes Dara</h1>
<p>Government troops retook the hill town of Dara on Tuesday after a week of fighting, the defence ministry said.</p>
<p>Officials said engineers were clearing roads into the town and that displaced families could return within days.</p>
</article><section class="comments"><p>Leave a Reply</p></section></body></html>"""


def collect(paths: list[str]) -> tuple[list[RawArticle], list[InputError]]:
    items = list(read_inputs(paths))
    return [i for i in items if isinstance(i, RawArticle)], [i for i in items if isinstance(i, InputError)]


def test_text_html_and_jsonl_files(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "b.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "c.jsonl").write_text(
        json.dumps({"id": "r1", "text": STORY, "url": "https://x.example/1", "published": "2023-05-01"}) + "\n"
        + json.dumps({"id": "r2", "html": PAGE}) + "\n",
        encoding="utf-8",
    )
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")  # unknown suffix in a folder: ignored, not an error
    raws, errors = collect([str(tmp_path)])
    assert errors == []
    assert [r.source for r in raws] == [str(tmp_path / "a.txt"), str(tmp_path / "b.html"), f"{tmp_path / 'c.jsonl'}:1", f"{tmp_path / 'c.jsonl'}:2"]
    assert raws[0].text == STORY
    assert raws[1].html == PAGE and raws[1].text is None
    assert raws[2].id == "r1" and raws[2].published.isoformat() == "2023-05-01" and raws[2].url == "https://x.example/1"
    assert raws[3].html == PAGE


def test_bad_inputs_each_get_one_reason_and_the_run_continues(tmp_path: Path) -> None:
    (tmp_path / "1-empty.txt").write_bytes(b"")
    (tmp_path / "2-binary.txt").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "3-good.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "4-broken.jsonl").write_text(
        '{"id": "ok", "text": "Troops crossed the river."}\n{"id": "bad", "text": \n[1, 2]\n{"id": "notext"}\n{"id": "late", "text": "Talks resumed.", "published": "last week"}\n',
        encoding="utf-8",
    )
    (tmp_path / "5-blank.txt").write_text("   \n\n  ", encoding="utf-8")
    raws, errors = collect([str(tmp_path), str(tmp_path / "missing.txt")])
    assert [r.source for r in raws] == [str(tmp_path / "3-good.txt"), f"{tmp_path / '4-broken.jsonl'}:1"]
    reasons = {e.source.removeprefix(str(tmp_path) + "/"): e.reason for e in errors}
    assert reasons["1-empty.txt"] == "empty file"
    assert reasons["2-binary.txt"].startswith("binary file")
    assert reasons["4-broken.jsonl:2"].startswith("malformed JSON")
    assert reasons["4-broken.jsonl:3"] == "record is a JSON list, expected an object"
    assert reasons["4-broken.jsonl:4"] == "record has neither a 'text' nor an 'html' string"
    assert reasons["4-broken.jsonl:5"] == "'published' is not an ISO date: 'last week'"
    assert reasons["5-blank.txt"] == "file holds only whitespace"
    assert reasons["missing.txt"] == "no such file or folder"
    assert all("\n" not in str(e) for e in errors)


def test_empty_folder_is_reported(tmp_path: Path) -> None:
    _, errors = collect([str(tmp_path)])
    assert errors == [InputError(str(tmp_path), "folder holds no .txt, .html or .jsonl files")]


def test_jsonl_with_invalid_utf8_reports_line(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    path.write_bytes(b'{"id": "a", "text": "Troops crossed the river."}\n{"id": "b", "text": "caf\xe9"}\n')
    raws, errors = collect([str(path)])
    assert [r.id for r in raws] == ["a"]
    assert errors[0].source == f"{path}:2" and errors[0].reason.startswith("unreadable encoding")


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("Talks in Doha ended.".encode("utf-16"), "Talks in Doha ended."),
        ("\ufeffTalks ended.".encode("utf-8"), "Talks ended."),
        ("The mayor of Ménaka said “no” to the talks in Bamako, officials said.".encode("cp1252"),
         "The mayor of Ménaka said “no” to the talks in Bamako, officials said."),
    ],
)
def test_decoding_of_boms_and_legacy_encodings(data: bytes, expected: str) -> None:
    assert decode_bytes(data) == expected


def test_nul_bytes_mean_binary() -> None:
    with pytest.raises(InputRejected, match="binary file"):
        decode_bytes(b"Talks\x00ended\x00" * 20)


def test_stdin_text_and_jsonl(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(STORY.encode("utf-8"))))
    raws, errors = collect(["-"])
    assert errors == [] and raws[0].text == STORY and raws[0].source == "<stdin>"
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b'{"id": "s1", "text": "Talks ended."}\nnot json\n')))
    raws, errors = collect(["-"])
    assert [r.id for r in raws] == ["s1"]
    assert errors[0].source == "<stdin>:2" and errors[0].reason.startswith("malformed JSON")


def test_a_stage_failing_on_one_document_skips_only_that_document() -> None:
    from eventwire.pipeline import Pipeline

    class Fragile:
        name = "fragile"

        def __call__(self, document):  # noqa: ANN001, ANN204
            if "explode" in document.article.text:
                raise RuntimeError("cannot handle this text")
            return document

    pipeline = Pipeline(stages=[Fragile()])
    results = list(pipeline.run([RawArticle(source="a", text="Talks resumed."), RawArticle(source="b", text="Mines explode."),
                                 RawArticle(source="c", text="Troops left.")]))
    assert [type(r).__name__ for r in results] == ["Article", "InputError", "Article"]
    assert str(results[1]) == "b: stage 'fragile' failed: RuntimeError: cannot handle this text"


def test_plain_text_headline_becomes_the_title() -> None:
    """A .txt article's first paragraph is its title only when it reads as a headline."""
    from eventwire.ingest import RawArticle
    from eventwire.prepare import headline, prepare
    from eventwire.settings import Settings

    body = "Rebels shelled the port of Hodeidah on Friday, residents said. Two people were wounded, a medic said."
    article = prepare(RawArticle(source="a.txt", text="Rebels shell Hodeidah port\n\n" + body), Settings())
    assert article.title == "Rebels shell Hodeidah port" and article.text.startswith("Rebels shell Hodeidah port")
    assert prepare(RawArticle(source="b.txt", text=body + "\n\n" + body), Settings()).title is None  # a sentence, not a headline
    assert prepare(RawArticle(source="c.html", text="Rebels shell port\n\n" + body, title="Given"), Settings()).title == "Given"
    assert headline("Rebels shell Hodeidah port") is None  # nothing after it: the whole text, not a headline
    assert headline("Rebels shell\nHodeidah port\n\n" + body) is None  # two lines
