# /// example
# task = """
# The DataFrame `trial_missing` has missing `dose` and `response` values. Bin `dose` into the \
# bands [0, 2], (2, 4], (4, 6], (6, 8], (8, 10] with `pd.cut` (doses outside 0-10 mg fall in no \
# band), build `table`, the mean `response` per `site` (rows, every site) and dose band \
# (columns, all five), keeping rows and columns even when empty, count the empty cells in \
# `n_empty`, and draw `table` as an annotated seaborn `heatmap` on `fig, ax` with the empty \
# cells masked; label the x axis "Dose band (mg)" and the y axis "Site" and add a title."""
# prompt = """
# My DataFrame `trial_missing` has missing `dose` and `response` values. Bin `dose` into the \
# bands [0, 2], (2, 4], (4, 6], (6, 8], (8, 10] (doses outside 0-10 mg fall in no band), and \
# build `table` with the mean `response` per `site` (rows, every site) and dose band (columns, \
# all five), keeping empty rows and columns. Count the empty cells in `n_empty`, and draw `table` \
# as an annotated seaborn heatmap on `fig, ax` with the empty cells masked out; label the x axis \
# "Dose band (mg)" and the y axis "Site" and add a title."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'pandas']
# inputs = { trial_missing = 'trial_missing' }
# checks = [
#     "table.shape == (len(trial_missing['site'].cat.categories), 5)",
#     # as many filled cells as (site, band) pairs with a response, a dose of exactly 0 in the closed first band
#     "table.notna().sum().sum() == trial_missing.assign(band=pd.cut(trial_missing['dose'], bins=[0, 2, 4, 6, 8, 10], include_lowest=True)).groupby(['site', 'band'], observed=True)['response'].mean().notna().sum()",
#     "(lambda v: np.allclose(np.sort(v[~np.isnan(v)]), np.sort(trial_missing.assign(band=pd.cut(trial_missing['dose'], bins=[0, 2, 4, 6, 8, 10], include_lowest=True)).groupby(['site', 'band'], observed=True)['response'].mean().dropna())))(table.to_numpy(dtype=float).ravel())",
#     'n_empty == table.isna().sum().sum()',
#     # the first band is closed at 0: a dose of exactly 0 belongs to it (checked on interval labels)
#     'not isinstance(table.columns[0], pd.Interval) or 0 in table.columns[0]',
#     'figure_summary(fig).axes[0].n_texts == table.size - n_empty',
#     "figure_summary(fig).axes[0].xlabel == 'Dose band (mg)' and figure_summary(fig).axes[0].ylabel == 'Site' and figure_summary(fig).axes[0].title != ''",
# ]
# difficulty = 'advanced'
# tags = ['missing-data', 'heatmap', 'binning']
# [edge_cases]
# nan = true
# why = '`trial_missing` has missing dose and response values: the task is about them'
# ///
import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns

bands = pd.cut(trial_missing["dose"], bins=[0, 2, 4, 6, 8, 10], include_lowest=True)
table = (
    trial_missing.assign(dose_band=bands)
    .pivot_table(
        index="site", columns="dose_band", values="response", aggfunc="mean", observed=False
    )
    # every site and band, also those without a single response
    .reindex(index=trial_missing["site"].cat.categories, columns=bands.cat.categories)
)
n_empty = int(table.isna().sum().sum())
fig, ax = plt.subplots(figsize=(7, 3.5))
sns.heatmap(
    table,
    mask=table.isna(),
    annot=True,
    fmt=".1f",
    cmap="crest",
    cbar_kws={"label": "Mean response"},
    ax=ax,
)
ax.set(xlabel="Dose band (mg)", ylabel="Site", title="Mean response by site and dose band")
