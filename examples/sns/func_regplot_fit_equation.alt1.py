import numpy as np
import seaborn as sns
from matplotlib import pyplot as plt
from scipy import stats


def regplot_with_equation(x, y, ax):
    """Draw the points and their least-squares straight line with seaborn
    `regplot` (no confidence band) on `ax`, write the line's equation as
    the only text on `ax`, e.g. "y = 1.50x - 0.25" (two decimals, the sign
    of the intercept shown by "+" or "-"), and return (slope, intercept).

    Pairs with a missing value (NaN) in x or y are ignored.
    """
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    ok = np.isfinite(x) & np.isfinite(y)
    fit = stats.linregress(x[ok], y[ok])
    sns.regplot(x=x[ok], y=y[ok], ci=None, ax=ax, scatter_kws={"s": 12})
    label = (
        f"y = {fit.slope:.2f}x "
        + ("- " if fit.intercept < 0 else "+ ")
        + f"{abs(fit.intercept):.2f}"
    )
    ax.annotate(label, xy=(0.03, 0.92), xycoords="axes fraction")
    return fit.slope, fit.intercept


fig, ax = plt.subplots(figsize=(5, 4))
coefs = regplot_with_equation(x, y, ax)
ax.set_xlabel("x")
ax.set_ylabel("y")
ax.set_title("Least-squares line")
