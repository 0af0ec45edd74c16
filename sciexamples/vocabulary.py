"""The closed vocabulary of domains and tags (`vocabulary.toml`), and the checks that enforce it:
an unknown domain or tag is refused with the closest known ones, and a tag that claims something
about the code (`error-handling`, `validation`, `warnings`, `parallelism`) needs code that shows it."""

from __future__ import annotations

import ast
import difflib
import tomllib
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path

from .dataset import refuse_problems
from .example import Example

PATH = Path(__file__).with_name("vocabulary.toml")


@cache
def vocabulary() -> dict[str, dict[str, str]]:
    """Group -> {word: description}; the group `domains` holds the domains, every other one tags."""
    return tomllib.loads(PATH.read_text(encoding="utf-8"))


def domains() -> dict[str, str]:
    return vocabulary()["domains"]


@cache
def tags() -> dict[str, str]:
    return {tag: text for group, words in vocabulary().items() if group != "domains" for tag, text in words.items()}


def _nodes(example: Example) -> list[ast.AST]:
    try:
        return list(ast.walk(ast.parse(example.code)))
    except SyntaxError:
        return []


def _names(nodes: list[ast.AST]) -> set[str]:
    return {n.id for n in nodes if isinstance(n, ast.Name)} | {n.attr for n in nodes if isinstance(n, ast.Attribute)}


def _keywords(nodes: list[ast.AST]) -> set[str]:
    return {k.arg for n in nodes if isinstance(n, ast.Call) for k in n.keywords if k.arg}


def _handles_errors(example: Example) -> bool:
    nodes = _nodes(example)
    # a guard counts: an `if` that checks the condition a library would reject, or a solver's flag
    guarded = any(isinstance(n, (ast.Try, ast.Raise, ast.If, ast.IfExp)) for n in nodes)
    return bool(example.raises) or guarded or bool(_names(nodes) & {"success", "status", "converged"})


def _validates(example: Example) -> bool:
    nodes = _nodes(example)
    checks = {"validate", "check_NOLA", "check_COLA", "check_is_fitted", "verify_integrity"}
    return any(isinstance(n, (ast.Raise, ast.Assert, ast.If)) for n in nodes) or bool((_names(nodes) | _keywords(nodes)) & checks)


def _handles_warnings(example: Example) -> bool:
    return bool(example.warns) or bool(_names(_nodes(example)) & {"catch_warnings", "simplefilter", "filterwarnings"})


def _parallel(example: Example) -> bool:
    nodes = _nodes(example)
    pools = {"Parallel", "ThreadPoolExecutor", "ProcessPoolExecutor", "Pool", "ThreadPool", "set_workers", "parallel_config", "parallel_backend", "threadpool_limits"}
    return bool(_keywords(nodes) & {"n_jobs", "workers"}) or bool(_names(nodes) & pools)


# tag -> (what the code must show, the test)
REQUIREMENTS: dict[str, tuple[str, Callable[[Example], bool]]] = {
    "error-handling": ("a try/except, a raise, a declared `raises`, or an `if` guarding against the failure, or a solver's success read", _handles_errors),
    "validation": ("a raise, assert or `if` of its own, or a library's validating option (validate=, check_NOLA, ...)", _validates),
    "warnings": ("warnings caught, filtered or declared (`warns`)", _handles_warnings),
    "parallelism": ("n_jobs=, workers= or a pool of processes or threads", _parallel),
    "debugging": ("task_type 'fix': the task shows the user's code, and the record's code fixes it", lambda e: e.task_type == "fix"),
    "reusable-function": ("task_type 'function': the checks call the function the task specifies", lambda e: e.task_type == "function"),
}


def _closest(word: str, known: dict[str, str]) -> str:
    near = difflib.get_close_matches(word, list(known), n=3, cutoff=0.5)
    return f"; closest: {', '.join(near)}" if near else ""


def vocabulary_problems(example: Example) -> list[str]:
    problems = []
    if example.domain not in domains():
        problems.append(f"unknown domain {example.domain!r}{_closest(example.domain, domains())} (sciexamples/vocabulary.toml lists them)")
    known = tags()
    for tag in example.tags:
        if tag not in known:
            problems.append(f"unknown tag {tag!r}{_closest(tag, known)} (sciexamples/vocabulary.toml lists them)")
        elif tag in REQUIREMENTS and not REQUIREMENTS[tag][1](example):
            problems.append(f"tag {tag!r} needs code that shows it: {REQUIREMENTS[tag][0]}")
    return problems


def check_vocabulary(examples: Sequence[Example]) -> None:
    """Every domain and tag is in the vocabulary, and every tag that claims something of the code holds."""
    refuse_problems(examples, vocabulary_problems, "vocabulary problem(s)")
