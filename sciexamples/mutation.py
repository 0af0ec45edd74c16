"""Check strength: run plausible wrong answers (`mutants`) through the execute contract; the checks must kill them.

    python -m sciexamples.mutation [DATASET | EXAMPLE FILE | FOLDER ...] [--json reports/mutation.json]
"""

from __future__ import annotations

import argparse
import ast
import copy
import json
import multiprocessing
import sys
from collections import defaultdict
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from .cache import DESCRIPTIVE_FIELDS, ResultCache, example_key
from .cache import ROOT as CACHE_ROOT
from .dataset import sha256_text
from .example import DatasetError, EdgeSpec, Example, split_compilable
from .example_file import examples_at
from .execute import run_example
from .fixtures import InputRegistry, default_registry
from .mutants import MUTATORS, PLAUSIBLE, mutants

RECORDER = "__sciexamples_record_outputs__"
DEFAULT_CACHE = CACHE_ROOT / "mutation"
# the sources a mutant's fate depends on besides its record and the library versions
HARNESS_SOURCES = ("mutants.py", "mutation.py", "outputs.py", "checks.py", "edge.py", "example.py", "execute", "state", "fixtures")
TARGETS = {"do-nothing": 1.0, "drop-last-statement": 0.95}
PLAUSIBLE_TARGET = 0.95


@dataclass
class MutantResult:
    """One mutant's fate: killed by the checks, equivalent (same outputs as the reference on the
    reference inputs and on the edge inputs), or a survivor the checks should kill."""

    example_id: str
    kind: str
    change: str
    killed: bool
    equivalent: bool = False


def _change(before: list[str], mutated: str) -> str:
    """The first line the mutant changed from the snippet's `before` lines (as ast.unparse writes
    them), before -> after."""
    after = mutated.splitlines()
    for old, new in zip(before, after, strict=False):
        if old != new:
            return f"{old.strip()} -> {new.strip()}"
    return f"{len(before)} lines -> {len(after)} lines"


def _probe(example: Example, inputs: dict[str, Any], code: str, timeout: float) -> tuple[str, Any]:
    """What `code` produces on `inputs`: ("ran", snapshots of the stated names and open figures),
    or its status and exception types when it did not run to the end."""
    from .dataset import stated_names
    from .outputs import outputs

    names = stated_names(example.task) - set(example.inputs)
    box: dict[str, Any] = {}

    def record(namespace: dict[str, Any]) -> bool:
        box["outputs"] = outputs(namespace, names)
        return True

    probe = replace(example, checks=[f"{RECORDER}(globals())"], stdout=None)
    outcome = run_example(probe, {**copy.deepcopy(inputs), RECORDER: record}, code=code, timeout=timeout)
    if outcome.passed and "outputs" in box:
        return "ran", box["outputs"]
    return outcome.status, outcome.exception_types


def _agree(left: tuple[str, Any], right: tuple[str, Any]) -> bool:
    from .outputs import same

    if left[0] != right[0]:
        return False
    return same(left[1], right[1]) if left[0] == "ran" else left[1] == right[1]


def _edge_inputs(example: Example, registry: InputRegistry) -> list[dict[str, Any]]:
    from .edge import draw_inputs

    if EdgeSpec.from_record(example.edge_cases) is None or not registry.has_strategy(example.inputs):
        return []
    return draw_inputs(example, registry)


def mutate_example(example: Example, registry: InputRegistry, timeout: float = 30.0) -> list[MutantResult]:
    """Run every mutant of `example`; for each survivor, decide whether it is equivalent."""
    from .edge import acceptable

    results = []
    reference_inputs = registry.build(example.inputs)
    edge_inputs: list[dict[str, Any]] | None = None
    spec = EdgeSpec.from_record(example.edge_cases)
    probes: list[tuple[dict[str, Any], tuple[str, Any]]] | None = None
    unparsed = ast.unparse(ast.parse(example.code)).splitlines()
    for kind, code in mutants(example.code):
        outcome = run_example(example, registry.build(example.inputs), code=code, timeout=timeout)
        result = MutantResult(example.id, kind, _change(unparsed, code), killed=not outcome.passed)
        if not result.killed and spec is not None:  # the gate runs the checks on the edge inputs too
            edge_inputs = _edge_inputs(example, registry) if edge_inputs is None else edge_inputs
            result.killed = any(not acceptable(run_example(example, copy.deepcopy(inputs), code=code, timeout=timeout), spec) for inputs in edge_inputs)
        if not result.killed and kind in PLAUSIBLE:
            if probes is None:  # the reference's outputs, once per example
                edge_inputs = _edge_inputs(example, registry) if edge_inputs is None else edge_inputs
                probes = [(inputs, _probe(example, inputs, example.code, timeout)) for inputs in [reference_inputs, *edge_inputs]]
            try:
                result.equivalent = all(_agree(expected, _probe(example, inputs, code, timeout)) for inputs, expected in probes)
            except Exception:  # noqa: BLE001 - outputs that cannot be compared are not shown equal
                result.equivalent = False
        results.append(result)
    return results


_WORKER: dict[str, Any] = {}


def cache_key(example: Example, timeout: float = 30.0) -> str:
    """What decides an example's mutant results: its record (less its descriptive fields and its
    alternatives, which no mutant runs), the timeout, the library versions and the harness sources."""
    return example_key(example, HARNESS_SOURCES, leave_out=(*DESCRIPTIVE_FIELDS, "alternatives"), timeout=timeout)


def _cached(example: Example, registry: InputRegistry, timeout: float, cache_dir: Path | None) -> list[MutantResult]:
    """`mutate_example`, or its results from an earlier run with the same `cache_key`."""
    results = ResultCache(cache_dir)
    key = cache_key(example, timeout) if cache_dir is not None else ""
    found = results.get(key)
    if found is not None:
        return [MutantResult(**r) for r in found]
    fresh = mutate_example(example, registry, timeout)
    results.put(key, [asdict(r) for r in fresh])
    return fresh


def _mutate_in_worker(job: tuple[Example, float, Path | None]) -> list[MutantResult]:
    example, timeout, cache_dir = job
    if "registry" not in _WORKER:
        _WORKER["registry"] = default_registry()
    return _cached(example, _WORKER["registry"], timeout, cache_dir)


def _rate(killed: int, counted: int) -> float | None:
    return round(killed / counted, 4) if counted else None


def _tally(results: Sequence[MutantResult]) -> dict[str, Any]:
    counted = [r for r in results if not r.equivalent]
    killed = sum(r.killed for r in counted)
    return {"mutants": len(results), "equivalent": len(results) - len(counted), "killed": killed, "kill_rate": _rate(killed, len(counted))}


def build_report(examples: Sequence[Example], results: Sequence[MutantResult]) -> dict[str, Any]:
    per_kind = {}
    for kind in MUTATORS:
        mine = [r for r in results if r.kind == kind]
        per_kind[kind] = {**_tally(mine), "target": TARGETS.get(kind, PLAUSIBLE_TARGET if kind in PLAUSIBLE else None)}
    plausible = [r for r in results if r.kind in PLAUSIBLE]
    libraries = sorted({r.example_id.split(".")[0] for r in plausible})
    survivors = [r for r in plausible if not r.killed and not r.equivalent]
    weakness: dict[str, int] = defaultdict(int)
    for r in results:
        if not r.killed and not r.equivalent:
            weakness[r.example_id] += 1
    return {
        "examples": len(examples),
        "plausible": {**_tally(plausible), "target": PLAUSIBLE_TARGET},
        "per_kind": per_kind,
        "per_library": {lib: _tally([r for r in plausible if r.example_id.split(".")[0] == lib]) for lib in libraries},
        "survivors": [{"id": r.example_id, "kind": r.kind, "change": r.change} for r in sorted(survivors, key=lambda r: (r.example_id, r.kind, r.change))],
        "equivalent": [{"id": r.example_id, "kind": r.kind, "change": r.change} for r in sorted(results, key=lambda r: (r.example_id, r.kind, r.change)) if r.equivalent],
        "weakest": [{"id": i, "survived": n} for i, n in sorted(weakness.items(), key=lambda kv: (-kv[1], kv[0]))[:20]],
    }


def mutation_report(
    examples: Sequence[Example], registry: InputRegistry, timeout: float = 30.0, progress: bool = True, jobs: int = 1, cache_dir: Path | None = None
) -> dict:
    """Every example's mutants run (or read from `cache_dir`), survivors judged equivalent or not,
    tallied per kind and library."""
    from tqdm import tqdm

    results: list[MutantResult] = []
    bar = tqdm(total=len(examples), desc="mutants", unit="ex", disable=not progress, dynamic_ncols=True)
    if jobs <= 1:
        for example in examples:
            results.extend(_cached(example, registry, timeout, cache_dir))
            bar.update()
    else:
        # spawn: each worker starts as fresh as a gate process
        with ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("spawn")) as pool:
            for found in pool.map(_mutate_in_worker, [(example, timeout, cache_dir) for example in examples]):
                results.extend(found)
                bar.update()
    bar.close()
    return build_report(examples, results)


def _row(name: str, row: dict[str, Any]) -> str:
    rate = "-" if row["kill_rate"] is None else f"{100 * row['kill_rate']:.1f}%"
    target = "" if row.get("target") is None else f">= {100 * row['target']:.0f}%"
    return f"{name:<22}{row['mutants']:>8}{row['equivalent']:>7}{row['killed']:>8}{rate:>8}  {target}"


def format_report(report: dict) -> str:
    header = f"{'':<22}{'mutants':>8}{'equiv':>7}{'killed':>8}{'rate':>8}  target"
    lines = [f"mutation report over {report['examples']} examples (rate: killed of the mutants that change an output)", header]
    lines += [_row(kind, row) for kind, row in report["per_kind"].items()]
    lines += ["", "plausible wrong answers (" + ", ".join(PLAUSIBLE) + ") per library:", header]
    lines += [_row(library, row) for library, row in report["per_library"].items()]
    lines.append(_row("all", report["plausible"]))
    if report["survivors"]:
        lines.append(f"\nsurvivors ({len(report['survivors'])}):")
        lines += [f"  {s['id']}  [{s['kind']}]  {s['change']}" for s in report["survivors"]]
    return "\n".join(lines)


def meets_targets(report: dict) -> bool:
    rows = [*report["per_kind"].values(), report["plausible"]]
    return all(row["kill_rate"] is None or row.get("target") is None or row["kill_rate"] >= row["target"] for row in rows)


def measured_on(report: dict, files: dict[str, str]) -> bool:
    """Whether `report` was measured on these data files (name -> text)."""
    return report.get("datasets") == {name: sha256_text(text) for name, text in files.items()}


def summary_line(directory: Path, files: dict[str, str]) -> str:
    """The generator's line on check strength: the plausible mutants' kill rate that
    `directory/mutation.json` holds, and whether it was measured on these data files."""
    path = directory / "mutation.json"
    if not path.exists():
        return f"plausible wrong answers killed: not measured (python -m sciexamples.mutation --jobs 2 --json {path})"
    report = json.loads(path.read_text(encoding="utf-8"))
    row = report["plausible"]
    rate = "-" if row["kill_rate"] is None else f"{100 * row['kill_rate']:.1f}%"
    where = f"{path}" if measured_on(report, files) else f"{path}, measured on other data files: rerun python -m sciexamples.mutation --jobs 2 --json {path}"
    return f"plausible wrong answers killed: {rate} of {row['mutants'] - row['equivalent']} that change an output (target 95%; {where})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m sciexamples.mutation", description=__doc__.splitlines()[0])
    parser.add_argument(
        "datasets", nargs="*", type=Path, default=[Path("data/training_examples.json"), Path("data/validation_examples.json")],
        help="dataset files, example files or folders of them (default: the shipped data files)",
    )
    parser.add_argument("--json", type=Path, help="also write the report as JSON here")
    parser.add_argument("--jobs", type=int, default=1, help="processes running mutants (default: 1)")
    parser.add_argument(
        "--cache", type=Path, default=DEFAULT_CACHE,
        help=f"reuse an example's results while its record, the library versions and the harness are unchanged (default: {DEFAULT_CACHE})",
    )
    parser.add_argument("--no-cache", action="store_true", help="run every mutant, reading and writing no cache")
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
    report = mutation_report(examples, registry, progress=not args.no_progress, jobs=args.jobs, cache_dir=None if args.no_cache else args.cache)
    report["broken_examples"] = broken
    # what the report was measured on, so the generator can tell whether it still describes data/
    report["datasets"] = {path.name: sha256_text(path.read_text(encoding="utf-8")) for path in args.datasets if path.is_file() and path.suffix == ".json"}
    print(format_report(report))
    for line in broken:
        print(f"error: {line}", file=sys.stderr)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0 if meets_targets(report) and not broken else 1


if __name__ == "__main__":
    raise SystemExit(main())
