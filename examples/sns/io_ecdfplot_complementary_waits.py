# /// example
# task = """
# Put the waiting times below into `waits` and draw with seaborn's `ecdfplot` on `fig, ax` the \
# share of customers still waiting after each time, i.e. the complementary ECDF as a proportion \
# (`complementary=True`).
#
# ```text
# wait_min: 4, 1, 7, 2, 4
# ```
#
# Wanted curve (the share right after each distinct time):
#
# ```text
# minutes:        1    2    4    7
# still waiting: 0.8  0.6  0.2  0.0
# ```"""
# prompt = """
# From these queue waiting times (keep them in `waits`) I'd like a seaborn survival-style curve on \
# `fig, ax`: the fraction of customers still waiting after each time.
#
# ```text
# wait_min: 4, 1, 7, 2, 4
# ```
#
# I expect:
#
# ```text
# minutes:        1    2    4    7
# still waiting: 0.8  0.6  0.2  0.0
# ```"""
# task_type = 'input-output'
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'numpy']
# inputs = {}
# checks = [
#     # after the last point at each distinct time the curve has the wanted share
#     '(lambda xy: all(np.isclose(xy[np.isclose(xy[:, 0], m), 1].min(), s) for m, s in zip([1, 2, 4, 7], [0.8, 0.6, 0.2, 0.0])) and np.isclose(xy[:, 1].max(), 1.0))(figure_summary(fig).axes[0].lines_xy[0])',
#     'sorted(np.asarray(waits, dtype=float).tolist()) == [1, 2, 4, 4, 7]',
#     'figure_summary(fig).axes[0].n_lines == 1',
# ]
# difficulty = 'basic'
# tags = ['ecdf']
# ///
import matplotlib.pyplot as plt
import seaborn as sns

waits = [4, 1, 7, 2, 4]

fig, ax = plt.subplots(figsize=(5, 3))
# complementary=True draws 1 - ECDF: the share with a longer wait
sns.ecdfplot(x=waits, complementary=True, ax=ax)
ax.set(xlabel="minutes", ylabel="still waiting", title="Customers still waiting")
