"""The mutation report: a record that does not compile is named and fails the report; the rest is measured."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from sciexamples.mutation import main

GOOD = {
    "id": "mut.mean", "task": "Store the mean of `values` in `result`.", "code": "import numpy as np\n\nresult = np.mean(values)\n",
    "checks": ["np.isclose(result, values.mean())", "np.ndim(result) == 0"], "domain": "statistics", "libraries": ["numpy"],
    "inputs": {"values": "values"}, "difficulty": "basic", "tags": [],
}


def test_a_record_that_does_not_compile_fails_the_report_and_the_rest_is_measured(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    dataset = tmp_path / "examples.json"
    dataset.write_text(json.dumps([GOOD, GOOD | {"id": "mut.broken", "code": "result = np.mean(values\n"}]))
    report_path = tmp_path / "mutation.json"
    assert main([str(dataset), "--json", str(report_path), "--no-progress"]) == 1
    captured = capsys.readouterr()
    assert f"error: {dataset}: record 1 (id 'mut.broken'): code does not compile: '(' was never closed (snippet line 1)" in captured.err
    report = json.loads(report_path.read_text())
    assert report["examples"] == 1 and report["per_kind"]["do-nothing"] == {**report["per_kind"]["do-nothing"], "mutants": 1, "killed": 1}
    assert len(report["broken_examples"]) == 1


def test_plausible_mutants_change_one_thing_each() -> None:
    from sciexamples.mutants import mutants

    code = "from scipy import stats\n\nresult = stats.ttest_ind(a[:3], b, alternative='less', equal_var=False)\n"
    found = {(kind, mutated.strip().splitlines()[-1]) for kind, mutated in mutants(code)}
    assert ("keyword-value", "result = stats.ttest_ind(a[:3], b, alternative='two-sided', equal_var=False)") in found
    assert ("keyword-value", "result = stats.ttest_ind(a[:3], b, alternative='less', equal_var=True)") in found
    assert ("keyword-removed", "result = stats.ttest_ind(a[:3], b, equal_var=False)") in found
    assert ("swap-call", "result = stats.mannwhitneyu(a[:3], b, alternative='less', equal_var=False)") in found
    assert {("off-by-one", f"result = stats.ttest_ind(a[:{n}], b, alternative='less', equal_var=False)") for n in (2, 4)} <= found


def test_a_survivor_is_reported_unless_its_outputs_equal_the_references(tmp_path: Path) -> None:
    """Killed: the checks fail. Equivalent: the mutant's outputs equal the reference's on the
    reference and edge inputs (not counted). Survivor: outputs differ, the checks pass."""
    from records import ex

    from sciexamples.fixtures import default_registry
    from sciexamples.mutation import build_report, mutate_example

    strong = ex(id="mut.strong", task="Store the sum of `values` in `total`.", code="import numpy as np\n\ntotal = np.sum(values, axis=0)\n",
                checks=["np.isclose(total, values.sum())", "np.ndim(total) == 0"], domain="statistics", libraries=["numpy"],
                inputs={"values": "values"}, difficulty="basic", edge_cases=True)
    weak = ex(id="mut.weak", task="Store the sum of `values` in `total`.", code="import numpy as np\n\ntotal = np.sum(values)\n",
              checks=["np.isfinite(total)", "np.ndim(total) == 0"], domain="statistics", libraries=["numpy"],
              inputs={"values": "values"}, difficulty="basic", edge_cases=True)
    registry = default_registry()
    results = {(r.example_id, r.kind, r.change): r for e in (strong, weak) for r in mutate_example(e, registry)}
    removed = results[("mut.strong", "keyword-removed", "total = np.sum(values, axis=0) -> total = np.sum(values)")]
    assert removed.equivalent and not removed.killed  # on a 1-D array, axis=0 is the default
    assert results[("mut.strong", "swap-call", "total = np.sum(values, axis=0) -> total = np.mean(values, axis=0)")].killed
    swapped = results[("mut.weak", "swap-call", "total = np.sum(values) -> total = np.mean(values)")]
    assert not swapped.killed and not swapped.equivalent
    report = build_report([strong, weak], list(results.values()))
    assert {"id": "mut.weak", "kind": "swap-call", "change": "total = np.sum(values) -> total = np.mean(values)"} in report["survivors"]
    assert report["per_kind"]["keyword-removed"]["equivalent"] == 1


def test_outputs_compare_values_within_rounding_and_figures_by_pixels() -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np
    import pandas as pd

    from sciexamples.outputs import same, snapshot

    assert same(snapshot(np.array([1.0, np.nan])), snapshot(np.array([1.0 + 1e-12, np.nan])))
    assert not same(snapshot(np.array([1.0, 2.0])), snapshot(np.array([1.0, 2.001])))
    # a zero that rounding made 1e-13: equal at the array's scale, unlike a real difference
    assert same(snapshot(np.array([0.0, 1.0])), snapshot(np.array([1e-13, 1.0])))
    assert not same(snapshot(np.array([0.0, 1.0])), snapshot(np.array([1e-6, 1.0])))
    assert same(snapshot(pd.DataFrame({"a": [1.5]})), snapshot(pd.DataFrame({"a": [1.5]})))
    assert not same(snapshot(pd.DataFrame({"a": [1.5]})), snapshot(pd.DataFrame({"b": [1.5]})))
    assert same(snapshot({"k": (1, "x")}), snapshot({"k": (1.0, "x")}))
    figures = []
    for color in ("red", "red", "blue"):
        fig, ax = plt.subplots()
        ax.plot([0, 1], [0, 1], color=color)
        figures.append(snapshot(ax))
        plt.close(fig)
    assert same(figures[0], figures[1]) and not same(figures[0], figures[2])
    # a grid of Axes from two runs: compared by what they show, not by identity
    grids = []
    for rows in (3, 3, 2):
        fig, axes = plt.subplots(rows, 1, squeeze=False)
        grids.append(snapshot(axes[:, 0]))
        plt.close(fig)
    assert same(grids[0], grids[1]) and not same(grids[0], grids[2])


def test_the_generator_says_whether_the_kill_rate_describes_these_data_files(tmp_path: Path) -> None:
    import hashlib

    from sciexamples.mutation import summary_line

    files = {"training_examples.json": "[]\n"}
    assert "not measured" in summary_line(tmp_path, files)
    report = {"plausible": {"mutants": 10, "equivalent": 2, "killed": 7, "kill_rate": 0.875},
              "datasets": {"training_examples.json": hashlib.sha256(b"[]\n").hexdigest()}}
    (tmp_path / "mutation.json").write_text(json.dumps(report))
    assert summary_line(tmp_path, files) == f"plausible wrong answers killed: 87.5% of 8 that change an output (target 95%; {tmp_path / 'mutation.json'})"
    assert "measured on other data files" in summary_line(tmp_path, {"training_examples.json": "[1]\n"})


def test_an_unchanged_example_is_read_from_the_cache_and_a_changed_one_runs_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from records import ex

    from sciexamples import mutation
    from sciexamples.fixtures import default_registry

    example = ex(id="mut.cached", task="Store the mean of `values` in `result`.", code="import numpy as np\n\nresult = np.mean(values)\n",
                 checks=["np.isclose(result, values.mean())"], domain="statistics", libraries=["numpy"], inputs={"values": "values"}, difficulty="basic")
    registry, cache = default_registry(), tmp_path / "cache"
    first = mutation.mutation_report([example], registry, progress=False, cache_dir=cache)
    assert len(list(cache.iterdir())) == 1
    runs = []
    monkeypatch.setattr(mutation, "mutate_example", lambda *args: runs.append(args) or [])
    assert mutation.mutation_report([example], registry, progress=False, cache_dir=cache) == first
    assert runs == []  # read back, not run
    # the prompt and the tags are no part of what a mutant runs; the checks are
    assert mutation.cache_key(replace(example, prompt="In my own words", tags=("descriptive-statistics",))) == mutation.cache_key(example)
    changed = replace(example, checks=("np.isclose(result, np.mean(values))",))
    assert mutation.cache_key(changed) != mutation.cache_key(example)
    mutation.mutation_report([changed], registry, progress=False, cache_dir=cache)
    assert len(runs) == 1


def test_the_shipped_mutation_report_describes_the_shipped_data_and_meets_its_targets() -> None:
    """Fails when data/ changed since the report: rerun
    `python -m sciexamples.mutation --jobs 2 --json data/mutation.json` (only changed examples run)."""
    from sciexamples.mutation import measured_on, meets_targets

    data = Path(__file__).resolve().parents[1] / "data"
    report = json.loads((data / "mutation.json").read_text(encoding="utf-8"))
    names = ("training_examples.json", "validation_examples.json")
    assert measured_on(report, {name: (data / name).read_text(encoding="utf-8") for name in names})
    assert meets_targets(report) and not report["broken_examples"]
