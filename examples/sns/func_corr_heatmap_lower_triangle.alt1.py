import matplotlib.pyplot as plt
import numpy as np
import seaborn as sns


def corr_heatmap(df, ax, method="pearson"):
    """Draw the correlation matrix of df's numeric columns (pandas
    `DataFrame.corr` with `method`, pairwise complete rows) as an annotated
    seaborn heatmap on `ax` and return the matrix.

    Only the lower triangle and the diagonal are shown: cells above the
    diagonal are masked. Annotations have two decimals; the colormap
    "coolwarm" is centred on 0 with limits -1 and 1.
    """
    matrix = df.select_dtypes("number").corr(method=method)
    # seaborn leaves NaN cells blank, so blanking the upper triangle masks it
    lower = matrix.where(np.tril(np.ones(matrix.shape, dtype=bool)))
    sns.heatmap(
        lower,
        ax=ax,
        annot=True,
        fmt=".2f",
        cmap="coolwarm",
        vmin=-1.0,
        vmax=1.0,
        center=0.0,
        square=True,
    )
    return matrix


fig, ax = plt.subplots()
corr = corr_heatmap(survey, ax, "spearman")
ax.set_title("Rank correlations in the survey")
