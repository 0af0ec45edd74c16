# /// example
# task = """
# Draw a pie chart of how many participants of the trial DataFrame `df` come from each `site` \
# (counts in `site_counts`), with site names as wedge labels and percentages written on the \
# wedges (`autopct`), starting at 90 degrees; keep the wedges in `wedges` and add a title. Keep \
# the figure in `fig`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'pandas']
# inputs = { df = 'trial' }
# checks = [
#     "len(wedges) == df['site'].nunique()",
#     'site_counts.sum() == len(df)',
#     'np.isclose(sum(w.theta2 - w.theta1 for w in wedges), 360.0)',
#     "figure_summary(fig).axes[0].title != ''",
# ]
# difficulty = 'basic'
# tags = ['pie-chart', 'proportions']
# edge_cases = true
# ///
import matplotlib.pyplot as plt

site_counts = df["site"].value_counts(sort=False)
site_counts = site_counts[site_counts > 0]

fig, ax = plt.subplots()
wedges, texts, autotexts = ax.pie(
    site_counts.to_numpy(), labels=site_counts.index.astype(str), autopct="%1.0f%%", startangle=90
)
ax.set_title("Participants per site")
