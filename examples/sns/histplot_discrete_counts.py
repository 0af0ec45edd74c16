# /// example
# task = """
# Plot the distribution of the integer array `event_counts` with seaborn `histplot` on `fig, ax`, \
# one bar centred on each integer (`discrete=True`) and bars shrunk to 80% of their width; label \
# the axes "Events per interval" and "Count" and add a title."""
# prompt = """
# `event_counts` is an integer array of events per interval. Plot its distribution with seaborn \
# on `fig, ax` as one bar centred on each integer value, bars shrunk to 80% of their width; label \
# the axes "Events per interval" and "Count" and add a title."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib']
# inputs = { event_counts = 'event_counts' }
# checks = [
#     'figure_summary(fig).axes[0].n_bars == event_counts.max() - event_counts.min() + 1',
#     'np.allclose(sorted(p.get_x() + p.get_width() / 2 for p in ax.patches), np.arange(event_counts.min(), event_counts.max() + 1))',
#     'np.isclose(sum(p.get_height() for p in ax.patches), len(event_counts))',
#     'np.allclose([h for _, h in sorted((p.get_x() + p.get_width() / 2, p.get_height()) for p in ax.patches)], np.bincount(np.asarray(event_counts) - np.min(event_counts)))',
#     # bars shrunk to 80% of the unit bin width
#     'np.allclose([p.get_width() for p in ax.patches], 0.8)',
#     "figure_summary(fig).axes[0].xlabel == 'Events per interval' and figure_summary(fig).axes[0].ylabel == 'Count' and figure_summary(fig).axes[0].title != ''",
# ]
# difficulty = 'basic'
# tags = ['histogram', 'counting']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn as sns

fig, ax = plt.subplots(figsize=(6, 4))
# discrete=True centres one unit-wide bin on each integer; shrink narrows the bars to leave gaps
sns.histplot(x=event_counts, discrete=True, shrink=0.8, ax=ax)
ax.set(xlabel="Events per interval", ylabel="Count", title="Event counts")
