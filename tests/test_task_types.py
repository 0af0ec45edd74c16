"""Task types: what a `fix`, `performance`, `function` or `input-output` record must show, and the
code a task shows, run by the generator and by the gate."""

from __future__ import annotations

from pathlib import Path

import pytest

from sciexamples.cli import generate
from sciexamples.example import DatasetError, example_from_fields
from sciexamples.example_file import render_example_file
from sciexamples.task_types import given_code, given_error, task_type_problems

BASE = {"domain": "data_processing", "libraries": ["numpy"], "inputs": {}, "difficulty": "basic", "tags": []}

BROKEN = "values = [3, 1, 2]\ntotal = sum(values) / len(value)"
ERROR = "NameError: name 'value' is not defined"
FIX_TASK = f"This should store the mean of `values` in `total`, but fails:\n\n```python\n{BROKEN}\n```\n\n```text\n{ERROR}\n```\n\nFix it."
FIX_PROMPT = f"My code for the mean in `total`:\n\n```python\n{BROKEN}\n```\n\nsays\n\n```text\n{ERROR}\n```"


def fix_record(**fields: object) -> dict[str, object]:
    record = {
        "task": FIX_TASK, "prompt": FIX_PROMPT, "task_type": "fix", **BASE,
        "code": "values = [3, 1, 2]\n# the list is `values`: `value` was a typo\ntotal = sum(values) / len(values)\n", "checks": ["total == 2"],
    }
    return {**record, **fields}


def test_the_code_and_the_error_a_fix_task_shows_are_read_from_its_fenced_blocks() -> None:
    example = example_from_fields(id="t.fix", **fix_record())
    assert given_code(example) == BROKEN + "\n"
    assert given_error(example) == ERROR
    assert task_type_problems(example) == []


@pytest.mark.parametrize(
    ("fields", "problem"),
    [
        ({"task": "Fix my mean in `total`."}, "shows the user's code in a ```python block"),
        ({"prompt": "Fix my mean in `total`."}, "the prompt does not show the task's ```python block"),
        ({"code": BROKEN + "\n"}, "nothing was changed"),
        ({"prompt": f"My code for `total`:\n\n```python\n{BROKEN}\n```"}, "the prompt does not show the error"),
    ],
)
def test_a_fix_record_shows_the_code_and_the_error_in_task_and_prompt(fields: dict[str, str], problem: str) -> None:
    example = example_from_fields(id="t.fix", **fix_record(**fields))
    assert any(problem in p for p in task_type_problems(example)), task_type_problems(example)


def test_a_function_record_calls_its_function_on_several_inputs() -> None:
    code = "def double(x):\n    return 2 * x\n"
    once = example_from_fields(id="t.f", task="Write `double(x)`.", prompt="`double`", task_type="function", **BASE, code=code, checks=["double(1) == 2"])
    assert any("at least 3 different inputs" in p for p in task_type_problems(once))
    several = example_from_fields(
        id="t.f", task="Write `double(x)`.", prompt="`double`", task_type="function", **BASE, code=code,
        checks=["double(1) == 2", "double(-3) == -6", "double(0.5) == 1.0"],
    )
    assert task_type_problems(several) == []
    unnamed = example_from_fields(id="t.f", task="Write a doubling function.", prompt="`double`", task_type="function", **BASE, code=code,
                                  checks=["double(1) == 2", "double(-3) == -6", "double(0.5) == 1.0"])
    assert any("names the function" in p for p in task_type_problems(unnamed))


def test_an_input_output_record_shows_both_and_builds_its_input() -> None:
    task = "From\n\n```text\na b\n1 2\n```\n\nI want `total`:\n\n```text\n3\n```"
    fine = example_from_fields(id="t.io", task=task, prompt=task, task_type="input-output", **BASE, code="total = 1 + 2\n", checks=["total == 3"])
    assert task_type_problems(fine) == []
    one_block = example_from_fields(id="t.io", task="I want `total` = 3:\n\n```text\n3\n```", prompt="`total` 3", task_type="input-output", **BASE,
                                    code="total = 1 + 2\n", checks=["total == 3"])
    assert any("fewer than two" in p for p in task_type_problems(one_block))


def test_an_unknown_task_type_is_refused_naming_the_known_ones() -> None:
    with pytest.raises(DatasetError, match="field 'task_type' must be one of code, fix, performance, function, input-output, got 'debug'"):
        example_from_fields(id="t.x", **fix_record(task_type="debug"))


def _write(root: Path, example_id: str, record: dict[str, object]) -> Path:
    path = root.joinpath(*example_id.split(".")).with_suffix(".py")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_example_file(record))
    return path


@pytest.mark.parametrize(
    ("fields", "verdict"),
    [
        ({}, None),
        # the shown code raises another exception than the task says
        ({"task": FIX_TASK.replace("NameError", "KeyError"), "prompt": FIX_PROMPT.replace("NameError", "KeyError")}, "must raise KeyError"),
        # the shown code is right after all: the task is not a fix
        ({"task": FIX_TASK.replace("len(value)", "3"), "prompt": FIX_PROMPT.replace("len(value)", "3")}, "nothing to fix"),
    ],
)
def test_the_generator_runs_the_code_a_fix_task_shows(tmp_path: Path, capsys: pytest.CaptureFixture[str], fields: dict[str, str], verdict: str | None) -> None:
    examples = tmp_path / "examples"
    _write(examples, "t.mean_fix", fix_record(**fields))
    status = generate(["--examples", str(examples), "--out", str(tmp_path / "out"), "--no-progress", "--no-cache"])
    err = capsys.readouterr().err
    if verdict is None:
        assert status == 0, err
    else:
        assert status == 1 and verdict in err, err
        assert not (tmp_path / "out").exists()


def test_the_slow_code_a_performance_task_shows_must_pass_the_same_checks(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    slow = "total = 0\nfor v in range(10):\n    total += v"
    task = f"Make this fast; `total` is the sum of 0..9:\n\n```python\n{slow}\n```"
    record = {"task": task, "prompt": task, "task_type": "performance", **BASE, "code": "# sum() over a range loops in C, not in Python bytecode\ntotal = sum(range(10))\n", "checks": ["total == 45"]}
    examples = tmp_path / "examples"
    _write(examples, "t.fast", record)
    assert generate(["--examples", str(examples), "--out", str(tmp_path / "out"), "--no-progress", "--no-cache"]) == 0
    wrong = task.replace("range(10)", "range(9)")
    _write(examples, "t.fast", {**record, "task": wrong, "prompt": wrong})
    assert generate(["--examples", str(examples), "--out", str(tmp_path / "out"), "--no-progress", "--no-cache"]) == 1
    assert "the slow code the task shows must pass the checks" in capsys.readouterr().err


def test_the_gate_runs_the_code_a_fix_task_shows_as_its_own_item(pytester: pytest.Pytester) -> None:
    """`id[given code]` passes when the shown code fails as the task says, and fails when it does not."""
    _write(pytester.path / "examples", "t.mean_fix", fix_record())
    _write(pytester.path / "examples", "t.not_broken", fix_record(
        task=FIX_TASK.replace("len(value)", "3"), prompt=FIX_PROMPT.replace("len(value)", "3")))
    result = pytester.runpytest("examples", "-v", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=3, failed=1)
    result.stdout.fnmatch_lines([
        "*t.mean_fix[[]given code[]] PASSED*",
        "*t.not_broken[[]given code[]] FAILED*",
        "*the code its task shows: the code the task shows passes the checks*",
    ])


def test_names_in_backticks_after_a_fenced_block_are_stated() -> None:
    """A fenced block's three backticks do not pair with the prose's: `total` after the blocks is stated."""
    from sciexamples.dataset import stated_names

    task = "Fix this:\n\n```python\nx = [1]\n```\n\n```text\nKeyError: 'x'\n```\n\nStore the result in `total`."
    assert stated_names(task) == {"total"}


def test_a_function_checked_on_a_written_input_compares_no_unstated_literal() -> None:
    """What the function gives on an input its check writes out follows from the specification; a
    literal compared elsewhere still has to be stated."""
    from sciexamples.dataset import unstated_literals

    code = "def double(x):\n    return 2 * x\n\nresult = double(21)\n"
    checks = ["double(1) == 2", "double(-3) == -6", "double(0.5) == 1.0", "result == 42"]
    example = example_from_fields(id="t.f", task="Write `double(x)` and store `result`.", prompt="`double`, `result`", task_type="function",
                                  **BASE, code=code, checks=checks)
    assert unstated_literals(example) == [(3, 42)]


def test_a_whole_number_printed_with_decimals_is_stated() -> None:
    from sciexamples.dataset import literal_stated

    task = "```text\n   revenue\n0    200.0\n1    250.50\n```"
    assert literal_stated(200, task) and literal_stated(200.0, task) and literal_stated(250.5, task)
    assert not literal_stated(20, task) and not literal_stated(250, task)
