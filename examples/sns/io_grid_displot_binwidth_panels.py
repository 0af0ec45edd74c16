# /// example
# task = """
# Build the reaction times below as the long table `rt` (columns `task`, `ms`) and draw them \
# with seaborn's `displot`: one histogram panel per `task` (order "easy", "hard"), bins 100 ms \
# wide starting at 200 ms and ending at 600 ms (`binwidth=100`, `binrange=(200, 600)`), counts on \
# the y axis. Label the axes "reaction time (ms)" (x) and "count" (y). \
# Keep the grid in `g`.
#
# ```text
# task  ms
# easy  210, 250, 290, 305, 340, 400
# hard  330, 380, 410, 460, 480, 520, 600
# ```
#
# Wanted counts per bin [200, 300), [300, 400), [400, 500), [500, 600]:
#
# ```text
# easy   3  2  1  0
# hard   0  2  3  2
# ```"""
# prompt = """
# Reaction times from two tasks, as I typed them up. Please make a long DataFrame `rt` (`task`, \
# `ms`) and a seaborn `displot` with a histogram panel per `task` ("easy" then "hard"), 100 ms \
# bins from 200 to 600 ms (`binwidth=100`, `binrange=(200, 600)`), plain counts. Label the axes \
# "reaction time (ms)" (x) and "count" (y). \
# Keep the grid \
# as `g`.
#
# ```text
# task  ms
# easy  210, 250, 290, 305, 340, 400
# hard  330, 380, 410, 460, 480, 520, 600
# ```
#
# The bins [200, 300), [300, 400), [400, 500), [500, 600] should count:
#
# ```text
# easy   3  2  1  0
# hard   0  2  3  2
# ```"""
# task_type = 'input-output'
# domain = 'visualization'
# libraries = ['seaborn', 'pandas', 'numpy']
# inputs = {}
# checks = [
#     'list(g.axes_dict) == ["easy", "hard"]',
#     'np.array_equal(np.concatenate(axes_summary(g.axes_dict["easy"]).bar_heights), [3, 2, 1, 0]) and np.array_equal(np.concatenate(axes_summary(g.axes_dict["hard"]).bar_heights), [0, 2, 3, 2])',
#     'all(np.allclose(np.concatenate(axes_summary(ax).bar_edges), [200, 300, 400, 500, 600]) for ax in g.axes.flat)',
#     'sorted(rt.loc[rt["task"] == "hard", "ms"]) == [330, 380, 410, 460, 480, 520, 600]',
#     'any(ax.get_xlabel() == "reaction time (ms)" for ax in g.axes.flat) and any(ax.get_ylabel() == "count" for ax in g.axes.flat)',
# ]
# difficulty = 'basic'
# tags = ['histogram', 'binning', 'facets']
# ///
import pandas as pd
import seaborn as sns

rt = pd.DataFrame(
    {
        "task": ["easy"] * 6 + ["hard"] * 7,
        "ms": [210, 250, 290, 305, 340, 400, 330, 380, 410, 460, 480, 520, 600],
    }
)
# binrange fixes where the 100 ms bins start and stop, whatever the data's own range
g = sns.displot(
    data=rt,
    x="ms",
    col="task",
    col_order=["easy", "hard"],
    binwidth=100,
    binrange=(200, 600),
    height=2,
)
g.set_axis_labels("reaction time (ms)", "count")
