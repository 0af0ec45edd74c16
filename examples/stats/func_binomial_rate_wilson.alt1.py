import math

import scipy.stats


def rate_summary(outcomes, p0, confidence=0.95):
    """Observed success rate of 0/1 (or boolean) outcomes with a Wilson
    score confidence interval and an exact two-sided binomial test of
    H0: rate == p0.

    Returns {"rate": k / n, "low": ..., "high": ..., "p_value": ...} as
    floats. Raises ValueError("no outcomes") when `outcomes` is empty.
    """
    values = [bool(v) for v in outcomes]
    n = len(values)
    if n == 0:
        raise ValueError("no outcomes")
    k = sum(values)
    z = scipy.stats.norm.ppf(0.5 + confidence / 2)
    # Wilson score interval: invert the score test instead of using rate +/- z * SE
    centre = (k + z**2 / 2) / (n + z**2)
    half_width = z / (n + z**2) * math.sqrt(k * (n - k) / n + z**2 / 4)
    p_value = scipy.stats.binomtest(k, n, p0).pvalue
    return {
        "rate": k / n,
        "low": float(max(0.0, centre - half_width)),
        "high": float(min(1.0, centre + half_width)),
        "p_value": float(p_value),
    }


purchase_rate = rate_summary(events["event"] == "purchase", p0=0.1)

try:
    rate_summary([], 0.5)
except ValueError as error:
    empty_error = str(error)
