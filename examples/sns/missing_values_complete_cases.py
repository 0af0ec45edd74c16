# /// example
# task = """
# The DataFrame `trial_missing` has missing `dose` and `response` values. Keep the complete rows \
# in `complete`, count the dropped rows in `n_dropped`, and draw a seaborn `regplot` of response \
# against dose from `complete` on `fig, ax`; label the axes and put the number of used and \
# dropped rows in the title."""
# prompt = """
# My DataFrame `trial_missing` has gaps in `dose` and `response`. Keep only the rows where both \
# are present in `complete`, count the dropped rows in `n_dropped`, and draw a seaborn regression \
# plot (points plus fitted line) of response against dose from `complete` on `fig, ax`; label the \
# axes and put both the number of rows used and the number dropped in the title."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'pandas']
# inputs = { trial_missing = 'trial_missing' }
# checks = [
#     "n_dropped == trial_missing[['dose', 'response']].isna().any(axis=1).sum()",
#     "not complete[['dose', 'response']].isna().any().any()",
#     'len(ax.collections[0].get_offsets()) == len(complete)',
#     # both counts appear as numbers in the title, whatever words surround them
#     "all(str(k) in ''.join(ch if ch.isdigit() else ' ' for ch in figure_summary(fig).axes[0].title).split() for k in (n_dropped, len(complete)))",
# ]
# difficulty = 'basic'
# tags = ['missing-data', 'regression']
# [edge_cases]
# nan = true
# why = '`trial_missing` has missing dose and response values: the task is about them'
# ///
import matplotlib.pyplot as plt
import seaborn as sns

# regplot would drop these rows silently; dropping them here lets the title report how many
complete = trial_missing.dropna(subset=["dose", "response"])
n_dropped = len(trial_missing) - len(complete)
fig, ax = plt.subplots(figsize=(6, 4))
sns.regplot(data=complete, x="dose", y="response", scatter_kws={"s": 15}, ax=ax)
ax.set(
    xlabel="Dose (mg)",
    ylabel="Response",
    title=f"Dose-response (n = {len(complete)}, {n_dropped} incomplete rows dropped)",
)
