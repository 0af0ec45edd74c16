import matplotlib.pyplot as plt
import pandas as pd


def small_multiples(df, ncols=3):
    """Return a new Figure with one line plot per numeric column of `df`
    (values against df's index), titled with the column's name, in column
    order, row by row.

    The panels fill a grid of ceil(n / c) rows and c = min(ncols, n) columns
    for n numeric columns and share their y axis; grid cells left over in the
    last row are removed from the figure, so it holds exactly n Axes.
    """
    columns = [name for name in df.columns if pd.api.types.is_numeric_dtype(df[name])]
    n_cols = min(ncols, len(columns))
    n_rows = -(-len(columns) // n_cols)
    fig = plt.figure(figsize=(3 * n_cols, 2.2 * n_rows), layout="constrained")
    first = None
    for position, name in enumerate(columns, start=1):
        ax = fig.add_subplot(n_rows, n_cols, position, sharey=first)
        first = first or ax
        ax.plot(df.index, df[name].to_numpy())
        ax.set_title(name)
    return fig


fig = small_multiples(sensor, ncols=2)
