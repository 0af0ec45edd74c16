"""What checks read of a figure: the drawn data, in data units, compared with the inputs."""

from __future__ import annotations

import numpy as np
import pytest

from sciexamples.checks import figure_summary


@pytest.fixture
def plt():
    import matplotlib

    matplotlib.use("agg")
    import matplotlib.pyplot as plt

    yield plt
    plt.close("all")


def test_lines_scatter_and_errorbars_are_read_as_points(plt) -> None:
    fig, ax = plt.subplots()
    x = np.arange(5.0)
    ax.plot(x, x**2)
    ax.scatter(x, -x, c=x)
    ax.errorbar(x, x, yerr=0.5)
    ax.errorbar(x[:2], x[:2], yerr=[0.5, np.nan])  # a NaN error draws no bar
    facts = figure_summary(fig).axes[0]
    assert np.array_equal(facts.lines_xy[0], np.column_stack([x, x**2]))
    assert np.array_equal(facts.scatter_xy[0], np.column_stack([x, -x]))
    assert np.array_equal(facts.mesh_arrays[0], x)  # the scatter's colour values
    assert np.allclose(facts.errorbar_spans[0], np.column_stack([x - 0.5, x + 0.5]))
    assert np.allclose(facts.errorbar_spans[1], [[-0.5, 0.5], [np.nan, np.nan]], equal_nan=True)


def test_bars_give_their_values_centres_and_a_histogram_its_counts_and_bins(plt) -> None:
    fig, (bars, hist) = plt.subplots(1, 2)
    bars.bar(["a", "b", "c"], [3, 1, 2])
    bars.barh([0, 1], [5, 6])  # horizontal: the value is the width
    counts, edges, _ = hist.hist(np.arange(10), bins=4)
    facts = figure_summary(fig)
    assert [list(h) for h in facts.axes[0].bar_heights] == [[3, 1, 2], [5, 6]]
    assert [list(c) for c in facts.axes[0].bar_centers] == [[0, 1, 2], [0, 1]]
    assert np.array_equal(facts.axes[1].bar_heights[0], counts) and np.allclose(facts.axes[1].bar_edges[0], edges)


def test_images_meshes_colour_limits_colorbars_and_texts(plt) -> None:
    import seaborn

    fig, (image, heat) = plt.subplots(1, 2)
    data = np.arange(6.0).reshape(2, 3)
    shown = image.imshow(data, vmin=-1)
    fig.colorbar(shown, ax=image, label="value")
    image.annotate("peak", (2, 1))
    seaborn.heatmap(np.eye(2), ax=heat, cbar=False)
    facts = figure_summary(fig)
    assert np.array_equal(facts.axes[0].image_arrays[0], data) and facts.axes[0].color_limits == [(-1.0, 5.0)]
    assert facts.colorbar_ranges == [(-1.0, 5.0)] and facts.colorbar_labels == ["value"]
    assert facts.axes[0].texts == ["peak"]
    assert np.array_equal(facts.axes[1].mesh_arrays[0], np.eye(2).ravel())


def test_one_named_axes_an_inset_included_and_which_way_its_bars_run(plt) -> None:
    from sciexamples.checks import axes_summary

    _, ax = plt.subplots()
    ax.barh(["a", "b"], [2, 3])
    inset = ax.inset_axes([0.6, 0.6, 0.3, 0.3])
    inset.plot([0, 1], [1, 0])
    assert axes_summary(ax).bar_orientations == ["horizontal"] and list(axes_summary(ax).bar_heights[0]) == [2, 3]
    assert np.array_equal(axes_summary(inset).lines_xy[0], [[0, 1], [1, 0]])


def test_a_check_reads_an_input_as_given_so_an_answer_that_changes_it_in_place_fails() -> None:
    import pandas as pd

    from sciexamples.execute import run_example

    from records import ex

    checks = ['highest["elevation_m"].tolist() == [9.0, 3.0]', 'stations.equals(input_as_given("stations"))']

    def run(code: str) -> object:
        example = ex(id="t.highest", task="The two highest of `stations` in `highest`, `stations` unsorted.", code=code, checks=checks, inputs={"stations": "stations"}, domain="data_processing", libraries=["pandas"], difficulty="basic")
        return run_example(example, {"stations": pd.DataFrame({"elevation_m": [3.0, 9.0, 1.0]})})

    assert run('highest = stations.sort_values("elevation_m", ascending=False).head(2)\n').passed
    in_place = run('stations.sort_values("elevation_m", ascending=False, inplace=True)\nhighest = stations.head(2)\n')
    assert not in_place.passed and "input_as_given" in in_place.message


def test_inputs_are_copied_only_for_checks_that_read_them_as_given() -> None:
    from records import ex

    from sciexamples.checks import check_namespace, inputs_kept_for_checks

    class Uncopyable:
        def __deepcopy__(self, memo: object) -> object:
            raise AssertionError("copied")

    def names(*checks: str) -> frozenset[str]:
        return ex(id="t.names", task="t", code="y = 1\n", checks=list(checks), domain="data_processing", libraries=["numpy"], difficulty="basic").names_checks_read()

    assert inputs_kept_for_checks(names("len(x) == 3", "x[0] == 1"), {"x": Uncopyable()}) == {}
    # the name inside a string is not a call of the helper; inside a lambda or a comprehension it is
    assert inputs_kept_for_checks(names('"input_as_given" not in x'), {"x": Uncopyable()}) == {}
    assert "input_as_given" in names('(lambda: x == input_as_given("x"))()') & names('all(v == input_as_given("x")[0] for v in x)')
    kept = inputs_kept_for_checks(names('x == input_as_given("x")'), {"x": [1, 2]})
    assert kept == {"x": [1, 2]}
    with pytest.raises(KeyError, match="'y' is not one of the example's inputs"):
        check_namespace({}, kept)["input_as_given"]("y")


def test_an_answer_that_leaves_out_the_stated_seed_draws_other_numbers_than_the_reference() -> None:
    """The harness seeds the global generators before a run, with a seed no task names: were it 0,
    an answer that leaves out a task's `random_state=0` would draw exactly what the reference draws,
    and a check that recomputes with the stated seed would pass it."""
    from records import ex

    from sciexamples.execute import run_example

    checks = ["np.array_equal(order, np.random.RandomState(0).permutation(20))"]

    def run(code: str) -> bool:
        example = ex(id="t.shuffle", task="Shuffle 0..19 into `order` with `RandomState(0)`.", code=code, checks=checks, domain="data_processing", libraries=["numpy"], difficulty="basic")
        return run_example(example, {}).passed

    assert run("import numpy as np\norder = np.random.RandomState(0).permutation(20)\n")
    assert not run("import numpy as np\norder = np.random.permutation(20)\n")  # the global generator, unseeded by the answer
