# /// example
# task = """
# Draw the share of each `event` type in the log `events` (`timestamp`, `user`, `event` \
# categorical view/click/purchase) with seaborn's `countplot` on `fig, ax`, bar heights in percent \
# of all events (`stat="percent"`), the types in their categorical order along x. Label the axes \
# "event" and "% of events"."""
# prompt = """
# What percentage of my `events` are views, clicks and purchases? A seaborn count plot on \
# `fig, ax` with bar heights as percent of all events (not raw counts), x label "event", \
# y label "% of events"."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'pandas']
# inputs = { events = 'events' }
# checks = [
#     # each drawn bar, placed at its tick label's position, is that type's percentage of all events;
#     # types that never occur have no (or a zero) bar
#     '(lambda s: (lambda drawn: all(np.isclose(drawn.get(i, 0.0), 100 * (events["event"].astype(str) == lab).sum() / events["event"].notna().sum()) for i, lab in enumerate(s.xticklabels)))({int(round(c)): h for c, h in zip(np.concatenate(s.bar_centers), np.concatenate(s.bar_heights))}))(figure_summary(fig).axes[0])',
#     'figure_summary(fig).axes[0].xticklabels == [c for c in events["event"].cat.categories if (events["event"] == c).any()] or figure_summary(fig).axes[0].xticklabels == list(events["event"].cat.categories)',
#     'figure_summary(fig).axes[0].xlabel == "event" and figure_summary(fig).axes[0].ylabel == "% of events"',
# ]
# difficulty = 'basic'
# tags = ['bar-chart', 'counting', 'categorical']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn as sns

fig, ax = plt.subplots(figsize=(5, 3.5))
# stat="percent" divides each count by the number of events and multiplies by 100
sns.countplot(events, x="event", stat="percent", color="tab:blue", ax=ax)
ax.set(xlabel="event", ylabel="% of events", title="Event types")
