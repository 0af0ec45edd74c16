# /// example
# task = """
# The DataFrame `survey` has missing values. Keep the rows of `income`, `score` and `hours` that \
# are all present in `complete`, then draw a seaborn scatter plot of `score` against `income` \
# whose marker size and colour both encode `hours` (sizes 20 to 200, "viridis" palette) on `fig, \
# ax`; label the x axis "Income" and the y axis "Score", add a title and a legend titled "Hours \
# per week"."""
# prompt = """
# My DataFrame `survey` has missing values. Keep the rows where `income`, `score` and `hours` are \
# all present in `complete`, then draw a seaborn scatter plot of `score` against `income` on \
# `fig, ax` where both marker size and colour encode `hours` (sizes from 20 to 200, "viridis" \
# palette). Label the x axis "Income" and the y axis "Score", add a title and a legend titled \
# "Hours per week"."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'pandas']
# inputs = { survey = 'survey' }
# checks = [
#     "len(complete) == len(survey[['income', 'score', 'hours']].dropna())",
#     'not complete.isna().any().any()',
#     'len(ax.collections[0].get_offsets()) == len(complete)',
#     # sizes grow with hours and span 20-200 (a constant `hours` maps every point to one size)
#     "(lambda s, h: bool(np.all(np.diff(s[np.argsort(h, kind='stable')]) >= 0)) and (len(np.unique(h)) < 2 or np.allclose([s.min(), s.max()], [20, 200])))(ax.collections[0].get_sizes(), complete['hours'].to_numpy())",
#     "ax.get_legend() is not None and ax.get_legend().get_title().get_text() == 'Hours per week'",
#     "figure_summary(fig).axes[0].xlabel == 'Income' and figure_summary(fig).axes[0].ylabel == 'Score'",
# ]
# difficulty = 'intermediate'
# tags = ['scatter-plot', 'semantic-mapping', 'missing-data']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn as sns

complete = survey[["income", "score", "hours"]].dropna()
fig, ax = plt.subplots(figsize=(6, 4))
sns.scatterplot(
    data=complete,
    x="income",
    y="score",
    hue="hours",
    size="hours",
    # marker areas (points²) that the smallest and largest hours map to
    sizes=(20, 200),
    palette="viridis",
    ax=ax,
)
ax.set(xlabel="Income", ylabel="Score", title="Score vs income")
ax.get_legend().set_title("Hours per week")
