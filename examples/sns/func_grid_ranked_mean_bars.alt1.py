import seaborn as sns


def ranked_mean_bars(df, x, y, col=None):
    means = df.groupby(x)[y].mean()
    order = sorted(means.index, key=lambda level: -means[level])
    grid = sns.catplot(data=df, x=x, y=y, col=col, kind="bar", order=order, errorbar=None, height=2)
    return grid


g = ranked_mean_bars(orders, x="product", y="quantity", col="returned")
