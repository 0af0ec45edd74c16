import matplotlib.pyplot as plt
import numpy as np
import seaborn as sns
from scipy import stats


def label_fit_outliers(df, x, y, label, ax, n=3):
    sns.scatterplot(x=df[x], y=df[y], ax=ax)
    if df[x].nunique() >= 2:
        fit = stats.linregress(df[x], df[y])
        prediction = fit.intercept + fit.slope * df[x]
    else:
        prediction = np.full(len(df), df[y].mean())
    distance = np.abs(df[y] - prediction)
    top = df.assign(_distance=distance).nlargest(n, "_distance").drop(columns="_distance")
    for xi, yi, text in zip(top[x], top[y], top[label], strict=True):
        ax.text(xi, yi, str(text))
    return top


fig, ax = plt.subplots()
flagged = label_fit_outliers(stations, "lat", "temperature", "station", ax)
ax.set_xlabel("latitude")
ax.set_ylabel("temperature")
