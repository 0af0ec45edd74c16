"""The table of current results in benchmarks/README.md, generated from benchmarks/results.json.

    python benchmarks/table.py           # print the table (Markdown)
    python benchmarks/table.py --write   # rewrite it in README.md, between the two markers
    python benchmarks/table.py --check   # exit 1 if README.md's table differs from results.json

The table sits between `<!-- results:start -->` and `<!-- results:end -->`. One row per measure that
results.json holds, sorted by its key there; the output depends on nothing else (standard library only).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
START, END = "<!-- results:start -->", "<!-- results:end -->"
HEADER = ["key in results.json", "what", "values", "result", "per pair"]


def _pairs(ratios: list[float]) -> str:
    return f"{min(ratios):.3f}x-{max(ratios):.3f}x" if ratios else ""


def _rss(label: str, summary: dict, what: str) -> list[str]:
    return [
        label,
        f"{what}, {summary['examples']} examples",
        f"first -> last example {summary['first_mb']:.1f} -> {summary['last_mb']:.1f} MB (peak {summary['peak_mb']:.1f})",
        f"**{summary['growth_mb']:+.1f} MB**",
        "",
    ]


def rows(results: dict) -> list[list[str]]:
    """The table's rows, sorted by key; sections missing from `results` are left out."""
    repeats = results.get("repeats")
    alternated = f"{repeats} alternated pairs" if repeats is not None else "alternated pairs"
    out = []
    if "overhead" in results:
        o = results["overhead"]
        out.append([
            "overhead",
            f"gate `-n 0` / bare loop, {o['examples']} examples, {alternated}",
            f"{o['gate_n0_median_s']:.2f} / {o['bare_loop_median_s']:.2f} s (medians)",
            f"**{o['ratio']:.3f}x**",
            _pairs(o.get("ratio_per_pair", [])),
        ])
    if "xdist" in results:
        x = results["xdist"]
        out.append([
            "xdist",
            f"`-n 2` / `-n 0`, {x['examples']} examples, {alternated}",
            f"{x['n2_median_s']:.2f} / {x['n0_median_s']:.2f} s (medians)",
            f"**{x['ratio']:.3f}x**",
            _pairs(x.get("ratio_per_pair", [])),
        ])
    if "per_process" in results:
        p = results["per_process"]
        out.append([
            "per_process",
            f"a fresh interpreter per example / the gate, {p['sampled']} examples sampled",
            f"{p['fresh_interpreter_s_per_example']} / {p['gate_s_per_example']} s per example",
            f"**{p['speedup']}x**",
            "",
        ])
    if "ci_fresh_clone" in results:
        c = results["ci_fresh_clone"]
        out.append([
            "ci_fresh_clone",
            f"`.ci/run` on a fresh clone (both pin sets, edge cases), {c['examples']} examples, {c['cores']} cores",
            f"one run at {c['commit'][:7]}" + "".join(
                f"; {name} {env['command_s']:,.0f} s, of which reference runs {env['reference_runs_worker_s']:,.0f} worker-s"
                for name, env in c.get("envs", {}).items()
            ),
            f"**{c['seconds'] / 60:.1f} min**",
            "",
        ])
    if "regenerate_unchanged" in results:
        r = results["regenerate_unchanged"]
        out.append([
            "regenerate_unchanged",
            f"`generate_training_data.py` on an unchanged corpus (cache warm), {r['examples']} examples",
            " / ".join(f"{s:.1f}" for s in r["runs_s"]) + " s",
            f"**{r['median_s']:.1f} s** (median)",
            "",
        ])
    memory = results.get("memory", {})
    if "gate_n0" in memory:
        out.append(_rss("memory.gate_n0", memory["gate_n0"], "RSS, gate `-n 0`"))
    for worker, summary in memory.get("gate_n2_per_worker", {}).items():
        out.append(_rss(f"memory.gate_n2_per_worker.{worker}", summary, f"RSS, gate `-n 2`, worker {worker}"))
    passes = memory.get("two_passes_n0")
    if passes:
        out.append(_rss("memory.two_passes_n0.first_pass", passes["first_pass"], "RSS, first of two passes in one process (first use)"))
        repeat = _rss("memory.two_passes_n0.repeat_pass", passes["repeat_pass"], "RSS, repeat pass of the same examples (retention)")
        repeat[1] = f"RSS, repeat pass of the same {passes['first_pass']['examples']} examples (retention)"
        repeat[3] += f" ({passes['repeat_pass_kb_per_example']} KB an example)"
        out.append(repeat)
    return sorted(out, key=lambda row: row[0])


def table(results: dict) -> str:
    """The Markdown between the markers (without them), ending in a newline."""
    lines = [
        "Generated from `results.json` by `python benchmarks/table.py --write`; do not edit by hand.",
        "",
        "| " + " | ".join(HEADER) + " |",
        "|" + "---|" * len(HEADER),
    ]
    for row in rows(results):
        lines.append("| " + " | ".join(f"`{row[0]}`" if i == 0 else cell for i, cell in enumerate(row)) + " |")
    return "\n".join(lines) + "\n"


def split(readme: str) -> tuple[str, str, str] | None:
    """README.md as (before and start marker, between, end marker and after); None without both markers."""
    start, end = readme.find(START), readme.find(END)
    if start < 0 or end < start:
        return None
    start += len(START)
    return readme[:start], readme[start:end], readme[end:]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--results", type=Path, default=HERE / "results.json", help="the results (default: benchmarks/results.json)")
    parser.add_argument("--readme", type=Path, default=HERE / "README.md", help="the README holding the markers (default: benchmarks/README.md)")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--write", action="store_true", help="rewrite the table between the markers in the README")
    mode.add_argument("--check", action="store_true", help="exit 1, with a one-line reason, if the README's table differs from the results")
    args = parser.parse_args()
    body = "\n" + table(json.loads(args.results.read_text()))
    if not (args.write or args.check):
        sys.stdout.write(body.lstrip("\n"))
        return 0
    readme = args.readme.read_text()
    parts = split(readme)
    if parts is None:
        print(f"{args.readme}: no {START} ... {END} markers", file=sys.stderr)
        return 1
    before, current, after = parts
    if args.write:
        if current != body:
            args.readme.write_text(before + body + after)
        return 0
    if current != body:
        have, want = current.splitlines(), body.splitlines()
        line = next((i for i, (a, b) in enumerate(zip(have, want)) if a != b), min(len(have), len(want)))
        where = before.count("\n") + line + 1
        print(f"{args.readme}:{where}: the results table differs from {args.results.name}; run python benchmarks/table.py --write", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
