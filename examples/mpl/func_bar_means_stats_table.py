# /// example
# task = '''
# Write a function `bars_with_table` with the signature and docstring below, then draw the
# samples `a`, `b` and `c` with it (named "a", "b", "c", in that order) on the Axes `ax` of the
# figure `fig`, with a y label and a title.
#
# ```python
# def bars_with_table(ax, samples, decimals=2):
#     """Draw one bar per sample on `ax`, in the order of the dict `samples`
#     (name -> 1-D array), the bar height being the sample's mean, with the
#     x ticks labelled by the names; below the Axes add a table (ax.table)
#     with one column per sample headed by its name and three rows labelled
#     "mean", "sd" and "n": the mean, the standard deviation (ddof=1), both
#     written with `decimals` decimals, and the number of values. NaN values
#     are ignored everywhere. Return the table.
#     """
# ```'''
# prompt = """
# For group summaries I like a bar chart of means with the numbers in a table underneath. \
# Please write `bars_with_table(ax, samples, decimals=2)`: `samples` is a dict name -> 1-D array; \
# one bar per sample in dict order with height = mean and the name as tick label, plus a table \
# below the Axes via `ax.table` with a column per sample (headed by the name) and rows "mean", \
# "sd" (ddof=1), both rounded to `decimals` decimals, and "n"; ignore NaN; return the table. Then \
# draw my samples `a`, `b`, `c` (named "a", "b", "c") on `ax` in `fig`, with a y label and a title."""
# task_type = 'function'
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = { a = 'groups.a', b = 'groups.b', c = 'groups.c' }
# checks = [
#     # cell (0, j) holds the column headers, cell (i, -1) the row labels
#     '(lambda ax: (lambda t: [t[0, j].get_text().get_text() for j in range(2)] == ["low", "high"] and [t[i, -1].get_text().get_text() for i in (1, 2, 3)] == ["mean", "sd", "n"] and [[t[i, j].get_text().get_text() for j in range(2)] for i in (1, 2, 3)] == [["2.00", "5.00"], ["1.00", "1.41"], ["3", "2"]] and np.allclose(axes_summary(ax).bar_heights[0], [2.0, 5.0]) and [x.get_text() for x in ax.get_xticklabels()] == ["low", "high"])(bars_with_table(ax, {"low": np.array([1.0, 2.0, 3.0]), "high": np.array([4.0, 6.0])})))(matplotlib.pyplot.subplots()[1])',
#     # NaN is ignored in the mean, the sd and the count
#     '(lambda ax: (lambda t: [[t[i, 0].get_text().get_text()] for i in (1, 2, 3)] == [["3.0"], ["2.8"], ["2"]] and np.allclose(axes_summary(ax).bar_heights[0], [3.0]))(bars_with_table(ax, {"only": np.array([np.nan, 1.0, 5.0])}, decimals=1)))(matplotlib.pyplot.subplots()[1])',
#     '(lambda ax: (lambda t: [t[0, j].get_text().get_text() for j in range(3)] == ["z", "y", "x"] and [t[1, j].get_text().get_text() for j in range(3)] == ["-1.000", "0.500", "10.000"])(bars_with_table(ax, {"z": [-1.0, -1.0], "y": [0.0, 1.0], "x": [10.0, 10.0, 10.0]}, decimals=3)))(matplotlib.pyplot.subplots()[1])',
#     '(lambda t: [t[0, j].get_text().get_text() for j in range(3)] == ["a", "b", "c"] and [t[1, j].get_text().get_text() for j in range(3)] == [f"{np.nanmean(s):.2f}" for s in (a, b, c)] and [t[2, j].get_text().get_text() for j in range(3)] == [f"{np.nanstd(s, ddof=1):.2f}" for s in (a, b, c)] and [t[3, j].get_text().get_text() for j in range(3)] == [str(int(np.sum(~np.isnan(s)))) for s in (a, b, c)])(ax.tables[0])',
#     'np.allclose(figure_summary(fig).axes[0].bar_heights[0], [np.nanmean(s) for s in (a, b, c)]) and np.allclose([p.get_height() for p in ax.patches], [np.nanmean(s) for s in (a, b, c)]) and ax.get_ylabel() != "" and ax.get_title() != ""',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'bar-chart', 'descriptive-statistics', 'missing-data']
# edge_cases = { min_size = 2, why = 'a sample standard deviation (ddof=1) needs two values per group' }
# ///
import matplotlib.pyplot as plt
import numpy as np


def bars_with_table(ax, samples, decimals=2):
    """Draw one bar per sample on `ax`, in the order of the dict `samples`
    (name -> 1-D array), the bar height being the sample's mean, with the
    x ticks labelled by the names; below the Axes add a table (ax.table)
    with one column per sample headed by its name and three rows labelled
    "mean", "sd" and "n": the mean, the standard deviation (ddof=1), both
    written with `decimals` decimals, and the number of values. NaN values
    are ignored everywhere. Return the table.
    """
    names = list(samples)
    clean = [np.asarray(samples[name], dtype=float) for name in names]
    clean = [values[~np.isnan(values)] for values in clean]
    means = [values.mean() for values in clean]
    sds = [values.std(ddof=1) for values in clean]
    ax.bar(range(len(names)), means)
    ax.set_xticks(range(len(names)), labels=names)
    cells = [
        [f"{m:.{decimals}f}" for m in means],
        [f"{s:.{decimals}f}" for s in sds],
        [str(len(values)) for values in clean],
    ]
    # bbox places the table below the Axes (axes fractions: left, bottom, width, height)
    return ax.table(
        cellText=cells, rowLabels=["mean", "sd", "n"], colLabels=names, bbox=[0.0, -0.45, 1.0, 0.3]
    )


fig, ax = plt.subplots(figsize=(6, 5), layout="constrained")
bars_with_table(ax, {"a": a, "b": b, "c": c})
ax.set(ylabel="mean value", title="Group means")
