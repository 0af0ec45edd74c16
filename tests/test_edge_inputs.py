"""Edge inputs are a function of the example alone: the same draws on every machine and in every process."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

import sciexamples
from sciexamples.edge import draw_inputs, edge_seed, inputs_digest
from sciexamples.example import EdgeSpec, Example, load_examples
from sciexamples.fixtures import default_registry

DATA = Path(__file__).resolve().parents[1] / "data"

# Run in a fresh interpreter: draw the CI profile's inputs of the given examples, in the given
# order, after first running `warm_up` examples (reference and edge runs) in the same process.
DRAW = r"""
import json, sys
from pathlib import Path
import sciexamples
from sciexamples.edge import draw_inputs, inputs_digest, run_edge_cases
from sciexamples.example import load_examples
from sciexamples.execute import run_example
from sciexamples.fixtures import default_registry

ids, warm_up, data = json.loads(sys.argv[1])
registry = default_registry()
examples = {e.id: e for name in ("training_examples.json", "validation_examples.json") for e in load_examples(Path(data, name), registry.names())}
for example_id in warm_up:
    run_example(examples[example_id], registry.build(examples[example_id].inputs))
    run_edge_cases(examples[example_id], registry)
print(json.dumps({"package": sciexamples.__file__, "digests": {i: inputs_digest(draw_inputs(examples[i], registry)) for i in ids}}))
"""


def _edge_examples() -> list:
    registry = default_registry()
    examples = [e for name in ("training_examples.json", "validation_examples.json") for e in load_examples(DATA / name, registry.names())]
    return sorted((e for e in examples if EdgeSpec.from_record(e.edge_cases) is not None), key=lambda e: e.id)


def _sample(per_kind: int = 2) -> list[str]:
    """The first examples (by id) of every input kind, so each kind's strategy is drawn from."""
    registry = default_registry()
    chosen: dict[str, list[str]] = {}
    for example in _edge_examples():
        kinds = tuple(sorted({registry.kind_of(ref) for ref in example.inputs.values()}))
        if len(chosen.setdefault(kinds[0], [])) < per_kind:
            chosen[kinds[0]].append(example.id)
    return sorted(i for ids in chosen.values() for i in ids)


def _draw_in_fresh_process(ids: list[str], warm_up: list[str], cwd: Path, env: dict[str, str]) -> dict:
    cwd.mkdir(parents=True, exist_ok=True)
    run = subprocess.run(
        [sys.executable, "-c", DRAW, json.dumps([ids, warm_up, str(DATA)])],
        cwd=cwd, env=env, capture_output=True, text=True, timeout=600, check=False,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    return json.loads(run.stdout.splitlines()[-1])


def test_draws_depend_on_the_example_only(tmp_path: Path) -> None:
    """Two fresh processes that differ in the hash seed, the working directory, the install path
    (the package copied elsewhere, as a wheel install puts it), the xdist worker, Hypothesis' CI
    detection, what ran before in the process and the order of the draws give every example the
    same inputs."""
    ids = _sample()
    assert len(ids) >= 12
    base = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST_", "PYTHONHASHSEED", "HYPOTHESIS")) and k not in ("CI", "TF_BUILD")}
    first = _draw_in_fresh_process(ids, [], tmp_path / "a", {**base, "PYTHONHASHSEED": "0"})

    elsewhere = tmp_path / "site-packages"
    shutil.copytree(Path(sciexamples.__file__).parent, elsewhere / "sciexamples", ignore=shutil.ignore_patterns("__pycache__"))
    others = [e.id for e in _edge_examples() if e.id not in ids][:3]
    second = _draw_in_fresh_process(
        list(reversed(ids)),
        others,
        tmp_path / "b" / "deeper",
        # CI set: Hypothesis then loads its own "ci" profile as the session's default
        {**base, "PYTHONHASHSEED": "4242", "PYTEST_XDIST_WORKER": "gw1", "PYTHONPATH": str(elsewhere), "CI": "true"},
    )
    assert Path(second["package"]).parent == elsewhere / "sciexamples"
    assert Path(first["package"]).parent != elsewhere / "sciexamples"
    assert first["digests"] == second["digests"]


def test_draws_in_this_process_match_a_fresh_one(tmp_path: Path) -> None:
    """A long-lived process (this one, which has imported the test suite) draws what a fresh one does."""
    ids = _sample(per_kind=1)
    registry = default_registry()
    examples = {e.id: e for e in _edge_examples()}
    here = {i: inputs_digest(draw_inputs(examples[i], registry)) for i in ids}
    fresh = _draw_in_fresh_process(ids, [], tmp_path, {k: v for k, v in os.environ.items() if not k.startswith("PYTEST_")})
    assert here == fresh["digests"]


def test_each_example_draws_its_own_inputs() -> None:
    """The seed comes from the example: two examples on the same inputs and spec draw differently,
    and narrowing the spec changes the draws; the wording of a reason does not."""
    registry = default_registry()
    example = next(e for e in _edge_examples() if e.edge_cases is True or e.edge_cases == {})
    twin = replace(example, id=example.id + "_twin")
    assert edge_seed(example) != edge_seed(twin)
    assert inputs_digest(draw_inputs(example, registry)) != inputs_digest(draw_inputs(twin, registry))
    narrowed = replace(example, edge_cases={"constant": False, "why": "one reason"})
    reworded = replace(example, edge_cases={"constant": False, "why": "another wording"})
    assert edge_seed(narrowed) != edge_seed(example)
    assert edge_seed(narrowed) == edge_seed(reworded)


@pytest.mark.parametrize("profile", ["ci"])
def test_drawing_twice_gives_the_same_inputs(profile: str) -> None:
    registry = default_registry()
    example = _edge_examples()[0]
    assert inputs_digest(draw_inputs(example, registry, profile)) == inputs_digest(draw_inputs(example, registry, profile))


def _signal_example(spec: dict) -> Example:
    return Example(
        id="probe.signal_knobs", task="t", code="pass\n", domain="signal_processing", libraries=("scipy.signal",),
        inputs={"signal": "noisy.signal", "fs": "noisy.fs", "tones": "noisy.tones"}, checks=("True",),
        difficulty="basic", tags=(), edge_cases=spec,
    )


def test_signal_knobs_shape_the_draws() -> None:
    """`min_seconds` sets the duration floor, `tone_ranges` places each tone in its band, `max_noise`
    bounds the noise (measured on the residual after removing the known tones)."""
    registry = default_registry()
    spec = {"min_seconds": 1.5, "tone_ranges": [[2, 20], [60, 90], [150, 200]], "max_noise": 0.1, "noise_only": False,
            "constant": False, "scale": False, "why": "probe"}
    drawn = draw_inputs(_signal_example(spec), registry)
    assert len(drawn) == 8
    for inputs in drawn:
        signal, fs, tones = inputs["signal"], inputs["fs"], inputs["tones"]
        assert len(signal) >= 1.5 * fs
        assert len(tones) == 3 and 2 <= tones[0] <= 20 and 60 <= tones[1] <= 90 and 150 <= tones[2] <= 200
        t = np.arange(len(signal)) / fs
        design = np.column_stack([f(2 * np.pi * tone * t) for tone in tones for f in (np.sin, np.cos)])
        residual = signal - design @ np.linalg.lstsq(design, signal, rcond=None)[0]
        assert residual.std() <= 0.1 * 1.2
    assert len({round(float(d["tones"][1]), 6) for d in drawn}) > 1  # the tones move within their ranges


def test_signal_defaults_keep_the_reference_tones() -> None:
    registry = default_registry()
    reference = registry.build({"tones": "noisy.tones"})["tones"]
    for inputs in draw_inputs(_signal_example({"noise_only": False, "why": "probe"}), registry):
        assert np.array_equal(inputs["tones"], reference)


def test_profiles_survive_a_fresh_import_of_hypothesis(tmp_path: Path) -> None:
    """pytester forgets modules a run imported first: a Hypothesis imported again afresh has none of
    the profiles, and edge cases register them again instead of failing."""
    example_id = _sample(per_kind=1)[0]
    script = DRAW.replace(
        'print(json.dumps(',
        'before = set(sys.modules)\n'
        'first = inputs_digest(draw_inputs(examples[ids[0]], registry))\n'
        'assert "hypothesis" not in before and "hypothesis" in sys.modules\n'
        'for name in set(sys.modules) - before:\n'
        '    del sys.modules[name]\n'
        'assert inputs_digest(draw_inputs(examples[ids[0]], registry)) == first\n'
        'print(json.dumps(',
    )
    run = subprocess.run([sys.executable, "-c", script, json.dumps([[example_id], [], str(DATA)])], cwd=tmp_path, capture_output=True, text=True, timeout=600, check=False)
    assert run.returncode == 0, run.stderr[-3000:]


def _frame_example(code: str, checks: tuple[str, ...]) -> Example:
    return Example(
        id="probe.kept_draws", task="t", code=code, domain="data_processing", libraries=("pandas",),
        inputs={"df": "weather"}, checks=checks, difficulty="basic", tags=(), edge_cases=True,
    )


def test_an_alternative_runs_on_the_inputs_its_reference_drew_without_drawing_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """The reference's edge run draws; its alternative (same id, inputs and spec) is fed copies of
    those inputs, the ones a new draw would give, without drawing: what the reference's snippet
    changed in place was its own copy."""
    from sciexamples import edge

    registry = default_registry()
    reference = _frame_example("df.iloc[:, 0] = 0\nrows = len(df)\n", ("rows == len(df)", "rows >= 0"))
    alternative = replace(reference, code="rows = df.shape[0]\n")
    assert edge.run_edge_cases(reference, registry).passed
    fed: list[str] = []
    real_run = edge.run_example
    monkeypatch.setattr(edge, "run_example", lambda example, inputs, **kw: fed.append(inputs_digest([inputs])) or real_run(example, inputs, **kw))
    monkeypatch.setattr(edge, "_property", lambda *args: pytest.fail("the alternative's inputs were drawn again"))
    result = edge.run_edge_cases(alternative, registry)
    monkeypatch.undo()
    assert result.passed and result.tried == 8
    assert fed == [inputs_digest([inputs]) for inputs in draw_inputs(reference, registry)]


def test_an_alternative_that_breaks_on_kept_inputs_is_shrunk_and_reported_as_on_a_first_run() -> None:
    from sciexamples import edge

    registry = default_registry()
    reference = _frame_example("rows = len(df)\n", ("rows == len(df)", "rows >= 0"))
    broken = replace(reference, code="rows = len(df) - (len(df) > 3)\n")
    assert edge.run_edge_cases(reference, registry).passed
    first_run = edge.run_edge_cases(broken, default_registry())  # another registry: nothing kept for it
    after_reference = edge.run_edge_cases(broken, registry)
    assert not first_run.passed and first_run.reproduction
    assert (after_reference.passed, after_reference.tried, after_reference.reproduction) == (False, first_run.tried, first_run.reproduction)


def test_the_shares_of_a_split_run_the_first_draw_each_and_every_other_draw_exactly_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The gate's two pin sets run `--examples-edge-share 1/2` and `2/2`: between them, every input
    one session would run, the simplest (the first) in both."""
    from sciexamples import edge
    from sciexamples.defaults import in_share

    assert [[in_share(draw, (i, 3)) for i in (1, 2, 3)] for draw in range(5)] == [
        [True, True, True], [True, False, False], [False, True, False], [False, False, True], [True, False, False],
    ]
    registry = default_registry()
    example = _frame_example("rows = len(df)\n", ("rows == len(df)", "rows >= 0"))
    everything = [inputs_digest([inputs]) for inputs in draw_inputs(example, registry)]
    assert len(everything) == 8
    fed: dict[tuple[int, int], list[str]] = {}
    real_run = edge.run_example
    for share in ((1, 2), (2, 2)):
        runs = fed.setdefault(share, [])
        monkeypatch.setattr(edge, "run_example", lambda example, inputs, runs=runs, **kw: runs.append(inputs_digest([inputs])) or real_run(example, inputs, **kw))
        result = edge.run_edge_cases(example, default_registry(), share=share)  # a registry of its own: nothing kept
        assert result.passed and result.tried == len(runs)
    monkeypatch.undo()
    assert fed[(1, 2)] == everything[0:1] + everything[1::2]
    assert fed[(2, 2)] == everything[0:1] + everything[2::2]


def test_a_share_that_meets_a_failure_shrinks_it_as_the_whole_budget_does() -> None:
    """Once an input in the share breaks the code, every input Hypothesis tries while shrinking
    runs: the report is the one a session running every draw gives."""
    from sciexamples import edge

    example = replace(_frame_example("rows = len(df)\n", ("rows == len(df)", "rows >= 0")), code="rows = len(df) - (len(df) > 3)\n")
    whole = edge.run_edge_cases(example, default_registry())
    assert not whole.passed
    splits = [edge.run_edge_cases(example, default_registry(), share=share) for share in ((1, 2), (2, 2))]
    assert any(not split.passed for split in splits)
    assert all(split.reproduction == whole.reproduction for split in splits if not split.passed)
