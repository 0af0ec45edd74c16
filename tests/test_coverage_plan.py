"""The coverage plan: its areas name real example folders, examples fill its cells by the API they
call, and what no example calls is reported."""

from __future__ import annotations

from pathlib import Path

import pytest
from records import ex

from sciexamples.analysis import api_symbols
from sciexamples.coverage import Area, Plan, fill, load_plan, main, summary_lines
from sciexamples.example import TASK_TYPES
from sciexamples.example_file import libraries

ROOT = Path(__file__).resolve().parents[1]


def test_the_plan_names_example_folders_task_types_and_no_area_twice() -> None:
    plan = load_plan()
    folders = set(libraries(ROOT / "examples"))
    assert {area.library for area in plan.areas} == folders
    assert len({(a.library, a.name) for a in plan.areas}) == len(plan.areas)
    assert all(set(area.task_types) <= set(TASK_TYPES) and area.apis for area in plan.areas)
    # the everyday APIs the issue lists, per library group
    assert set(plan.everyday) == {"pandas", "sklearn", "scipy", "matplotlib", "seaborn"}


def test_methods_are_resolved_to_the_class_the_code_shows() -> None:
    code = (
        "import matplotlib.pyplot as plt\nimport seaborn.objects as so\nfrom scipy import stats\n"
        "fig, ax = plt.subplots()\nax.plot([1], [2])\ndf.plot(ax=ax)\n"
        "first = df.groupby('a').head(2)\ndf.head()\nz = df.apply(stats.zscore)\n"
        "p = so.Plot(df, x='a').add(so.Bar(), so.Agg()).facet('b')\n"
    )
    symbols = api_symbols(code)
    assert {"matplotlib.axes.Axes.plot", "pandas.DataFrame.plot", "pandas.api.typing.DataFrameGroupBy.head", "pandas.DataFrame.head",
            "scipy.stats.zscore", "seaborn.objects.Plot.facet", "seaborn.objects.Agg"} <= symbols
    assert "pandas.DataFrame.plot" in api_symbols("df.plot(x='a')\n") and "matplotlib.axes.Axes.plot" not in api_symbols("df.plot(x='a')\n")


def _plan() -> Plan:
    return Plan(
        (Area("stats", "tests", ("scipy.stats.ttest_ind",), ("code", "fix"), ("basic", "advanced")),
         Area("stats", "descriptive", ("scipy.stats.describe", "numpy"), ("code",), ("basic",))),
        {"scipy": ("scipy.stats.ttest_ind", "scipy.stats.dunnett | scipy.stats.tukey_hsd")},
    )


def test_examples_fill_the_cells_of_their_folder_and_the_rest_are_empty() -> None:
    test = ex(id="stats.welch", task="Store `p`.", code="from scipy import stats\np = stats.ttest_ind([1, 2], [3, 4]).pvalue\n", checks=["p < 1"],
              domain="statistics", libraries=["scipy.stats"], difficulty="basic")
    # in the folder's area by a name under `numpy`; another folder's example counts in none
    mean = ex(id="stats.mean", task="Store `m`.", code="import numpy as np\nm = np.mean([1, 2])\n", checks=["m == 1.5"],
              domain="statistics", libraries=["numpy"], difficulty="basic")
    elsewhere = ex(id="pandas.welch", task="Store `p`.", code="from scipy import stats\np = stats.ttest_ind([1, 2], [3, 4]).pvalue\n", checks=["p < 1"],
                   domain="statistics", libraries=["scipy.stats"], difficulty="basic")
    filled = fill([test, mean, elsewhere], _plan())
    assert filled.cells[("stats", "tests", "code", "basic")] == 1
    assert filled.cells[("stats", "descriptive", "code", "basic")] == 1
    assert filled.empty() == [("stats", "tests", "code", "advanced"), ("stats", "tests", "fix", "basic"), ("stats", "tests", "fix", "advanced")]
    assert filled.unplaced == ["pandas.welch"]
    assert filled.everyday_missing == {"scipy": ["scipy.stats.dunnett | scipy.stats.tukey_hsd"]}
    assert filled.everyday_counts() == (1, 2)


@pytest.mark.pin_independent
def test_the_generator_summary_and_the_command_report_the_shipped_plan(capsys) -> None:
    lines = summary_lines([])
    assert lines[0].startswith("coverage plan (library x API area x task type x difficulty): 0 of ")
    assert main(["--data", str(ROOT / "data"), "--empty"]) == 0
    empty = capsys.readouterr().out.splitlines()
    assert main(["--data", str(ROOT / "data")]) == 0
    table = capsys.readouterr().out
    assert "## pandas" in table and "| area | code | fix |" in table
    assert all(len(line.split(" x ")) == 4 for line in empty)
