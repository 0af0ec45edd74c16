import numpy as np


def robust_zscore(x):
    """Robust z-scores of a 1-D sample: (x - median) / (1.4826 * MAD).

    NaN values are ignored when computing the median and the MAD and stay
    NaN in the result. When the MAD is 0 (a constant sample, a single value)
    every non-NaN score is 0.0. Raises ValueError("no finite values") when x
    is empty or all NaN.
    """
    values = np.asarray(x, dtype=float)
    finite = values[~np.isnan(values)]
    if finite.size == 0:
        raise ValueError("no finite values")
    center = np.median(finite)
    scale = 1.4826 * np.median(np.abs(finite - center))
    deviations = values - center
    if scale == 0:
        return deviations * 0.0
    return deviations / scale


scores = robust_zscore(values)
try:
    robust_zscore([])
except ValueError as exc:
    empty_error = exc.args[0]
