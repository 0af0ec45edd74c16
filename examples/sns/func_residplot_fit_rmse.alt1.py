import matplotlib.pyplot as plt
import numpy as np
import seaborn as sns


def residual_rmse(x, y, ax, order=1):
    """Draw on `ax` the residuals of a least-squares polynomial fit of degree
    `order` of `y` on `x` with seaborn's residplot, and return the root mean
    square of those residuals as a float.
    Raises ValueError("need at least order + 2 points") if there are fewer
    than order + 2 points (the fit would leave no residual degree of freedom).
    """
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    if x.size < order + 2:
        raise ValueError("need at least order + 2 points")
    # least squares on the Vandermonde matrix gives the same polynomial fit
    design = np.vander(x, order + 1)
    coef, *_ = np.linalg.lstsq(design, y, rcond=None)
    resid = y - design @ coef
    sns.residplot(x=x, y=y, order=order, ax=ax)
    return float(np.sqrt(np.mean(resid**2)))


fig, ax = plt.subplots(figsize=(6, 3))
line_rmse = residual_rmse(x, y, ax)
ax.set(xlabel="x", ylabel="residual", title="Residuals of the straight-line fit")
