# /// example
# task = """
# This code should draw a histogram of `temperature` from the table `measurements` into the left \
# panel `axes[0]` of a 1 x 2 figure `fig` (the right panel is for later), but the left panel stays \
# empty and a separate figure appears (seaborn warns that `displot` is a figure-level function \
# and does not accept the ax= parameter):
#
# ```python
# import matplotlib.pyplot as plt
# import seaborn as sns
#
# fig, axes = plt.subplots(1, 2, figsize=(6, 3))
# sns.displot(measurements, x="temperature", bins=15, ax=axes[0])
# axes[0].set(xlabel="temperature", ylabel="count")
# ```
#
# Fix it so the 15-bin histogram is drawn in `axes[0]`."""
# prompt = """
# I want a 15-bin histogram of `temperature` from `measurements` in the left panel `axes[0]` of \
# my two-panel figure `fig`, but the panel stays empty, another figure pops up, and seaborn warns \
# that displot "does not accept the ax= parameter":
#
# ```python
# import matplotlib.pyplot as plt
# import seaborn as sns
#
# fig, axes = plt.subplots(1, 2, figsize=(6, 3))
# sns.displot(measurements, x="temperature", bins=15, ax=axes[0])
# axes[0].set(xlabel="temperature", ylabel="count")
# ```"""
# task_type = 'fix'
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'numpy']
# inputs = { measurements = 'measurements' }
# checks = [
#     'np.allclose(np.concatenate(axes_summary(axes[0]).bar_heights), np.histogram(measurements["temperature"].dropna(), bins=15)[0])',
#     'len(open_figures()) == 1 and len(fig.axes) == 2',
#     'axes_summary(axes[0]).xlabel == "temperature" and axes_summary(axes[0]).ylabel == "count"',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'histogram', 'subplots']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn as sns

fig, axes = plt.subplots(1, 2, figsize=(6, 3))
# displot makes its own figure and ignores ax=; the axes-level histplot draws into a given Axes
sns.histplot(measurements, x="temperature", bins=15, ax=axes[0])
axes[0].set(xlabel="temperature", ylabel="count")
