"""The gallery in a real headless browser, and the exports loaded with pandas and Hugging Face datasets."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from sciexamples.example_file import read_examples
from sciexamples.example import Example, dump_examples, load_examples
from sciexamples.export import main as export_main
from sciexamples.fixtures import default_registry
from sciexamples.gallery import main as gallery_main

DATA = Path(__file__).resolve().parents[1] / "data"
EXAMPLES = DATA.parent / "examples"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--virtual-time-budget=10000",
]


@pytest.fixture(scope="module")
def small_dataset(tmp_path_factory: pytest.TempPathFactory) -> Path:
    examples = read_examples(EXAMPLES, ["mpl"])[:4] + read_examples(EXAMPLES, ["stats"])[:3]
    path = tmp_path_factory.mktemp("data") / "gallery_examples.json"
    path.write_text(dump_examples(examples))
    return path


def _browser(args: list[str], tmp: Path) -> str:
    result = subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={tmp / 'profile'}", *args], capture_output=True, text=True, timeout=180)
    return result.stdout


# one shipped example in GALLERY_STRIDE, in id order: building the gallery runs each example again,
# one after another, and the gate runs every one on both pin sets already
GALLERY_STRIDE = 8


@pytest.fixture(scope="module")
def shipped_gallery(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[Example], Path]:
    """The gallery of a sample of the shipped data (every library and domain), built by its command line."""
    registry = default_registry()
    shipped = sorted((e for path in sorted(DATA.glob("*_examples.json")) for e in load_examples(path, registry.names())), key=lambda e: e.id)
    examples = shipped[::GALLERY_STRIDE]
    assert {e.folder for e in examples} == {e.folder for e in shipped} and {e.domain for e in examples} == {e.domain for e in shipped}
    sample = tmp_path_factory.mktemp("data") / "sample_examples.json"
    sample.write_text(dump_examples(examples))
    out = tmp_path_factory.mktemp("gallery") / "gallery"
    assert gallery_main([str(sample), "--out", str(out), "--ledger", "--no-progress"]) == 0
    return examples, out / "index.html"


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed here (apt-get install chromium; .ci/run installs it)")
@pytest.mark.skipif(os.environ.get("SCIEXAMPLES_ENV") == "oldest", reason="the gallery is built and viewed once, on the latest pin set")
def test_the_gallery_of_shipped_data_loads_filters_and_shows_images_in_a_real_browser(
    shipped_gallery: tuple[list[Example], Path], tmp_path: Path
) -> None:
    examples, index = shipped_gallery
    assert len(examples) >= 250
    page = index.read_text()
    outcomes = re.findall(r'<span class="outcome (\w+)">this run: ', page)
    assert len(outcomes) == len(examples)
    # every example ran as the gate runs it here: passed, or skipped where it needs other library versions
    assert set(outcomes) <= {"passed", "skipped"}, [e.id for e, o in zip(examples, outcomes) if o not in ("passed", "skipped")]
    dom = _browser(["--dump-dom", index.as_uri()], tmp_path)
    assert f'data-shown="{len(examples)}"' in dom, "not every example is shown on load"
    images = len(re.findall(r"<img ", dom))
    # every plot shows its figure (other examples may draw one too)
    assert images == len(list((index.parent / "img").iterdir())) >= sum(e.domain == "visualization" for e in examples)
    assert f'data-images-loaded="{images}"' in dom and 'data-images-broken="0"' in dom
    statistics = sum(e.domain == "statistics" for e in examples)
    filtered = _browser(["--dump-dom", index.as_uri() + "#domain=statistics"], tmp_path)
    assert f'data-shown="{statistics}"' in filtered
    assert f"{statistics} of {len(examples)} examples shown" in filtered
    screenshot = tmp_path / "gallery.png"
    _browser([f"--screenshot={screenshot}", "--window-size=1400,1800", index.as_uri()], tmp_path)
    assert screenshot.stat().st_size > 10_000


def test_figures_that_call_the_snippets_own_functions_when_saved_are_saved(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A secondary axis' conversions and a FuncFormatter are the snippet's functions, called again
    whenever the figure is drawn: saving it for the gallery must not outlive the snippet's names.
    The gallery's directory may lie in the directory the run started from: writing it is not the snippet's doing."""
    from sciexamples.example import parse_records
    from sciexamples.execute import run_example

    code = (
        "import numpy as np\nimport matplotlib.pyplot as plt\nfrom matplotlib.ticker import FuncFormatter\n\n"
        "def hz_to_ms(f):\n    return 1000 / np.maximum(f, 1e-9)\n\n"
        "fig, ax = plt.subplots()\nax.plot([1, 10, 100], [1, 2, 3])\nax.set_title('periods')\n"
        "ax.secondary_xaxis('top', functions=(hz_to_ms, hz_to_ms))\n"
        "ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f'{np.round(v, 1)} V'))\n"
    )
    record = {"id": "mpl.own_functions", "task": "t", "code": code, "checks": ["len(ax.child_axes) == 1", "figure_summary().n_axes == 1"], "domain": "visualization",
              "libraries": ["matplotlib"], "inputs": {}, "difficulty": "basic", "tags": []}
    (example,) = parse_records([record], "probe")
    monkeypatch.chdir(tmp_path)
    outcome = run_example(example, {}, figure_dir=tmp_path / "gallery" / "img")
    assert outcome.passed, outcome.report(code)
    assert outcome.figure_files == ["mpl.own_functions-0.png"]
    assert (tmp_path / "gallery" / "img" / "mpl.own_functions-0.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


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
    assert list(slim.columns) == ["id", "task", "prompt", "code"]
    assert list(slim["prompt"]) == [r.get("prompt") for r in records]
    assert "prompt" in parquet.columns


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


def test_export_without_a_parquet_engine_says_what_to_install_and_writes_nothing(
    small_dataset: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import sys

    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(small_dataset, data / "training_examples.json")
    for name in ("pyarrow", "pyarrow.parquet", "fastparquet"):  # as in an environment without them
        monkeypatch.setitem(sys.modules, name, None)
    assert export_main(["--data", str(data)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "pip install pyarrow" in err and "nothing was written" in err
    assert sorted(p.name for p in data.iterdir()) == ["training_examples.json"]


def test_export_refuses_records_that_do_not_compile_and_writes_nothing(small_dataset: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("pyarrow", reason="pyarrow is needed for Parquet (pip install -e '.[test]')")
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(small_dataset, data / "training_examples.json")
    records = json.loads(small_dataset.read_text())
    records[1]["code"] = "x = [1,\n"
    (data / "validation_examples.json").write_text(json.dumps(records[:2], indent=2))
    assert export_main(["--data", str(data)]) == 2
    err = capsys.readouterr().err
    assert f"validation_examples.json: record 1 (id {records[1]['id']!r}): code does not compile: '[' was never closed (snippet line 1)" in err
    assert sorted(p.name for p in data.iterdir()) == ["training_examples.json", "validation_examples.json"]


def test_the_gallery_shows_an_example_made_for_other_library_versions_as_skipped(tmp_path: Path) -> None:
    """As the gate skips it: run here it would fail for the versions, not for itself."""
    from sciexamples.example import parse_records
    from sciexamples.gallery import build_gallery

    record = {"id": "new.api", "task": "t", "code": "import numpy as np\nx = np.newest_api()\n", "checks": ["x", "True"], "domain": "numerical_methods",
              "libraries": ["numpy"], "inputs": {}, "difficulty": "basic", "tags": [], "requires": {"numpy": ">=999"}}
    index = build_gallery(parse_records([record], "probe"), tmp_path / "gallery", progress=False)
    assert '<span class="outcome skipped">this run: skipped</span>' in index.read_text()


def test_an_error_raised_while_the_figure_is_saved_is_that_examples_error(tmp_path: Path) -> None:
    """Saving draws again and may run the snippet's code again: what that raises fails the example, not the gallery."""
    from sciexamples.example import parse_records
    from sciexamples.execute import run_example

    code = (
        "import matplotlib.pyplot as plt\nfrom matplotlib.ticker import FuncFormatter\n\nchecked = []\n\n"
        "def label(value, position):\n    if checked:\n        raise ValueError('drawn after the checks')\n    return f'{value:g}'\n\n"
        "fig, ax = plt.subplots()\nax.plot([1, 2, 3])\nax.xaxis.set_major_formatter(FuncFormatter(label))\n"
    )
    record = {"id": "mpl.saves_badly", "task": "t", "code": code, "checks": ["len(ax.lines) == 1", "not checked.append(True)"],
              "domain": "visualization", "libraries": ["matplotlib"], "inputs": {}, "difficulty": "basic", "tags": []}
    (example,) = parse_records([record], "probe")
    outcome = run_example(example, {}, figure_dir=tmp_path / "img")
    assert outcome.status == "error"
    assert outcome.message == "saving the figure failed: ValueError: drawn after the checks"
    assert outcome.figure_files == []
