"""Scoring a model's answers: references score 100%, doing nothing 0%, a correct rewrite passes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from records import ex
from sciexamples.evaluate import keyword_recall, main, pass_at_k, read_predictions, structure_similarity
from sciexamples.example import dump_examples

EXAMPLES = [
    ex(
        id="eval.lowpass",
        task="Low-pass filter `signal` sampled at `fs` Hz below 30 Hz with a zero-phase Butterworth filter; store it in `filtered`.",
        code="from scipy import signal as sps\n\nsos = sps.butter(4, 30, fs=fs, output='sos')\nfiltered = sps.sosfiltfilt(sos, signal)\n",
        checks=["filtered.shape == signal.shape", "band_power(filtered, fs, 60, fs / 2) < 0.05 * band_power(signal, fs, 60, fs / 2)"],
        domain="signal_processing", libraries=["scipy.signal"], inputs={"signal": "noisy.signal", "fs": "noisy.fs"}, difficulty="basic",
    ),
    ex(
        id="eval.group_means",
        task="Compute the mean `response` per `site` of the DataFrame `df` as a Series `means`.",
        code="means = df.groupby('site', observed=True)['response'].mean()\n",
        checks=["set(means.index) == set(df['site'].unique())", "np.allclose(means.sort_index().to_numpy(), [df.loc[df['site'] == s, 'response'].mean() for s in sorted(means.index)])"],
        domain="data_processing", libraries=["pandas"], inputs={"df": "trial"}, difficulty="basic",
    ),
]
REWRITES = {
    "eval.lowpass": "import scipy.signal\nb, a = scipy.signal.butter(4, 30 / (fs / 2))\nfiltered = scipy.signal.filtfilt(b, a, signal)\n",
    "eval.group_means": "import pandas as pd\n\nsums = {}\nfor site in df['site'].unique():\n    sums[site] = df.loc[df['site'] == site, 'response'].mean()\nmeans = pd.Series(sums)\n",
}


def _predictions(tmp_path: Path, name: str, completions: dict[str, str], extra: list[str] = ()) -> Path:
    path = tmp_path / f"{name}.jsonl"
    lines = [json.dumps({"id": i, "completion": c}) for i, c in completions.items()] + list(extra)
    path.write_text("\n".join(lines) + "\n")
    return path


@pytest.fixture
def dataset(tmp_path: Path) -> Path:
    path = tmp_path / "eval.json"
    path.write_text(dump_examples(EXAMPLES))
    return path


def _run(dataset: Path, predictions: Path, out: Path) -> dict:
    assert main([str(predictions), "--dataset", str(dataset), "--out", str(out), "--no-progress", "--workers", "2", "--timeout", "5"]) == 0
    return json.loads((out / "report.json").read_text())


def test_references_score_full_and_do_nothing_scores_zero(tmp_path: Path, dataset: Path) -> None:
    refs = _run(dataset, _predictions(tmp_path, "refs", {e.id: e.code for e in EXAMPLES}), tmp_path / "refs")
    assert refs["overall"]["pass@1"] == 1.0
    assert refs["overall"]["keywords"] == 1.0
    assert refs["overall"]["structure"] == 1.0
    nothing = _run(dataset, _predictions(tmp_path, "nothing", {e.id: "pass\n" for e in EXAMPLES}), tmp_path / "nothing")
    assert nothing["overall"]["pass@1"] == 0.0
    assert nothing["overall"]["keywords"] == 0.0
    assert (tmp_path / "nothing" / "scores.png").stat().st_size > 0


def test_correct_rewrite_passes_but_scores_lower_on_structure(tmp_path: Path, dataset: Path) -> None:
    report = _run(dataset, _predictions(tmp_path, "rewrites", REWRITES), tmp_path / "rewrites")
    assert report["overall"]["pass@1"] == 1.0
    for example_id in REWRITES:
        assert report["per_example"][example_id]["structure"] < 0.9


def test_hostile_completions_score_zero_and_the_run_finishes(tmp_path: Path, dataset: Path) -> None:
    hostile = [
        json.dumps({"id": "eval.lowpass", "completion": "while True:\n    pass\n"}),
        json.dumps({"id": "eval.lowpass", "completion": "import os\nos._exit(1)\n"}),
        json.dumps({"id": "eval.lowpass", "completion": "import ctypes\nctypes.string_at(0)\n"}),
        json.dumps({"id": "eval.group_means", "completion": "x = bytearray(10**11)\n"}),
        json.dumps({"id": "eval.group_means", "completion": "import sys\nsys.exit(0)\n"}),
    ]
    report = _run(dataset, _predictions(tmp_path, "hostile", {}, hostile), tmp_path / "hostile")
    assert report["overall"]["pass@1"] == 0.0
    statuses = sorted(report["per_example"]["eval.lowpass"]["statuses"] + report["per_example"]["eval.group_means"]["statuses"])
    assert statuses == ["crashed", "error", "error", "failed", "timeout"]


def test_bad_lines_are_reported_with_numbers_and_missing_ids_count_as_failures(tmp_path: Path, dataset: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _predictions(tmp_path, "bad", {"eval.lowpass": EXAMPLES[0].code}, ["{not json", json.dumps({"id": "nope", "completion": "x"})])
    report = _run(dataset, path, tmp_path / "bad")
    err = capsys.readouterr().err
    assert f"{path}:2: invalid JSON" in err
    assert f"{path}:3: unknown id 'nope'" in err
    assert "no prediction for id 'eval.group_means'" in err
    assert report["input_problems"]["missing_ids"] == ["eval.group_means"]
    assert report["overall"]["pass@1"] == 0.5


def test_pass_at_k_is_the_unbiased_estimator() -> None:
    assert pass_at_k(10, 0, 1) == 0.0
    assert pass_at_k(10, 10, 5) == 1.0
    assert pass_at_k(2, 1, 1) == pytest.approx(0.5)
    assert pass_at_k(5, 1, 2) == pytest.approx(1 - (4 * 3) / (5 * 4))


def test_keywords_and_structure_are_graded() -> None:
    reference = EXAMPLES[0].code
    assert keyword_recall(reference, reference) == 1.0
    assert keyword_recall(reference, "x = 1\n") == 0.0
    assert 0.0 < keyword_recall(reference, "from scipy import signal as sps\nsos = sps.butter(2, 10, fs=fs, output='sos')\n") < 1.0
    assert structure_similarity(reference, reference) == 1.0
    assert structure_similarity(reference, "def (") == 0.0


def test_unreadable_predictions_file_is_a_clear_error(tmp_path: Path, dataset: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path / "missing.jsonl"), "--dataset", str(dataset), "--out", str(tmp_path / "x")]) == 2
    assert "missing.jsonl: cannot read" in capsys.readouterr().err
    with pytest.raises(Exception):
        read_predictions(tmp_path / "missing.jsonl", set())


def test_a_reference_that_does_not_compile_is_left_out_of_the_scores_and_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = EXAMPLES[1].to_dict() | {"id": "eval.broken", "checks": ["means is not None", "means.sum( > 0"]}
    dataset = tmp_path / "eval.json"
    dataset.write_text(json.dumps([EXAMPLES[1].to_dict(), broken], indent=2))
    predictions = _predictions(tmp_path, "preds", {"eval.group_means": EXAMPLES[1].code, "eval.broken": EXAMPLES[1].code})
    report = _run(dataset, predictions, tmp_path / "out")
    err = capsys.readouterr().err
    problem = f"{dataset}: record 1 (id 'eval.broken'): check 1 does not compile (invalid syntax): 'means.sum( > 0'; left out of the scores"
    assert problem in err
    assert list(report["per_example"]) == ["eval.group_means"] and report["overall"]["pass@1"] == 1.0
    assert report["input_problems"]["broken_examples"] == [problem.removesuffix("; left out of the scores")]
    assert main([str(predictions), "--dataset", str(dataset), "--out", str(tmp_path / "strict"), "--strict"]) == 2


def test_questions_pose_the_task_or_the_prompt_and_the_report_says_which(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from dataclasses import replace

    worded = replace(EXAMPLES[1], prompt="What's the average `response` at each `site` of my table `df`? A Series `means`, please.")
    path = tmp_path / "eval.json"
    path.write_text(dump_examples([EXAMPLES[0], worded]))
    asked = tmp_path / "questions.jsonl"
    assert main(["--dataset", str(path), "--questions", str(asked), "--field", "prompt"]) == 0
    lines = [json.loads(line) for line in asked.read_text().splitlines()]
    assert lines == [{"id": worded.id, "question": worded.prompt, "inputs": {"df": "trial"}}]
    assert "1 record(s) have no prompt and were left out" in capsys.readouterr().err
    # answers to the prompt are scored by the same checks; a record without a prompt was never asked
    predictions = _predictions(tmp_path, "answers", {worded.id: REWRITES[worded.id]})
    out = tmp_path / "prompted"
    assert main([str(predictions), "--dataset", str(path), "--field", "prompt", "--out", str(out), "--no-progress", "--workers", "1"]) == 0
    report = json.loads((out / "report.json").read_text())
    assert report["field"] == "prompt" and report["overall"] == {**report["overall"], "pass@1": 1.0, "examples": 1}
    assert report["input_problems"]["broken_examples"] == ["eval.lowpass: has no prompt"]
