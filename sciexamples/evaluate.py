"""Score a model's answers against the examples: by execution, API keywords and code structure.

    python -m sciexamples.evaluate predictions.jsonl [--dataset data/validation_examples.json] [--out reports/eval]
    python -m sciexamples.evaluate --alternatives     # the records' own alternative solutions: each should pass
    python -m sciexamples.evaluate --questions questions.jsonl [--field prompt]   # what to ask the model

`--field` says which text the model answered: `task` (the precise instruction, the default) or
`prompt` (the same goal in a user's own words); both are scored by the same checks.

Predictions are JSON lines `{"id": ..., "completion": ...}`; several lines per id are several samples
(pass@k). Completions run in isolated worker processes (memory and time limits, restarted on death),
through the same execute contract and checks as the reference code.
"""

from __future__ import annotations

import argparse
import ast
import difflib
import json
import sys
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from math import comb
from pathlib import Path
from typing import Any

from .analysis import api_symbols
from .example import DatasetError, Example, load_examples, split_compilable
from .defaults import WORKER_MEMORY_MB
from .isolate import IsolatedPool, Job


@dataclass
class Prediction:
    id: str
    completion: str
    line: int


@dataclass
class InputProblems:
    malformed: list[str] = field(default_factory=list)
    unknown_ids: list[str] = field(default_factory=list)
    missing_ids: list[str] = field(default_factory=list)

    def messages(self) -> list[str]:
        return self.malformed + self.unknown_ids + [f"no prediction for id {i!r} (scored as a failure)" for i in self.missing_ids]


def alternatives_as_predictions(examples: Sequence[Example]) -> list[Prediction]:
    """Every record's alternative solutions as predictions (one sample each; line 0: not from a file)."""
    return [Prediction(e.id, code, 0) for e in examples for code in e.alternatives]


FIELDS = ("task", "prompt")


def questions(examples: Sequence[Example], field: str = "task") -> list[dict[str, Any]]:
    """What to pose to a model, one per record: the `field` text and the inputs its answer may read
    (variable -> named input, see docs/records.md); records without that text are left out."""
    return [{"id": e.id, "question": getattr(e, field), "inputs": dict(e.inputs)} for e in examples if getattr(e, field)]


def read_predictions(path: Path, known_ids: set[str]) -> tuple[list[Prediction], InputProblems]:
    """Parse a JSONL predictions file; every bad line is reported with its number, none is fatal."""
    problems = InputProblems()
    predictions: list[Prediction] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise DatasetError(f"{path}: cannot read: {exc.strerror}") from None
    for number, text in enumerate(lines, start=1):
        if not text.strip():
            continue
        try:
            row = json.loads(text)
        except json.JSONDecodeError as exc:
            problems.malformed.append(f"{path}:{number}: invalid JSON ({exc.msg}); line skipped")
            continue
        if not isinstance(row, dict) or not isinstance(row.get("id"), str) or not isinstance(row.get("completion"), str):
            problems.malformed.append(f'{path}:{number}: expected {{"id": str, "completion": str}}; line skipped')
            continue
        if row["id"] not in known_ids:
            problems.unknown_ids.append(f"{path}:{number}: unknown id {row['id']!r} (not in the dataset); line skipped")
            continue
        predictions.append(Prediction(row["id"], row["completion"], number))
    seen = {p.id for p in predictions}
    problems.missing_ids = sorted(known_ids - seen)
    return predictions, problems


def pass_at_k(n: int, c: int, k: int) -> float:
    """The unbiased estimator of pass@k from n samples of which c passed (Chen et al., 2021)."""
    if n - c < k:
        return 1.0
    return 1.0 - comb(n - c, k) / comb(n, k)


def keyword_recall(reference: str, completion: str) -> float:
    """Share of the reference's library API symbols that the completion calls too."""
    wanted = api_symbols(reference)
    if not wanted:
        return 1.0
    try:
        got = api_symbols(completion)
    except SyntaxError:
        return 0.0
    # a method counts by its name when the completion reaches the same method through another owner
    got_names = {s.rsplit(".", 1)[-1] for s in got}
    hits = sum(1 for s in wanted if s in got or s.rsplit(".", 1)[-1] in got_names)
    return hits / len(wanted)


def _calls(tree: ast.AST) -> list[str]:
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            names.append(func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else "?")
    return names


def structure_similarity(reference: str, completion: str) -> float:
    """Mean of two sequence similarities: the calls made (in order) and the AST node kinds."""
    try:
        comp = ast.parse(completion)
    except SyntaxError:
        return 0.0
    ref = ast.parse(reference)
    kinds = difflib.SequenceMatcher(None, [type(n).__name__ for n in ast.walk(ref)], [type(n).__name__ for n in ast.walk(comp)]).ratio()
    calls = difflib.SequenceMatcher(None, _calls(ref), _calls(comp)).ratio()
    return (kinds + calls) / 2


@dataclass
class Scored:
    id: str
    samples: int = 0
    correct: int = 0
    keywords: list[float] = field(default_factory=list)
    structure: list[float] = field(default_factory=list)
    statuses: list[str] = field(default_factory=list)


def evaluate(
    examples: Sequence[Example],
    predictions: Sequence[Prediction],
    *,
    ks: Sequence[int] = (1,),
    edge: bool = False,
    workers: int | None = None,
    timeout: float = 30.0,
    memory_mb: int = WORKER_MEMORY_MB,
    progress: bool = True,
) -> dict[str, Any]:
    from tqdm import tqdm

    by_id = {e.id: e for e in examples}
    scored = {e.id: Scored(e.id) for e in examples}
    for p in predictions:
        scored[p.id].keywords.append(keyword_recall(by_id[p.id].code, p.completion))
        scored[p.id].structure.append(structure_similarity(by_id[p.id].code, p.completion))
    jobs = [Job(i, by_id[p.id].to_dict(), p.completion, edge=edge) for i, p in enumerate(predictions)]
    pool = IsolatedPool(workers, memory_mb=memory_mb, timeout=timeout)
    started = time.perf_counter()
    with tqdm(total=len(jobs), desc="scoring completions", unit="completion", disable=not progress) as bar:
        for result in pool.map(jobs, on_result=lambda _: bar.update()):
            prediction = predictions[result.key]
            ok = result.status == "passed" and (not edge or result.edge_status in (None, "passed"))
            row = scored[prediction.id]
            row.samples += 1
            row.correct += ok
            row.statuses.append(result.status if result.status != "passed" or ok else "edge-failed")
    elapsed = time.perf_counter() - started
    return summarize(examples, scored, ks, elapsed, len(jobs))


def _mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def summarize(examples: Sequence[Example], scored: dict[str, Scored], ks: Sequence[int], elapsed: float, n_jobs: int) -> dict[str, Any]:
    per_example = {}
    for e in examples:
        row = scored[e.id]
        metrics = {f"pass@{k}": (pass_at_k(row.samples, row.correct, k) if row.samples >= k else 0.0) for k in ks}
        metrics["keywords"] = _mean(row.keywords)
        metrics["structure"] = _mean(row.structure)
        per_example[e.id] = {**metrics, "samples": row.samples, "correct": row.correct, "statuses": row.statuses}
    metric_names = [f"pass@{k}" for k in ks] + ["keywords", "structure"]

    def group(key_fn: Any) -> dict[str, dict[str, float]]:
        buckets: dict[str, list[str]] = defaultdict(list)
        for e in examples:
            for key in key_fn(e):
                buckets[key].append(e.id)
        return {
            key: {m: round(_mean([per_example[i][m] for i in ids]), 4) for m in metric_names} | {"examples": len(ids)}
            for key, ids in sorted(buckets.items())
        }

    return {
        "overall": {m: round(_mean([r[m] for r in per_example.values()]), 4) for m in metric_names} | {"examples": len(examples)},
        "per_domain": group(lambda e: [e.domain]),
        "per_library": group(lambda e: e.libraries),
        "per_difficulty": group(lambda e: [e.difficulty]),
        "per_example": per_example,
        "throughput": {"completions": n_jobs, "seconds": round(elapsed, 2), "per_second": round(n_jobs / elapsed, 2) if elapsed else None},
    }


def format_table(report: dict[str, Any]) -> str:
    metrics = [m for m in report["overall"] if m != "examples"]
    header = f"{'':<28}{'n':>5}" + "".join(f"{m:>11}" for m in metrics)
    lines = [header]

    def row(name: str, values: dict[str, float]) -> str:
        return f"{name:<28}{values['examples']:>5}" + "".join(f"{100 * values[m]:>10.1f}%" for m in metrics)

    lines.append(row("overall", report["overall"]))
    for section in ("per_domain", "per_library", "per_difficulty"):
        lines.append(f"{section.replace('_', ' ')}:")
        lines += [row(f"  {name}", values) for name, values in report[section].items()]
    t = report["throughput"]
    lines.append(f"throughput: {t['completions']} completions in {t['seconds']} s ({t['per_second']}/s)")
    return "\n".join(lines)


def save_chart(report: dict[str, Any], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np

    metrics = [m for m in report["overall"] if m != "examples"]
    domains = list(report["per_domain"])
    x = np.arange(len(domains))
    width = 0.8 / len(metrics)
    fig, ax = plt.subplots(figsize=(10, 4.5), layout="constrained")
    for i, metric in enumerate(metrics):
        ax.bar(x + i * width, [100 * report["per_domain"][d][metric] for d in domains], width, label=metric)
    ax.set_xticks(x + width * (len(metrics) - 1) / 2, domains, rotation=15)
    ax.set_ylabel("score (%)")
    ax.set_ylim(0, 105)
    ax.set_title(f"Evaluation per domain (overall pass@1 {100 * report['overall'].get('pass@1', 0):.1f}%)")
    ax.legend()
    fig.savefig(path, dpi=100)
    plt.close(fig)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m sciexamples.evaluate", description=__doc__.splitlines()[0])
    parser.add_argument("predictions", type=Path, nargs="?", help="JSONL file of {\"id\", \"completion\"} lines")
    parser.add_argument("--alternatives", action="store_true", help="score the dataset's own alternative solutions instead of a predictions file (each should score 100%%)")
    parser.add_argument("--dataset", type=Path, default=Path("data/validation_examples.json"))
    parser.add_argument("--out", type=Path, default=Path("reports/eval"), help="directory for report.json and scores.png")
    parser.add_argument("--k", type=int, nargs="+", default=[1], help="pass@k values (default: 1)")
    parser.add_argument("--edge", action="store_true", help="a completion must also pass the example's edge cases")
    parser.add_argument("--workers", type=int, default=None, help="isolated worker processes (default: one per core)")
    parser.add_argument("--timeout", type=float, default=30.0, help="per-completion time limit in seconds")
    parser.add_argument("--memory-mb", type=int, default=WORKER_MEMORY_MB, help="memory cap per worker process")
    parser.add_argument("--strict", action="store_true", help="exit 2 on malformed lines, unknown ids or dataset records that do not compile instead of skipping them")
    parser.add_argument("--field", choices=FIELDS, default="task", help="the text the completions answer: the record's task (default) or its prompt")
    parser.add_argument("--questions", type=Path, metavar="JSONL", help="write the dataset's questions ({id, question, inputs} lines, --field text) here and exit")
    parser.add_argument("--no-progress", action="store_true")
    args = parser.parse_args(argv)
    from .fixtures import default_registry

    try:
        loaded = load_examples(args.dataset, default_registry().names())
        if args.questions:
            rows = questions(loaded, args.field)
            args.questions.parent.mkdir(parents=True, exist_ok=True)
            args.questions.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
            print(f"wrote {len(rows)} questions ({args.field}) to {args.questions}")
            missing = len(loaded) - len(rows)
            if missing:
                print(f"{missing} record(s) have no {args.field} and were left out", file=sys.stderr)
            return 0
        if args.alternatives == (args.predictions is not None):
            parser.error("give a predictions file, --alternatives or --questions")
        if args.alternatives:
            predictions, problems = alternatives_as_predictions(loaded), InputProblems()
        else:
            predictions, problems = read_predictions(args.predictions, {e.id for e in loaded})
    except DatasetError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    # a reference whose code or checks do not compile can judge no answer: it is left out of the
    # scores, with its predictions, and said so
    examples, broken = split_compilable(loaded)
    unasked = [e.id for e in examples if not getattr(e, args.field)]
    if unasked:  # a record without the text the model answered was never asked
        broken += [f"{i}: has no {args.field}" for i in unasked]
        examples = [e for e in examples if getattr(e, args.field)]
    if args.alternatives:  # only the records that carry alternatives are scored
        examples = [e for e in examples if e.alternatives]
    scored_ids = {e.id for e in examples}
    predictions = [p for p in predictions if p.id in scored_ids]
    problems.missing_ids = [i for i in problems.missing_ids if i in scored_ids]
    for message in [*problems.messages(), *(f"{line}; left out of the scores" for line in broken)]:
        print(message, file=sys.stderr)
    if args.strict and (problems.malformed or problems.unknown_ids or broken):
        return 2
    report = evaluate(
        examples, predictions, ks=args.k, edge=args.edge, workers=args.workers, timeout=args.timeout,
        memory_mb=args.memory_mb, progress=not args.no_progress,
    )
    report["field"] = args.field
    report["input_problems"] = {
        "malformed": problems.malformed, "unknown_ids": problems.unknown_ids, "missing_ids": problems.missing_ids, "broken_examples": broken,
    }
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "report.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    save_chart(report, args.out / "scores.png")
    print(f"completions answer each record's {args.field}")
    print(format_table(report))
    print(f"wrote {args.out / 'report.json'} and {args.out / 'scores.png'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
