# /// example
# task = """
# The count matrix `expression` has genes as rows (string index `gene`) and samples \
# `ctrl_1`..`treat_3` as columns. Show where its counts are zero with `spy` on the Axes `ax` of \
# the figure `fig` (a marked cell is a zero count), using square markers of size 2 and an aspect \
# ratio that lets the tall matrix fill the Axes (`aspect='auto'`), with the sample names as x tick labels; store \
# the fraction of zero counts per sample in `zero_fraction` (a Series indexed by sample). Label \
# the y axis and add a title."""
# prompt = """
# I want a quick look at the dropout pattern in my count matrix `expression` (genes x samples \
# `ctrl_1`..`treat_3`): a `spy` plot on `ax` in `fig` marking the zero counts, square markers of \
# size 2, stretched to fill the Axes (automatic aspect, `aspect='auto'`), the sample names as x tick labels, a y \
# label and a title. Also give me the share of zeros per sample in `zero_fraction` (Series by \
# sample)."""
# domain = 'visualization'
# libraries = ['matplotlib', 'pandas', 'numpy']
# inputs = { expression = 'expression' }
# checks = [
#     'np.allclose(zero_fraction.reindex(expression.columns).to_numpy(), (expression.to_numpy() == 0).mean(axis=0))',
#     # spy with a marker draws one Line2D whose points are (column, row) of the marked cells
#     '(lambda rows, cols: np.array_equal(np.array(sorted(map(tuple, figure_summary(fig).axes[0].lines_xy[0].astype(int).tolist()))).reshape(-1, 2), np.array(sorted(zip(cols.tolist(), rows.tolist()))).reshape(-1, 2)))(*np.nonzero(expression.to_numpy() == 0))',
#     '[t.get_text() for t in ax.get_xticklabels()] == list(expression.columns) and ax.get_aspect() == "auto"',
#     'ax.lines[0].get_marker() == "s" and ax.lines[0].get_markersize() == 2',
#     'ax.get_ylabel() != "" and ax.get_title() != ""',
# ]
# difficulty = 'intermediate'
# tags = ['missing-data', 'counting', 'image-plot']
# edge_cases = true
# ///
import matplotlib.pyplot as plt

is_zero = expression.to_numpy() == 0
zero_fraction = (expression == 0).mean()

fig, ax = plt.subplots(figsize=(5, 7))
# a marker makes spy draw the cells as points; aspect="auto" lets 200 rows x 6 columns fill the Axes
ax.spy(is_zero, marker="s", markersize=2, aspect="auto")
ax.set_xticks(range(expression.shape[1]), labels=expression.columns, rotation=45)
ax.set(ylabel="gene (row)", title="Zero counts per gene and sample")
