"""Run the example files' edge cases under a profile and list the ones that break, with the input.

    python -m sciexamples.edge_audit --profile thorough [--only LIBRARY ...] [--ids GLOB ...] [--jobs 2]

An example's checks are properties of its task: they must hold on every input its edge spec
allows. This is the author's tool for finding where they don't (the gate runs the `ci` profile's
eight seeded inputs; `thorough` draws 100 fresh ones each run and remembers failures in
`.hypothesis/examples`). `--full` tries examples as if their spec were the kind's full strategy,
to see what a narrowing or a skip still guards against. Exit status 1 when any example breaks.
"""

from __future__ import annotations

import argparse
import fnmatch
import multiprocessing
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from pathlib import Path
from typing import Any

_EXAMPLES: dict[str, Any] = {}  # in each worker: id -> example
_WORKER: dict[str, Any] = {}  # in each worker: the input registry


def _example(example_id: str, root: str) -> Any:
    if example_id not in _EXAMPLES:
        from .example_file import read_examples

        _EXAMPLES.update((e.id, e) for e in read_examples(Path(root)))
    return _EXAMPLES[example_id]


def _audit_one(job: tuple[str, tuple[str, ...], str, bool, str | None]) -> tuple[str, bool, int, str, float]:
    from .edge import register_profiles, run_edge_cases
    from .fixtures import default_registry

    example_id, root, profile, full, database = job
    if "registry" not in _WORKER:
        register_profiles(database)
        _WORKER["registry"] = default_registry()
    example = _example(example_id, root)
    if full:
        example = replace(example, edge_cases=True)
    started = time.perf_counter()
    result = run_edge_cases(example, _WORKER["registry"], profile=profile)
    return example_id, result.passed, result.tried, result.report, time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    from tqdm import tqdm

    from .edge import PROFILES
    from .example import EdgeSpec, unmet_requirements
    from .example_file import read_examples
    from .fixtures import default_registry

    parser = argparse.ArgumentParser(prog="python -m sciexamples.edge_audit", description=__doc__.splitlines()[0])
    parser.add_argument("--profile", choices=sorted(PROFILES), default="thorough", help="edge-case budget (default: thorough)")
    parser.add_argument("--examples", type=Path, default=Path("examples"), help="the folder of example files (default: examples)")
    parser.add_argument("--only", nargs="+", metavar="LIBRARY", help="library folders to audit (mpl, stats, ...)")
    parser.add_argument("--ids", nargs="+", metavar="GLOB", help="example ids to audit (fnmatch patterns)")
    parser.add_argument("--full", action="store_true", help="audit with the kind's full strategy, also for examples whose edge cases are narrowed or off")
    parser.add_argument("--jobs", type=int, default=2, help="processes (default: 2)")
    parser.add_argument("--report", type=Path, help="also write every failure's full report to this file")
    args = parser.parse_args(argv)

    registry = default_registry()
    chosen = []
    for example in read_examples(args.examples, args.only):
        if args.ids and not any(fnmatch.fnmatch(example.id, pattern) for pattern in args.ids):
            continue
        if unmet_requirements(example) or not registry.has_strategy(example.inputs):
            continue
        if args.full or EdgeSpec.from_record(example.edge_cases) is not None:
            chosen.append(example.id)
    if not chosen:
        print("no example matches (with edge cases on, or --full)", file=sys.stderr)
        return 2
    database = str(Path(".hypothesis", "examples").resolve()) if args.profile == "thorough" else None
    jobs = [(example_id, str(args.examples.resolve()), args.profile, args.full, database) for example_id in chosen]
    failures: list[tuple[str, str]] = []
    started = time.perf_counter()
    # spawn: each worker starts as fresh as a gate process
    with ProcessPoolExecutor(args.jobs, mp_context=multiprocessing.get_context("spawn")) as pool:
        for example_id, passed, tried, report, seconds in tqdm(
            pool.map(_audit_one, jobs), total=len(jobs), desc=f"edge cases ({args.profile})", unit="ex", dynamic_ncols=True
        ):
            if not passed:
                failures.append((example_id, report))
                tqdm.write(f"FAILED {example_id} after {tried} inputs ({seconds:.1f} s): {report.splitlines()[0][:240]}")
    elapsed = time.perf_counter() - started
    if args.report:
        args.report.write_text("".join(f"=== {i}\n{r}\n\n" for i, r in failures), encoding="utf-8")
    print(f"{len(chosen) - len(failures)} of {len(chosen)} examples held on the {args.profile} profile's inputs ({elapsed:.0f} s)")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
