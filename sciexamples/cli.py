"""Command-line entry points: `generate_training_data.py` is a thin wrapper over `generate()`."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from .analysis import check_near_duplicates, drop_exact_duplicates
from .dataset import (
    check_comments,
    check_edge_specs,
    check_names,
    check_prompts,
    check_task_types,
    check_unique,
    coverage_summary,
    literal_lines,
    manifest_entry,
    render_files,
    save_coverage_chart,
    split,
    stale_files,
    update_manifest_text,
    verify,
    write_atomically,
)
from .cache import ResultCache, corpus_key
from .example import DatasetError, Example, split_compilable
from .example_file import libraries, read_examples
from .execute import DEFAULT_TIMEOUT
from .fixtures import default_registry
from .mutation import summary_line as mutation_summary_line
from .vocabulary import check_vocabulary


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="generate_training_data.py",
        description="Build the example corpus from the example files, verify every example, and write data/.",
    )
    parser.add_argument("--out", type=Path, default=Path("data"), help="output directory (default: data)")
    parser.add_argument("--version", type=int, default=1, help="dataset version; 2 writes training_examples_v2.json etc. beside version 1")
    parser.add_argument("--check", action="store_true", help="only compare data/ with what would be written; exit 1 when stale")
    parser.add_argument("--examples", type=Path, default=Path("examples"), help="the folder of example files (default: examples)")
    parser.add_argument("--only", nargs="+", metavar="LIBRARY", help="verify only these library folders of the examples, write nothing (mpl, stats, ...)")
    parser.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, help="per-example time limit in seconds")
    parser.add_argument(
        "--cache", type=Path, default=Path(".cache/sciexamples/verified"),
        help="where passing runs are remembered: an example is not run again while its record, the library versions and the harness are unchanged "
        "(nor the corpus' static rules while no record changes)",
    )
    parser.add_argument("--no-cache", action="store_true", help="run every example, reading and writing no cache (a full run)")
    parser.add_argument("--no-progress", action="store_true", help="hide the progress bar")
    parser.add_argument("--literals", action="store_true", help="list every literal a check compares exactly that its task does not state, and exit")
    return parser


def static_checks(examples: list[Example]) -> tuple[list[Example], list[str]]:
    """The rules every record and the corpus keep (see each check); DatasetError lists what breaks
    one. Returns the examples less exact duplicates, and the ids of those dropped."""
    check_edge_specs(examples)
    check_names(examples)
    check_vocabulary(examples)
    check_prompts(examples)
    check_comments(examples)
    check_task_types(examples)
    examples, dropped = drop_exact_duplicates(examples)
    check_near_duplicates(examples)
    return examples, dropped


def generate(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.version < 1:
        print("error: --version must be 1 or more", file=sys.stderr)
        return 2
    started = time.perf_counter()
    try:
        if args.only:
            available = libraries(args.examples)
            unknown = sorted(set(args.only) - set(available))
            if unknown:
                raise DatasetError(f"--only: no library folder {', '.join(unknown)} in {args.examples}; there are: {', '.join(available)}")
        examples = read_examples(args.examples, args.only)  # ordered by id, as the data files list them
        check_unique(examples)
        _, broken = split_compilable(examples)
        if broken:
            raise DatasetError("records that do not compile, nothing written:\n  " + "\n  ".join(broken))
        # the rules and the summary read the corpus alone: an unchanged corpus was judged before
        corpus = ResultCache(None if args.no_cache or args.check or args.literals else args.cache)
        key = corpus_key(examples, only=args.only)
        remembered = corpus.get(key)
        if remembered is None:
            examples, dropped = static_checks(examples)
        else:
            dropped = remembered["dropped"]
            examples = [example for example in examples if example.id not in dropped]
        for example_id in dropped:
            print(f"dropped exact duplicate: {example_id}")
    except DatasetError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.literals:
        print("\n".join(literal_lines(examples, every=True)))
        return 0
    files = render_files(examples, args.version)

    if args.check:
        stale = stale_files(args.out, files)
        if stale:
            print(f"stale: {', '.join(stale)} differ from the examples; run `python generate_training_data.py`", file=sys.stderr)
            return 1
        print(f"up to date: {', '.join(files)} match the examples ({len(examples)} examples)")
        return 0

    registry = default_registry()
    result = verify(examples, registry, timeout=args.timeout, progress=not args.no_progress, cache_dir=None if args.no_cache else args.cache)
    training, validation = split(examples)
    if remembered is None:
        remembered = {"dropped": dropped, "summary": coverage_summary(examples, training, validation)}
        corpus.put(key, remembered)
    summary = remembered["summary"]
    print(summary)
    print(mutation_summary_line(args.out, files))
    for outcome in result.failures:
        example = next(e for e in examples if e.id == outcome.example_id)
        print(f"\nFAILED {outcome.report(example.code)}", file=sys.stderr)
    if result.reused:
        print(f"{result.reused} of {len(examples)} examples unchanged since they last passed, not run again (--no-cache runs them all)")
    for example_id, unmet in result.skipped.items():
        print(f"skipped {example_id}: requires {unmet}")
    for example_id, number, outcome in result.rejected_alternatives:
        example = next(e for e in examples if e.id == example_id)
        print(f"\nFAILED alternative {number} of {outcome.report(example.alternatives[number - 1])}", file=sys.stderr)
    for example_id, problem in result.given_code_problems.items():
        print(f"\nFAILED example {example_id}: {problem}", file=sys.stderr)
    for example_id in result.vacuous:
        print(f"\nFAILED example {example_id}: its checks pass when the code is replaced by `pass`", file=sys.stderr)
    elapsed = time.perf_counter() - started
    if not result.ok:
        bad = len(
            {o.example_id for o in result.failures} | set(result.vacuous) | {i for i, _, _ in result.rejected_alternatives} | set(result.given_code_problems)
        )
        print(f"\n{bad} of {len(examples)} examples failed; data/ left untouched ({elapsed:.1f} s)", file=sys.stderr)
        return 1
    if args.only:
        print(f"\nall {len(examples)} examples of {', '.join(args.only)} passed; nothing written with --only ({elapsed:.1f} s)")
        return 0
    settings = {"timeout": args.timeout, "libraries": sorted({e.folder for e in examples})}
    entry = manifest_entry(files, examples, settings)
    files["manifest.json"] = update_manifest_text(args.out, args.version, entry)
    write_atomically(args.out, files)
    save_coverage_chart(examples, args.out / "coverage.png")
    print(f"\nwrote {', '.join(files)} to {args.out}/ ({len(examples)} examples verified in {elapsed:.1f} s)")
    return 0
