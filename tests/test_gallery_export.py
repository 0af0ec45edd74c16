"""The gallery in a real headless browser, and the exports loaded with pandas and Hugging Face datasets."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from sciexamples.catalog import build_catalog
from sciexamples.example import dump_examples, load_examples
from sciexamples.export import main as export_main
from sciexamples.gallery import build_gallery

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--virtual-time-budget=10000",
]


@pytest.fixture(scope="module")
def small_dataset(tmp_path_factory: pytest.TempPathFactory) -> Path:
    examples = build_catalog(["matplotlib_plots"])[:4] + build_catalog(["stats"])[:3]
    path = tmp_path_factory.mktemp("data") / "gallery_examples.json"
    path.write_text(dump_examples(examples))
    return path


def _browser(args: list[str], tmp: Path) -> str:
    result = subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={tmp / 'profile'}", *args], capture_output=True, text=True, timeout=180)
    return result.stdout


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed here (apt-get install chromium; .ci/run installs it)")
def test_gallery_loads_filters_and_shows_images_in_a_real_browser(small_dataset: Path, tmp_path: Path) -> None:
    examples = load_examples(small_dataset)
    index = build_gallery(examples, tmp_path / "gallery", progress=False)
    dom = _browser(["--dump-dom", index.as_uri()], tmp_path)
    assert f'data-shown="{len(examples)}"' in dom, "not every example is shown on load"
    images = len(re.findall(r"<img ", dom))
    assert images >= 4
    assert f'data-images-loaded="{images}"' in dom and 'data-images-broken="0"' in dom
    statistics = sum(e.domain == "statistics" for e in examples)
    filtered = _browser(["--dump-dom", index.as_uri() + "#domain=statistics"], tmp_path)
    assert f'data-shown="{statistics}"' in filtered
    assert f"{statistics} of {len(examples)} examples shown" in filtered
    screenshot = tmp_path / "gallery.png"
    _browser([f"--screenshot={screenshot}", "--window-size=1400,1800", index.as_uri()], tmp_path)
    assert screenshot.stat().st_size > 10_000


def test_exports_match_the_json(small_dataset: Path, tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow", reason="pyarrow is needed for Parquet (pip install -e '.[test]')")
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(small_dataset, data / "training_examples.json")
    assert export_main(["--data", str(data)]) == 0
    assert export_main(["--data", str(data), "--task-code-only"]) == 0
    records = json.loads((data / "training_examples.json").read_text())
    jsonl = pd.read_json(data / "training_examples.jsonl", lines=True)
    parquet = pd.read_parquet(data / "training_examples.parquet")
    for frame in (jsonl, parquet):
        assert list(frame["id"]) == [r["id"] for r in records]
        assert list(frame["code"]) == [r["code"] for r in records]
        assert [json.loads(v) for v in frame["inputs"]] == [r["inputs"] for r in records]
        assert [list(v) for v in frame["checks"]] == [r["checks"] for r in records]
    slim = pd.read_parquet(data / "training_examples_task_code.parquet")
    assert list(slim.columns) == ["id", "task", "code"]


def test_exports_load_with_hugging_face_datasets(small_dataset: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    datasets = pytest.importorskip("datasets", reason="Hugging Face datasets is installed in the tox `latest` environment")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_DATASETS_CACHE", str(tmp_path / "hf-cache"))
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(small_dataset, data / "training_examples.json")
    assert export_main(["--data", str(data)]) == 0
    records = json.loads((data / "training_examples.json").read_text())
    for kind, suffix in (("json", "jsonl"), ("parquet", "parquet")):
        loaded = datasets.load_dataset(kind, data_files=str(data / f"training_examples.{suffix}"), split="train", cache_dir=str(tmp_path / "hf-cache"))
        assert loaded.num_rows == len(records)
        assert loaded["task"] == [r["task"] for r in records]
        assert loaded["code"] == [r["code"] for r in records]
