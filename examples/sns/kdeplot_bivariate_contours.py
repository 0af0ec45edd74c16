# /// example
# task = """
# Draw filled bivariate KDE contours of `pressure` against `temperature` from the DataFrame \
# `measurements` with seaborn `kdeplot` on `fig, ax`: 6 iso-proportion levels, the lowest 5% of \
# density left unfilled (`thresh=0.05`), the "mako" colormap; points that have no 2-D density \
# (all on one line) get no contours, without a warning (`warn_singular=False`). Overlay the raw \
# points as a small black scatter, label the x axis "Temperature" and the y axis "Pressure" and \
# add a title."""
# prompt = """
# Draw filled bivariate KDE contours of `pressure` against `temperature` from my DataFrame \
# `measurements` with seaborn on `fig, ax`: 6 iso-proportion levels, the lowest 5% of the density \
# left unfilled, the "mako" colormap; if the points have no 2-D density (all on one line) just \
# draw no contours and no warning. Overlay the raw points as a small black scatter, label the x \
# axis "Temperature" and the y axis "Pressure" and add a title."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib']
# inputs = { measurements = 'measurements' }
# checks = [
#     # the black scatter of the raw points
#     "any(len(c.get_offsets()) == len(measurements) and np.allclose(c.get_offsets(), measurements[['temperature', 'pressure']].to_numpy()) and np.allclose(c.get_facecolor()[:, :3], 0) for c in ax.collections)",
#     # filled contours (filled shapes, not markers at the points) wherever the points have a 2-D density: three or more, covariance far from singular
#     "(lambda xy: len(xy) < 3 or np.linalg.cond(np.cov(xy, rowvar=False)) > 1e8 or any(len(c.get_paths()) > 0 and len(c.get_facecolor()) > 0 and len(c.get_offsets()) <= 1 for c in ax.collections))(measurements[['temperature', 'pressure']].to_numpy())",
#     "figure_summary(fig).axes[0].xlabel == 'Temperature' and figure_summary(fig).axes[0].ylabel == 'Pressure' and figure_summary(fig).axes[0].title != ''",
#     # 6 levels in the mako colormap, where the points have a 2-D density (the guard of the check above)
#     "(lambda xy: len(xy) < 3 or np.linalg.cond(np.cov(xy, rowvar=False)) > 1e8 or any(isinstance(c, matplotlib.contour.ContourSet) and len(c.levels) == 6 and c.cmap.name == 'mako' for c in ax.collections))(measurements[['temperature', 'pressure']].to_numpy())",
# ]
# difficulty = 'intermediate'
# tags = ['density-estimation', 'bivariate', 'field-plot']
# [edge_cases]
# constant = false
# why = "a bivariate KDE needs both columns to vary: a constant column has no 2-D density, and rounding in its mean can make seaborn's contour levels collide (ValueError)"
# ///
import matplotlib.pyplot as plt
import seaborn as sns

fig, ax = plt.subplots(figsize=(6, 5))
# warn_singular=False: points on one line (perfectly correlated) simply get no contours
sns.kdeplot(
    data=measurements,
    x="temperature",
    y="pressure",
    fill=True,
    levels=6,
    thresh=0.05,
    cmap="mako",
    warn_singular=False,
    ax=ax,
)
sns.scatterplot(data=measurements, x="temperature", y="pressure", s=8, color="black", ax=ax)
ax.set(xlabel="Temperature", ylabel="Pressure", title="Density of temperature and pressure")
