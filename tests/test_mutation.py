"""The mutation report: a record that does not compile is named and fails the report; the rest is measured."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sciexamples.mutation import main

GOOD = {
    "id": "mut.mean", "task": "Store the mean of `values` in `result`.", "code": "import numpy as np\n\nresult = np.mean(values)\n",
    "checks": ["np.isclose(result, values.mean())", "np.ndim(result) == 0"], "domain": "statistics", "libraries": ["numpy"],
    "inputs": {"values": "values"}, "difficulty": "basic", "tags": [],
}


def test_a_record_that_does_not_compile_fails_the_report_and_the_rest_is_measured(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    dataset = tmp_path / "examples.json"
    dataset.write_text(json.dumps([GOOD, GOOD | {"id": "mut.broken", "code": "result = np.mean(values\n"}]))
    report_path = tmp_path / "mutation.json"
    assert main([str(dataset), "--json", str(report_path), "--no-progress"]) == 1
    captured = capsys.readouterr()
    assert f"error: {dataset}: record 1 (id 'mut.broken'): code does not compile: '(' was never closed (snippet line 1)" in captured.err
    report = json.loads(report_path.read_text())
    assert report["examples"] == 1 and report["per_kind"]["do-nothing"] == {**report["per_kind"]["do-nothing"], "mutants": 1, "killed": 1}
    assert len(report["broken_examples"]) == 1
