import numpy as np
from scipy import interpolate

xs = np.array([0.0, 0.5, 1.5, 2.0, 3.0])
ys = np.array([0.0, 0.25, 2.25, 4.0, 9.0])
# pairwise Simpson panels: fit a parabola through each triple of points and integrate it exactly
area = sum(
    interpolate.lagrange(xs[i : i + 3], ys[i : i + 3]).integ()(xs[i + 2])
    - interpolate.lagrange(xs[i : i + 3], ys[i : i + 3]).integ()(xs[i])
    for i in (0, 2)
)
