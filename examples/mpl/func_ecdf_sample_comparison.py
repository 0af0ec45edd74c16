# /// example
# task = '''
# Write a function `plot_ecdfs` with the signature and docstring below, then compare the samples
# `a`, `b` and `c` with it on one Axes, named "a", "b" and "c"; keep the figure in `fig`, label
# the axes and add a title.
#
# ```python
# def plot_ecdfs(samples, ax):
#     """Draw the empirical CDF of each sample in the dict `samples` (name ->
#     1-D array) on `ax` as a step line, in the dict's order, and add a legend
#     whose entries read "<name> (n=<count>)".
#
#     Missing values (NaN) are dropped first and not counted; a sample with no
#     values left gets no line and no legend entry. Returns `ax`.
#     """
# ```'''
# prompt = """
# I compare distributions all the time, so I'd like `plot_ecdfs(samples, ax)`: `samples` is a dict \
# of name -> 1-D array, and it should draw each sample's empirical CDF as a step line on `ax` in \
# dict order, with a legend entry like `"<name> (n=<count>)"`. NaNs are dropped and not counted, \
# and a sample that ends up empty is skipped entirely (no line, no legend entry). Return `ax`. \
# Then use it on my three samples `a`, `b` and `c` (names "a", "b", "c") in a figure `fig` with \
# axis labels and a title."""
# task_type = 'function'
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = { a = 'groups.a', b = 'groups.b', c = 'groups.c' }
# checks = [
#     # the step line, read as a right-continuous step function, reaches the ECDF at every sample value
#     '(lambda ax: (plot_ecdfs({"x": np.array([3.0, 1.0, 2.0, 2.0]), "y": np.array([0.5, 4.0])}, ax), (lambda s: s.legend_labels == ["x (n=4)", "y (n=2)"] and all(np.isclose(xy[xy[:, 0] <= v, 1].max(), np.mean(data <= v)) for xy, data in zip(s.lines_xy, [np.array([3.0, 1.0, 2.0, 2.0]), np.array([0.5, 4.0])]) for v in data))(axes_summary(ax)))[1])(matplotlib.pyplot.subplots()[1])',
#     '(lambda ax: (plot_ecdfs({"empty": np.array([np.nan, np.nan]), "kept": np.array([5.0, np.nan, 1.0, 5.0, 2.0])}, ax), (lambda s: s.legend_labels == ["kept (n=4)"] and s.n_lines == 1 and all(np.isclose(s.lines_xy[0][s.lines_xy[0][:, 0] <= v, 1].max(), np.mean(np.array([5.0, 1.0, 5.0, 2.0]) <= v)) for v in [1.0, 2.0, 5.0]))(axes_summary(ax)))[1])(matplotlib.pyplot.subplots()[1])',
#     '(lambda ax: plot_ecdfs({"one": [7.0]}, ax) is ax and axes_summary(ax).legend_labels == ["one (n=1)"] and np.isclose(np.nanmax(axes_summary(ax).lines_xy[0][:, 1]), 1.0))(matplotlib.pyplot.subplots()[1])',
#     'figure_summary(fig).axes[0].legend_labels == [f"{name} (n={np.isfinite(s).sum()})" for name, s in zip("abc", [a, b, c]) if np.isfinite(s).any()]',
#     'all(np.isclose(xy[xy[:, 0] <= v, 1].max(), np.mean(s[np.isfinite(s)] <= v)) for xy, s in zip(figure_summary(fig).axes[0].lines_xy, [s for s in [a, b, c] if np.isfinite(s).any()]) for v in s[np.isfinite(s)])',
#     'figure_summary(fig).axes[0].xlabel != "" and figure_summary(fig).axes[0].ylabel != "" and figure_summary(fig).axes[0].title != ""',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'ecdf', 'missing-data']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import numpy as np


def plot_ecdfs(samples, ax):
    """Draw the empirical CDF of each sample in the dict `samples` (name ->
    1-D array) on `ax` as a step line, in the dict's order, and add a legend
    whose entries read "<name> (n=<count>)".

    Missing values (NaN) are dropped first and not counted; a sample with no
    values left gets no line and no legend entry. Returns `ax`.
    """
    for name, values in samples.items():
        values = np.asarray(values, dtype=float)
        # Axes.ecdf raises ValueError on NaN, so missing values are removed first
        values = values[~np.isnan(values)]
        if values.size == 0:
            continue
        ax.ecdf(values, label=f"{name} (n={values.size})")
    ax.legend()
    return ax


fig, ax = plt.subplots()
plot_ecdfs({"a": a, "b": b, "c": c}, ax)
ax.set_xlabel("measurement")
ax.set_ylabel("cumulative proportion")
ax.set_title("Empirical CDFs of the three groups")
