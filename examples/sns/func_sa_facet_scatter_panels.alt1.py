import matplotlib.pyplot as plt
import seaborn as sns


def facet_scatter(df, x, y, col, col_wrap=None):
    """Scatter column `y` against column `x` of `df` in small multiples:
    one panel per distinct value of `col`, panels in sorted order of those
    values, each titled with the bare value (e.g. "low"), at most
    `col_wrap` panels per row (None: all in one row). Rows with a missing
    x or y are left out. Returns the seaborn FacetGrid.
    """
    complete = df.dropna(subset=[x, y])
    grid = sns.FacetGrid(
        complete,
        col=col,
        col_wrap=col_wrap,
        col_order=sorted(df[col].dropna().unique()),
        height=2.5,
        sharey=True,
    )
    grid.map_dataframe(plt.scatter, x, y, s=12)
    grid.set_titles(col_template="{col_name}")
    return grid


g = facet_scatter(rm_long, x="time", y="score", col="condition", col_wrap=2)
