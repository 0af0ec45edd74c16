"""The example file format: a TOML header in the leading comments, the snippet as the body."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sciexamples.example import DatasetError
from sciexamples.example_file import example_id, parse_example_file, read_example_file, render_example_file

DATA = Path(__file__).resolve().parents[1] / "data"

BASE = {"domain": "statistics", "libraries": ["numpy"], "inputs": {}, "checks": ["x == 1"], "difficulty": "basic", "tags": []}


def _round_trip(record: dict) -> dict:
    header, code = parse_example_file(render_example_file(record), "probe")
    return {"id": record["id"], **header, "code": code}


def test_every_shipped_record_reads_back_exactly() -> None:
    records = [r for name in ("training_examples.json", "validation_examples.json") for r in json.loads((DATA / name).read_text())]
    assert records
    for record in records:
        # the header holds every field but the alternatives, which are files of their own
        expected = {key: value for key, value in record.items() if key != "alternatives"}
        assert _round_trip(expected) == expected, record["id"]


@pytest.mark.parametrize(
    "task",
    [
        'Fix this:\n\n```\ndf["a"] = "b\\\\"  \n```\n  indented\\ and a trailing space ',
        'ends with a quote "',
        'three quotes """ and four """" in a row',
        "a very long task " * 30,
        "\nstarts with a newline",
        "tab\tand unicode µs — ok",
    ],
)
def test_tasks_with_newlines_quotes_and_backslashes_read_back(task: str) -> None:
    record = {"id": "probe.task", "task": task, **BASE, "code": "x = 1\n", "edge_cases": {"why": "it's \"so\"", "tone_ranges": [[1.0, 2.5]]}}
    assert _round_trip(record) == record


def test_the_header_is_readable_toml_in_comments() -> None:
    text = render_example_file({"id": "stats.probe", "task": "Compute `x`.", **BASE, "code": "x = 1\n", "edge_cases": {"constant": False, "why": "x varies"}})
    assert text.splitlines()[:2] == ["# /// example", '# task = """']
    assert "# [edge_cases]\n# constant = false\n# why = 'x varies'\n# ///\nx = 1\n" in text


def test_the_id_is_the_path(tmp_path: Path) -> None:
    path = tmp_path / "signal" / "detrend_drift.py"
    path.parent.mkdir()
    path.write_text(render_example_file({"id": "ignored", "task": "t", **BASE, "code": "x = 1\n"}))
    assert example_id(path, tmp_path) == "signal.detrend_drift"
    assert read_example_file(path, tmp_path)["id"] == "signal.detrend_drift"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("x = 1\n", "starts with a `# /// example`"),
        ("import os\n# /// example\n# task = 't'\n# ///\nx = 1\n", "starts with a `# /// example`"),
        ("# /// script\n# dependencies = []\n# ///\nx = 1\n", "starts with a `# /// example`"),
        ("# /// example\n# task = 't\n# ///\nx = 1\n", "not valid TOML"),
        ("# /// example\n# id = 'a.b'\n# ///\nx = 1\n", "unknown field(s) in the header: id (the id is the file's path)"),
        ("# /// example\n# colour = 'red'\n# ///\nx = 1\n", "unknown field(s) in the header: colour"),
    ],
)
def test_a_malformed_file_is_refused_by_name(text: str, problem: str) -> None:
    with pytest.raises(DatasetError, match="^where.py: .*" + problem.replace("(", r"\(").replace(")", r"\)").replace("[", r"\[")):
        parse_example_file(text, "where.py")


def test_alternatives_are_files_beside_the_example_in_number_order(tmp_path: Path) -> None:
    from sciexamples.example_file import example_files, read_examples

    path = tmp_path / "stats" / "mean.py"
    path.parent.mkdir()
    path.write_text(render_example_file({"id": "x", "task": "t", **BASE, "code": "x = 1\n"}))
    for number, code in ((10, "x = 10 // 10\n"), (2, "x = 2 - 1\n"), (1, "x = int('1')\n")):
        (path.parent / f"mean.alt{number}.py").write_text(code)
    assert example_files(tmp_path) == [path]
    (example,) = read_examples(tmp_path)
    assert example.alternatives == ("x = int('1')\n", "x = 2 - 1\n", "x = 10 // 10\n")
    assert example.to_dict()["alternatives"] == list(example.alternatives)

    (path.parent / "gone.alt1.py").write_text("x = 1\n")
    with pytest.raises(DatasetError, match=r"gone\.alt1\.py: an alternative of gone\.py, which does not exist"):
        example_files(tmp_path)
    (path.parent / "gone.alt1.py").unlink()
    (path.parent / "odd.name.py").write_text("x = 1\n")
    with pytest.raises(DatasetError, match=r"odd\.name\.py: an example file's name has no dot"):
        example_files(tmp_path)
