import seaborn as sns
from matplotlib import pyplot as plt


def plot_group_means(df, x, y, hue, ax):
    """Draw the mean of column `y` at each value of `x`, one line with
    markers per level of `hue`, with seaborn `lineplot` on `ax`, and a band
    of +/- one standard deviation (ddof=1) around each mean.

    Returns the plotted means as a DataFrame indexed by the x values
    (ascending) with one column per hue level that occurs in df.
    """
    sns.lineplot(
        df,
        x=x,
        y=y,
        hue=hue,
        estimator="mean",
        errorbar=("sd", 1),
        markers=True,
        style=hue,
        dashes=False,
        ax=ax,
    )
    return df.groupby([x, hue], observed=True)[y].mean().unstack(hue).sort_index()


fig, ax = plt.subplots(figsize=(6, 4))
means = plot_group_means(rm_long, x="time", y="score", hue="condition", ax=ax)
ax.set_xlabel("Time")
ax.set_ylabel("Score")
ax.set_title("Scores by condition (mean ± SD)")
