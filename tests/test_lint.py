"""Ruff over the example files: each snippet's named inputs are known to it, and nothing else is."""

from __future__ import annotations

from pathlib import Path

import pytest

from sciexamples.example_file import render_example_file
from sciexamples.lint import files_by_inputs, lint

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
BASE = {"task": "t", "domain": "statistics", "libraries": ["numpy"], "checks": ["True"], "difficulty": "basic", "tags": []}


@pytest.mark.pin_independent
def test_the_example_files_pass_ruff_check_and_format() -> None:
    """Fails when a snippet breaks a rule of examples/ruff.toml: run `python -m sciexamples.lint --fix`."""
    assert lint(EXAMPLES) == 0


def _write(root: Path, name: str, code: str, inputs: dict[str, str]) -> Path:
    path = root / "stats" / f"{name}.py"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_example_file({**BASE, "inputs": inputs, "code": code}))
    return path


def test_an_input_is_a_defined_name_only_in_the_files_that_declare_it(tmp_path: Path, capfd) -> None:
    (tmp_path / "ruff.toml").write_text((EXAMPLES / "ruff.toml").read_text())
    declared = _write(tmp_path, "declared", "mean = values.mean()\n", {"values": "values"})
    assert lint(tmp_path) == 0
    undeclared = _write(tmp_path, "undeclared", "mean = values.mean()\n", {"other": "values"})
    assert files_by_inputs(tmp_path) == {("other",): [str(undeclared)], ("values",): [str(declared)]}
    assert lint(tmp_path) == 1
    out = capfd.readouterr().out
    assert "undeclared.py" in out and "F821" in out and "declared.py:" not in out.replace("undeclared.py", "")


def test_unformatted_code_fails_and_fix_formats_it(tmp_path: Path) -> None:
    (tmp_path / "ruff.toml").write_text((EXAMPLES / "ruff.toml").read_text())
    path = _write(tmp_path, "spacing", "x=[1,2 ,3]\n", {})
    assert lint(tmp_path) == 1
    assert lint(tmp_path, fix=True) == 0
    assert path.read_text().endswith("# ///\nx = [1, 2, 3]\n")
