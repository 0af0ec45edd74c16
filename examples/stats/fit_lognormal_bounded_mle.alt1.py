import numpy as np
import scipy.optimize as opt
import scipy.stats as st

x = np.asarray(skewed, dtype=float)
unit = np.median(x)
z = x / unit
fit = st.fit(
    st.lognorm,
    z,
    bounds=[(0.01, 10.0), (0.0, 0.0), (z.min(), z.max())],
    optimizer=lambda fun, bounds: opt.differential_evolution(fun, bounds, seed=123),
)
if not fit.success:
    raise RuntimeError(fit.message)
sigma = fit.params.s
scale = unit * fit.params.scale
