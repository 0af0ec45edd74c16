"""Check strength: run mutants of each example through the execute contract; its checks must kill them.

    python -m sciexamples.mutation [DATASET | EXAMPLE FILE | FOLDER ...] [--json reports/mutation.json]
"""

from __future__ import annotations

import argparse
import ast
import json
import sys
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from .example import DatasetError, Example, split_compilable
from .example_file import examples_at
from .execute import run_example
from .fixtures import InputRegistry, default_registry

# Calls a plausible wrong answer would swap in: a mutant replaces one with its sibling.
SIBLINGS = {
    "mean": "median", "median": "mean", "max": "min", "min": "max", "sum": "mean", "std": "var", "var": "std",
    "argmax": "argmin", "argmin": "argmax", "nlargest": "nsmallest", "nsmallest": "nlargest", "head": "tail", "tail": "head",
    "ttest_ind": "mannwhitneyu", "mannwhitneyu": "ttest_ind", "pearsonr": "spearmanr", "spearmanr": "pearsonr",
    "filtfilt": "lfilter", "sosfiltfilt": "sosfilt", "sosfilt": "sosfiltfilt", "lfilter": "filtfilt",
    "cumsum": "cumprod", "cumprod": "cumsum", "ffill": "bfill", "bfill": "ffill", "floor": "ceil", "ceil": "floor",
    "set_xlabel": "set_ylabel", "set_ylabel": "set_xlabel", "semilogy": "semilogx", "semilogx": "semilogy",
    "StandardScaler": "MinMaxScaler", "MinMaxScaler": "StandardScaler", "fit_transform": "fit",
    "scatter": "plot", "plot": "scatter", "bar": "barh", "barh": "bar", "sort_values": "sort_index", "sort_index": "sort_values",
    "dropna": "fillna", "trapezoid": "simpson", "simpson": "trapezoid", "quantile": "mean", "abs": "round",
}


def _do_nothing(tree: ast.Module) -> Iterator[str]:
    yield "pass\n"


def _drop_last(tree: ast.Module) -> Iterator[str]:
    body = tree.body[:-1]
    yield ast.unparse(ast.Module(body=body, type_ignores=[])) + "\n" if body else "pass\n"


def _perturb_literal(tree: ast.Module) -> Iterator[str]:
    """The first numeric literal that is not 0 or 1, and not inside an import, changed by half."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and type(node.value) in (int, float) and node.value not in (0, 1):
            original = node.value
            node.value = type(original)(original * 1.5 + (1 if isinstance(original, int) else 0))
            yield ast.unparse(tree) + "\n"
            node.value = original
            return


def _swap_call(tree: ast.Module) -> Iterator[str]:
    """The first call whose name has a sibling, renamed to it."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else None
            if name in SIBLINGS:
                if isinstance(func, ast.Attribute):
                    func.attr = SIBLINGS[name]
                else:
                    func.id = SIBLINGS[name]
                yield ast.unparse(tree) + "\n"
                return


MUTATORS: dict[str, Callable[[ast.Module], Iterator[str]]] = {
    "do-nothing": _do_nothing,
    "drop-last-statement": _drop_last,
    "perturb-literal": _perturb_literal,
    "swap-call": _swap_call,
}
TARGETS = {"do-nothing": 1.0, "drop-last-statement": 0.95}


def mutants(example: Example) -> Iterator[tuple[str, str]]:
    for kind, mutator in MUTATORS.items():
        for code in mutator(ast.parse(example.code)):
            if code.strip() != example.code.strip():
                yield kind, code


def mutation_report(examples: Sequence[Example], registry: InputRegistry, timeout: float = 30.0, progress: bool = True) -> dict:
    from tqdm import tqdm

    killed: dict[str, list[str]] = defaultdict(list)
    survived: dict[str, list[str]] = defaultdict(list)
    for example in tqdm(examples, desc="mutants", unit="ex", disable=not progress):
        for kind, code in mutants(example):
            outcome = run_example(example, registry.build(example.inputs), code=code, timeout=timeout)
            (survived if outcome.passed else killed)[kind].append(example.id)
    per_kind = {}
    for kind in MUTATORS:
        total = len(killed[kind]) + len(survived[kind])
        per_kind[kind] = {
            "mutants": total,
            "killed": len(killed[kind]),
            "kill_rate": round(len(killed[kind]) / total, 4) if total else None,
            "target": TARGETS.get(kind),
            "survivors": sorted(survived[kind]),
        }
    weakness = defaultdict(int)
    for kind, ids in survived.items():
        for example_id in ids:
            weakness[example_id] += 1
    weakest = sorted(weakness.items(), key=lambda kv: (-kv[1], kv[0]))[:20]
    return {"examples": len(examples), "per_kind": per_kind, "weakest": [{"id": i, "survived": n} for i, n in weakest]}


def format_report(report: dict) -> str:
    lines = [f"mutation report over {report['examples']} examples", f"{'mutant':<22}{'mutants':>8}{'killed':>8}{'rate':>8}  target"]
    for kind, row in report["per_kind"].items():
        rate = "-" if row["kill_rate"] is None else f"{100 * row['kill_rate']:.1f}%"
        target = "" if row["target"] is None else f">= {100 * row['target']:.0f}%"
        lines.append(f"{kind:<22}{row['mutants']:>8}{row['killed']:>8}{rate:>8}  {target}")
    if report["weakest"]:
        lines.append("weakest examples (mutants survived):")
        lines += [f"  {w['id']}: {w['survived']}" for w in report["weakest"]]
    return "\n".join(lines)


def meets_targets(report: dict) -> bool:
    return all(
        row["kill_rate"] is None or row["target"] is None or row["kill_rate"] >= row["target"]
        for row in report["per_kind"].values()
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m sciexamples.mutation", description=__doc__.splitlines()[0])
    parser.add_argument(
        "datasets", nargs="*", type=Path, default=[Path("data/training_examples.json"), Path("data/validation_examples.json")],
        help="dataset files, example files or folders of them (default: the shipped data files)",
    )
    parser.add_argument("--json", type=Path, help="also write the report as JSON here")
    parser.add_argument("--no-progress", action="store_true")
    args = parser.parse_args(argv)
    registry = default_registry()
    try:
        examples = [e for path in args.datasets for e in examples_at(path, registry.names())]
    except DatasetError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    # a record that does not compile has no mutants to kill: the rest is measured, and it fails the report
    examples, broken = split_compilable(examples)
    report = mutation_report(examples, registry, progress=not args.no_progress)
    report["broken_examples"] = broken
    print(format_report(report))
    for line in broken:
        print(f"error: {line}", file=sys.stderr)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0 if meets_targets(report) and not broken else 1


if __name__ == "__main__":
    raise SystemExit(main())
