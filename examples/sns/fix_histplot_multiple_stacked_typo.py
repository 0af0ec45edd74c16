# /// example
# task = """
# This code should draw stacked histograms of the survival `time` for the two `group`s of the \
# table `survival` on `fig, ax` (20 bins, group B stacked on group A), but it raises:
#
# ```python
# import matplotlib.pyplot as plt
# import seaborn as sns
#
# fig, ax = plt.subplots(figsize=(6, 4))
# sns.histplot(survival, x="time", hue="group", bins=20, multiple="stacked", ax=ax)
# ax.set(xlabel="months", ylabel="subjects")
# ```
#
# ```text
# ValueError: The value for `multiple` must be one of ['layer', 'stack', 'fill', 'dodge'], but 'stacked' was passed.
# ```
#
# Fix it; keep the axis labels "months" and "subjects"."""
# prompt = """
# I want the `time` histograms of both `group`s in my `survival` table stacked on each other \
# (20 bins, seaborn, on `fig, ax`, labels "months" and "subjects"), but I get an error:
#
# ```python
# import matplotlib.pyplot as plt
# import seaborn as sns
#
# fig, ax = plt.subplots(figsize=(6, 4))
# sns.histplot(survival, x="time", hue="group", bins=20, multiple="stacked", ax=ax)
# ax.set(xlabel="months", ylabel="subjects")
# ```
#
# ```text
# ValueError: The value for `multiple` must be one of ['layer', 'stack', 'fill', 'dodge'], but 'stacked' was passed.
# ```"""
# task_type = 'fix'
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'numpy']
# inputs = { survival = 'survival' }
# checks = [
#     # stacked: 20 bin positions; in each, the top segment ends at the sum of the segments below it
#     '(lambda bars: len({round(r.get_x(), 9) for r in bars}) == 20 and all(np.isclose(max(r.get_y() + r.get_height() for r in bars if round(r.get_x(), 9) == x0), sum(r.get_height() for r in bars if round(r.get_x(), 9) == x0)) for x0 in {round(r.get_x(), 9) for r in bars}))([p for c in ax.containers for p in c.patches])',
#     'np.isclose(sum(p.get_height() for c in ax.containers for p in c.patches), len(survival.dropna(subset=["time", "group"])))',
#     'len(figure_summary(fig).axes[0].bar_heights) == survival.dropna(subset=["time", "group"])["group"].nunique()',
#     'figure_summary(fig).axes[0].xlabel == "months" and figure_summary(fig).axes[0].ylabel == "subjects"',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'histogram']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn as sns

fig, ax = plt.subplots(figsize=(6, 4))
# the option is spelled "stack" (the valid values are layer, stack, fill and dodge)
sns.histplot(survival, x="time", hue="group", bins=20, multiple="stack", ax=ax)
ax.set(xlabel="months", ylabel="subjects")
