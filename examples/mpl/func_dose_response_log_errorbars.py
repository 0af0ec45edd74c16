# /// example
# task = '''
# Write a function `plot_dose_response` with the signature and docstring below, then apply it to
# the `concentration` and `response` columns of `dose_response` and store the returned table in
# `summary`; keep the figure in `fig`, label the axes and add a title.
#
# ```python
# def plot_dose_response(concentration, response, ax):
#     """Plot the mean response at each distinct concentration with error bars
#     of +/- one sample standard deviation (ddof=1) on `ax`, x axis in log
#     scale, points joined by a line in order of concentration.
#
#     Rows with a missing response, or a concentration <= 0 (which a log axis
#     cannot show), are dropped first; a concentration with a single response
#     gets no error bar (its SD is NaN). Returns a DataFrame indexed by
#     concentration (ascending) with columns "mean" and "sd".
#     """
# ```'''
# prompt = """
# For my assay plots I want `plot_dose_response(concentration, response, ax)`: average the \
# replicate responses at each distinct concentration and plot the means joined by a line, with \
# ±1 SD error bars (sample SD, ddof=1), on a log-scaled x axis. Drop rows with a missing response \
# or a concentration <= 0 first (they can't go on a log axis); a level with only one value simply \
# has no error bar. Return a DataFrame indexed by concentration, ascending, with columns "mean" \
# and "sd". Apply it to the `concentration` and `response` columns of my `dose_response` frame, \
# keep the table as `summary` and the figure as `fig`, with axis labels and a title."""
# task_type = 'function'
# domain = 'visualization'
# libraries = ['matplotlib', 'pandas', 'numpy']
# inputs = { dose_response = 'dose_response' }
# checks = [
#     '(lambda ax: (lambda res, s: list(res.index) == [0.1, 1.0, 10.0] and np.allclose(res["mean"], [2.0, 5.0, 9.0]) and np.allclose(res["sd"], [1.0, np.sqrt(2.0), 0.0]) and np.allclose(s.lines_xy[0], [[0.1, 2.0], [1.0, 5.0], [10.0, 9.0]]) and np.allclose(s.errorbar_spans[0], [[1.0, 3.0], [5 - np.sqrt(2.0), 5 + np.sqrt(2.0)], [9.0, 9.0]]) and s.xscale == "log")(plot_dose_response(np.array([10.0, 0.1, 1.0, 0.1, 1.0, 10.0, 0.1]), np.array([9.0, 1.0, 4.0, 3.0, 6.0, 9.0, 2.0]), ax), axes_summary(ax)))(matplotlib.pyplot.subplots()[1])',
#     # the zero concentration and the missing response are dropped; a single value has no SD
#     '(lambda ax: (lambda res, s: list(res.index) == [0.5, 2.0] and np.allclose(res["mean"], [4.0, 7.0]) and np.allclose(res["sd"], [np.nan, np.sqrt(8.0)], equal_nan=True) and np.allclose(s.lines_xy[0], [[0.5, 4.0], [2.0, 7.0]]) and s.xscale == "log")(plot_dose_response(pd.Series([0.0, 0.5, 2.0, 2.0, 0.5]), pd.Series([8.0, 4.0, 5.0, 9.0, np.nan]), ax), axes_summary(ax)))(matplotlib.pyplot.subplots()[1])',
#     '(lambda ax: list(plot_dose_response([3.0, 3.0], [1.0, 2.0], ax).columns) == ["mean", "sd"] and np.allclose(axes_summary(ax).errorbar_spans[0], [[1.5 - np.sqrt(0.5), 1.5 + np.sqrt(0.5)]]))(matplotlib.pyplot.subplots()[1])',
#     '(lambda g: np.allclose(summary["mean"], g.mean()) and np.allclose(summary["sd"], g.std(ddof=1), equal_nan=True) and np.allclose(summary.index, g.mean().index))(dose_response[dose_response["concentration"] > 0].dropna(subset=["response"]).groupby("concentration")["response"])',
#     '(lambda g: np.allclose(figure_summary(fig).axes[0].lines_xy[0], np.column_stack([g.mean().index, g.mean()])) and np.allclose(figure_summary(fig).axes[0].errorbar_spans[0], np.column_stack([g.mean() - g.std(), g.mean() + g.std()]), equal_nan=True))(dose_response[dose_response["concentration"] > 0].dropna(subset=["response"]).groupby("concentration")["response"])',
#     'figure_summary(fig).axes[0].xscale == "log" and figure_summary(fig).axes[0].xlabel != "" and figure_summary(fig).axes[0].ylabel != "" and figure_summary(fig).axes[0].title != ""',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'error-bars', 'log-scale', 'aggregation']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import pandas as pd


def plot_dose_response(concentration, response, ax):
    """Plot the mean response at each distinct concentration with error bars
    of +/- one sample standard deviation (ddof=1) on `ax`, x axis in log
    scale, points joined by a line in order of concentration.

    Rows with a missing response, or a concentration <= 0 (which a log axis
    cannot show), are dropped first; a concentration with a single response
    gets no error bar (its SD is NaN). Returns a DataFrame indexed by
    concentration (ascending) with columns "mean" and "sd".
    """
    data = pd.DataFrame({"concentration": concentration, "response": response}).dropna()
    data = data[data["concentration"] > 0]
    # groupby sorts the concentrations, so the line runs left to right
    summary = data.groupby("concentration")["response"].agg(mean="mean", sd="std")
    ax.errorbar(summary.index, summary["mean"], yerr=summary["sd"], marker="o", capsize=3)
    ax.set_xscale("log")
    return summary


fig, ax = plt.subplots()
summary = plot_dose_response(dose_response["concentration"], dose_response["response"], ax)
ax.set(xlabel="concentration (uM)", ylabel="response", title="Dose-response")
