# /// example
# task = """
# Draw a pie chart of how many participants of the trial DataFrame `df` come from each `site` \
# (counts in `site_counts`), one wedge per site in the order of the `site` categories, with site \
# names as wedge labels and percentages written on the wedges (`autopct`), starting at 90 \
# degrees; keep the wedges in `wedges` and add a title. Keep the figure in `fig`."""
# prompt = """
# I'd like a pie chart of how many participants in the trial DataFrame `df` come from each `site` \
# (counts in `site_counts`), one wedge per site present in the data, in the order of the `site` \
# categories, with the site names as wedge labels, percentages written on the wedges, and the \
# first wedge starting at 90 degrees. Keep the wedges in `wedges`, add a title, and keep the \
# figure in `fig`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'pandas']
# inputs = { df = 'trial' }
# checks = [
#     "len(wedges) == df['site'].nunique()",
#     'site_counts.sum() == len(df)',
#     'np.isclose(sum(w.theta2 - w.theta1 for w in wedges), 360.0)',
#     "figure_summary(fig).axes[0].title != ''",
#     # one wedge per site present, in category order, its angle proportional to the site's count
#     "all([w.get_label() for w in wedges] == sites and np.allclose([w.theta2 - w.theta1 for w in wedges], [360 * (df['site'].astype(str) == site).sum() / len(df) for site in sites]) for sites in [[str(c) for c in pd.Categorical(df['site']).categories if (df['site'] == c).any()]])",
# ]
# difficulty = 'basic'
# tags = ['counting']
# edge_cases = true
# ///
import matplotlib.pyplot as plt

site_counts = df["site"].value_counts(sort=False)
# value_counts of a categorical keeps unused categories with count 0, which pie would still
# label as a 0% wedge
site_counts = site_counts[site_counts > 0]

fig, ax = plt.subplots()
wedges, texts, autotexts = ax.pie(
    site_counts.to_numpy(), labels=site_counts.index.astype(str), autopct="%1.0f%%", startangle=90
)
ax.set_title("Participants per site")
