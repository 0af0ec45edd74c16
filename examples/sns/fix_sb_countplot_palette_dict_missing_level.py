# /// example
# task = """
# The event log `events` has a column `event` with the types view, click and purchase. This \
# code should draw, in the figure `fig`, one bar per event type with its count, coloured view \
# "tab:gray", click "tab:blue" and purchase "tab:green", but it raises an error:
#
# ```python
# import matplotlib.pyplot as plt
# import seaborn as sns
#
# colors = {"view": "tab:gray", "click": "tab:blue"}
# fig, ax = plt.subplots()
# sns.countplot(data=events, x="event", hue="event", palette=colors, legend=False, ax=ax)
# ax.set(xlabel="event type", ylabel="events", title="Events by type")
# ```
#
# ```text
# ValueError: The palette dictionary is missing keys: {'purchase'}
# ```
#
# Fix it."""
# prompt = """
# I count the event types in my log `events` (column `event`) with a seaborn bar per type in \
# `fig`, with my own colours: view "tab:gray", click "tab:blue", and purchase should be \
# "tab:green":
#
# ```python
# import matplotlib.pyplot as plt
# import seaborn as sns
#
# colors = {"view": "tab:gray", "click": "tab:blue"}
# fig, ax = plt.subplots()
# sns.countplot(data=events, x="event", hue="event", palette=colors, legend=False, ax=ax)
# ax.set(xlabel="event type", ylabel="events", title="Events by type")
# ```
#
# Since purchases were added to the log it fails:
#
# ```text
# ValueError: The palette dictionary is missing keys: {'purchase'}
# ```"""
# task_type = 'fix'
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'pandas']
# inputs = { events = 'events' }
# checks = [
#     # every drawn bar sits on an event type's tick, with that type's count and colour
#     '(lambda s, ax: sorted((s.xticklabels[int(round(p.get_x() + p.get_width() / 2))], round(p.get_height())) for p in ax.patches if p.get_height() > 0) == sorted((str(k), n) for k, n in events["event"].value_counts().items() if n > 0))(figure_summary(fig).axes[0], fig.axes[0])',
#     # seaborn desaturates bar fills, so each bar's colour must be nearest to its own palette entry
#     '(lambda s, ax, pal: all(min(pal, key=lambda k: np.abs(np.subtract(p.get_facecolor()[:3], matplotlib.colors.to_rgb(pal[k]))).sum()) == s.xticklabels[int(round(p.get_x() + p.get_width() / 2))] for p in ax.patches if p.get_height() > 0))(figure_summary(fig).axes[0], fig.axes[0], {"view": "tab:gray", "click": "tab:blue", "purchase": "tab:green"})',
#     'figure_summary(fig).axes[0].title != ""',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'bar-chart', 'counting', 'semantic-mapping']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn as sns

# a palette dict needs a colour for every hue level in the data, so purchase needs one too
colors = {"view": "tab:gray", "click": "tab:blue", "purchase": "tab:green"}
fig, ax = plt.subplots()
sns.countplot(data=events, x="event", hue="event", palette=colors, legend=False, ax=ax)
ax.set(xlabel="event type", ylabel="events", title="Events by type")
