# /// example
# task = """
# This code should count the `event` types (view, click, purchase) in the log `events` on \
# `fig, ax`, with view in "tab:blue", click in "tab:orange" and purchase in "tab:green", but the \
# purchase bar comes out in the same blue as view (seaborn only warns that the palette list is \
# shorter than the number of levels and will cycle):
#
# ```python
# import matplotlib.pyplot as plt
# import seaborn as sns
#
# fig, ax = plt.subplots(figsize=(5, 3.5))
# sns.countplot(events, x="event", hue="event", palette=["tab:blue", "tab:orange"], legend=False, ax=ax)
# ax.set(xlabel="event", ylabel="events")
# ```
#
# Fix it so each event type gets its own colour as listed."""
# prompt = """
# My count plot of `event` types from `events` (seaborn, `fig, ax`) should show view in \
# "tab:blue", click in "tab:orange" and purchase in "tab:green", but purchase is blue like view:
#
# ```python
# import matplotlib.pyplot as plt
# import seaborn as sns
#
# fig, ax = plt.subplots(figsize=(5, 3.5))
# sns.countplot(events, x="event", hue="event", palette=["tab:blue", "tab:orange"], legend=False, ax=ax)
# ax.set(xlabel="event", ylabel="events")
# ```"""
# task_type = 'fix'
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'pandas']
# inputs = { events = 'events' }
# checks = [
#     # each drawn bar, at its tick label's position, has that type's count and colour (as given, or
#     # toned down by seaborn's default saturation of 0.75)
#     '(lambda labels, wanted: all((lambda want: np.allclose(p.get_facecolor()[:3], want) or np.allclose(p.get_facecolor()[:3], seaborn.desaturate(want, 0.75)))(matplotlib.colors.to_rgb(wanted[labels[int(round(p.get_x() + p.get_width() / 2))]])) and np.isclose(p.get_height(), (events["event"] == labels[int(round(p.get_x() + p.get_width() / 2))]).sum()) for p in ax.patches if p.get_height() > 0))(figure_summary(fig).axes[0].xticklabels, {"view": "tab:blue", "click": "tab:orange", "purchase": "tab:green"})',
#     'sum(p.get_height() for p in ax.patches) == events["event"].notna().sum()',
#     'figure_summary(fig).axes[0].xlabel == "event" and figure_summary(fig).axes[0].ylabel == "events"',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'bar-chart', 'colormap']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn as sns

fig, ax = plt.subplots(figsize=(5, 3.5))
# two colours for three levels made the palette cycle; a dict names each level's colour
colors = {"view": "tab:blue", "click": "tab:orange", "purchase": "tab:green"}
sns.countplot(events, x="event", hue="event", palette=colors, legend=False, ax=ax)
ax.set(xlabel="event", ylabel="events")
