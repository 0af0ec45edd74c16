import numpy as np
import scipy.stats as st


def lognormal_fit_ks(x):
    """Fit a two-parameter lognormal (location fixed at 0) by maximum
    likelihood and test the fit with a one-sample Kolmogorov-Smirnov test.

    Returns {"shape": s, "scale": scale, "ks_statistic": D, "p_value": p}
    as floats, with s and scale in scipy.stats.lognorm's parametrisation
    (the p-value is approximate because the parameters were estimated from
    the same data). Raises ValueError("x must be positive") when a value is
    <= 0. With fewer than 2 distinct values every field is NaN.
    """
    sample = np.asarray(x, dtype=float)
    if np.any(sample <= 0):
        raise ValueError("x must be positive")
    if np.unique(sample).size < 2:
        return {"shape": np.nan, "scale": np.nan, "ks_statistic": np.nan, "p_value": np.nan}
    # log(x) is normal: its mean and ddof=0 SD are the maximum-likelihood s and log(scale)
    logs = np.log(sample)
    shape, scale = logs.std(), np.exp(logs.mean())
    ks = st.kstest(sample, st.lognorm(shape, scale=scale).cdf)
    return {
        "shape": float(shape),
        "scale": float(scale),
        "ks_statistic": float(ks.statistic),
        "p_value": float(ks.pvalue),
    }


fit = lognormal_fit_ks(skewed)

try:
    lognormal_fit_ks([2.0, 0.0, 3.0])
except ValueError as error:
    sign_error = str(error)
