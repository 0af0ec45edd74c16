"""Task types: what a record asks of the one who answers it, and what is verified of each type.

- `code`: write code for a goal stated in words (the default).
- `fix`: the task shows the user's code in a ```python block and, where it raises, the error in a
  ```text block (its last line, `Type: message`). The given code must fail as the task says: raise
  an exception of that type (the message's wording may differ between library versions), or, with
  no error shown, fail a check (its output is wrong). The record's code is the fix.
- `performance`: the task shows slow but correct code in a ```python block; it must pass the same
  checks (the answer is judged on the result, and the slow code proves the task means that result).
- `function`: the task gives a function's signature and docstring; the checks call the function on
  at least three different inputs.
- `input-output`: the task shows a small input and the wanted output, each in a fenced block, as a
  user posts them; the snippet builds the input itself (no named inputs).

The prompt of a `fix`, `performance` or `input-output` record shows the same blocks: the user pastes them.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from .example import Example

GIVEN_CODE_TYPES = ("fix", "performance")
FENCE = re.compile(r"```([\w+-]*)[ \t]*\n(.*?)```", re.DOTALL)
MIN_FUNCTION_CALLS = 3


def task_type(example: Example) -> str:
    return example.task_type or "code"


def fenced_blocks(text: str) -> list[tuple[str, str]]:
    """(language, body) of each fenced block, in order; the body without its trailing newline."""
    return [(lang.lower(), body.rstrip("\n")) for lang, body in FENCE.findall(text or "")]


def given_code(example: Example) -> str | None:
    """The code the task shows (its first ```python block), for `fix` and `performance` records."""
    if task_type(example) not in GIVEN_CODE_TYPES:
        return None
    for lang, body in fenced_blocks(example.task):
        if lang in ("python", "py"):
            return body + "\n"
    return None


def given_error(example: Example) -> str | None:
    """The error a `fix` task shows: the last non-empty line of its first ```text block."""
    if task_type(example) != "fix":
        return None
    for lang, body in fenced_blocks(example.task):
        if lang in ("text", "pytb", "console"):
            lines = [line.strip() for line in body.splitlines() if line.strip()]
            return lines[-1] if lines else None
    return None


def _normalised(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.strip().splitlines())


def _functions_defined(code: str) -> set[str]:
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return set()
    return {node.name for node in tree.body if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))}


def _calls(checks: Sequence[str], names: set[str]) -> set[str]:
    """The distinct calls (their source text) of `names` in the checks."""
    found = set()
    for check in checks:
        try:
            tree = ast.parse(check, mode="eval")
        except SyntaxError:
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in names:
                found.add(ast.unparse(node))
    return found


def calls_the_function(example: Example, check: str) -> bool:
    """Whether a `function` record's check calls a function its code defines."""
    return task_type(example) == "function" and bool(_calls((check,), _functions_defined(example.code)))


def task_type_problems(example: Example) -> list[str]:
    """What the record's text or checks lack for its task type (found without running anything)."""
    kind = task_type(example)  # loading refused any other value than TASK_TYPES
    problems = []
    task_blocks = [_normalised(body) for _, body in fenced_blocks(example.task)]
    prompt_blocks = [_normalised(body) for _, body in fenced_blocks(example.prompt or "")]
    if kind in GIVEN_CODE_TYPES:
        code = given_code(example)
        if code is None:
            problems.append(f"a `{kind}` task shows the user's code in a ```python block; this one has none")
        elif _normalised(code) not in prompt_blocks:
            problems.append("the prompt does not show the task's ```python block (the user pastes their code)")
        elif _normalised(code) == _normalised(example.code):
            problems.append("the record's code is the code the task shows: nothing was changed")
        error = given_error(example)
        if error is not None and error not in (example.prompt or ""):
            problems.append(f"the prompt does not show the error the task shows ({error!r})")
    if kind == "function":
        defined = _functions_defined(example.code)
        named = {name for name in defined if f"`{name}" in example.task}
        if not named:
            problems.append("a `function` task names the function the code defines, in backticks; none is")
        calls = _calls(example.checks, defined)
        if len(calls) < MIN_FUNCTION_CALLS:
            problems.append(
                f"a `function` record's checks call the function on at least {MIN_FUNCTION_CALLS} different inputs; "
                f"they make {len(calls)} distinct call(s)"
            )
    if kind == "input-output":
        if example.inputs:
            problems.append("an `input-output` snippet builds the input the task shows: it declares no named inputs")
        if len(task_blocks) < 2:
            problems.append("an `input-output` task shows the input and the wanted output in fenced blocks; it has fewer than two")
        elif not all(block in prompt_blocks for block in task_blocks[:2]):
            problems.append("the prompt does not show the task's input and wanted output blocks")
    return problems


def given_code_verdict(example: Example, outcome: Any) -> str | None:
    """Why the given code's run (`outcome`) contradicts the task; None when it behaves as the task says.

    `outcome` is an Outcome of running the given code with the record's inputs and checks (or an
    isolated job's result with `status` and `message`)."""
    kind = task_type(example)
    status, message = outcome.status, outcome.message
    if kind == "performance":
        return None if status == "passed" else f"the slow code the task shows must pass the checks; it {status}: {message}"
    if kind != "fix":
        return None
    error = given_error(example)
    if status == "passed":
        return "the code the task shows passes the checks: there is nothing to fix (or the checks miss the bug)"
    if error is not None:
        # the exception's type must be the one shown; its message may be worded otherwise in another library version
        wanted = error.split(":", 1)[0].strip()
        if status == "error" and message.split(":", 1)[0].split(" (snippet line")[0].strip() == wanted:
            return None
        return f"the code the task shows must raise {wanted} (the task shows {error!r}); it {status}: {message}"
    if status == "failed":
        return None
    return f"the code the task shows must give a wrong result (a check fails), as the task says; it {status}: {message}"


def given_code_variant(example: Example) -> Example | None:
    """The record with its code replaced by the code its task shows, for running through the one executor."""
    code = given_code(example)
    return None if code is None else replace(example, code=code, alternatives=())


def judge_given_code(example: Example, inputs: dict[str, Any], **run_options: Any) -> tuple[str | None, Any]:
    """Run the code the task shows (the record must show some) on `inputs` through the one executor:
    why it contradicts the task (None when it behaves as the task says), and its outcome."""
    from .execute import run_example

    variant = given_code_variant(example)
    assert variant is not None, f"example {example.id}: its task shows no code"
    outcome = run_example(variant, inputs, **run_options)
    return given_code_verdict(example, outcome), outcome
