import matplotlib.pyplot as plt
import seaborn as sns


def hex_joint(df, x, y, gridsize=20):
    """Hexbin joint plot of column `y` against column `x` of `df`, with
    `gridsize` hexagons across the x range and histograms of both columns
    in the margins. Only rows where both x and y are present are drawn,
    so the hexagon counts and each margin's counts all add up to that
    number of complete rows. Returns the seaborn JointGrid.
    """
    complete = df.dropna(subset=[x, y])
    grid = sns.JointGrid(data=complete, x=x, y=y, height=4)
    grid.plot_joint(plt.hexbin, gridsize=gridsize, cmap="viridis", mincnt=1)
    grid.plot_marginals(sns.histplot)
    return grid


g = hex_joint(stations, x="elevation_m", y="temperature", gridsize=15)
