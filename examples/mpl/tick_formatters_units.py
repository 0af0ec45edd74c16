# /// example
# task = """
# Scatter `income` against weekly `hours` from the DataFrame `df` (rows with either value missing \
# dropped, kept in `clean`), format the y tick labels as whole currency amounts with a thousands \
# separator (`StrMethodFormatter("${x:,.0f}")`) and the x tick labels with a `FuncFormatter` that \
# appends " h"; label the axes and title. Keep the figure in `fig`."""
# prompt = """
# Scatter `income` against weekly `hours` from my survey DataFrame `df`, dropping rows where \
# either is missing (keep them in `clean`). Format the y tick labels as whole dollar amounts with \
# thousands separators (like "$45,000") and the x tick labels with " h" appended (like "40 h"); \
# label the axes, add a title, and keep the figure in `fig`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'pandas']
# inputs = { df = 'survey' }
# checks = [
#     "len(clean) == df[['income', 'hours']].notna().all(axis=1).sum()",
#     "all(t.startswith('$') or t.startswith('−$') for t in figure_summary(fig).axes[0].yticklabels if t)",
#     "all(t.endswith(' h') for t in figure_summary(fig).axes[0].xticklabels if t)",
#     "figure_summary(fig).axes[0].xlabel != '' and figure_summary(fig).axes[0].ylabel != ''",
# ]
# difficulty = 'intermediate'
# tags = ['tick-formatting', 'scatter-plot']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
from matplotlib.ticker import FuncFormatter, StrMethodFormatter

clean = df.dropna(subset=["income", "hours"])

fig, ax = plt.subplots()
ax.scatter(clean["hours"], clean["income"], s=12, alpha=0.7)
ax.set_xlabel("hours worked per week")
ax.set_ylabel("income")
ax.set_title("Income against working hours")
# StrMethodFormatter fills the field named x with the tick value; ",.0f" adds thousands
# separators
ax.yaxis.set_major_formatter(StrMethodFormatter("${x:,.0f}"))
ax.xaxis.set_major_formatter(FuncFormatter(lambda value, pos: f"{value:g} h"))
