# /// example
# task = '''
# Write a function `rate_summary` with the signature and docstring below. Apply it to whether
# each row of the DataFrame `events` is a `"purchase"` event, with `p0=0.1`, and store the dict
# in `purchase_rate`; store in `empty_error` the message raised by `rate_summary([], 0.5)`.
#
# ```python
# def rate_summary(outcomes, p0, confidence=0.95):
#     """Observed success rate of 0/1 (or boolean) outcomes with a Wilson
#     score confidence interval and an exact two-sided binomial test of
#     H0: rate == p0.
#
#     Returns {"rate": k / n, "low": ..., "high": ..., "p_value": ...} as
#     floats. Raises ValueError("no outcomes") when `outcomes` is empty.
#     """
# ```'''
# prompt = """
# I report conversion rates all the time and want one helper: `rate_summary(outcomes, p0, \
# confidence=0.95)` taking 0/1 or True/False outcomes and returning a dict with the observed \
# `"rate"`, the Wilson score interval as `"low"` and `"high"`, and the exact two-sided binomial \
# test p-value against `p0` as `"p_value"`, all floats; no outcomes should raise \
# `ValueError("no outcomes")`. Use it on whether each event in `events` is a `"purchase"`, \
# against `p0=0.1`, into `purchase_rate`, and keep the message raised by `rate_summary([], 0.5)` \
# in `empty_error`."""
# task_type = 'function'
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = { events = 'events' }
# checks = [
#     # the Wilson interval in closed form: centre (k + z^2/2) / (n + z^2)
#     '(lambda k, n, z: (lambda r: np.isclose(r["rate"], k / n) and np.allclose([r["low"], r["high"]], (k + z**2 / 2) / (n + z**2) + np.array([-1, 1]) * z / (n + z**2) * np.sqrt(k * (n - k) / n + z**2 / 4)))(rate_summary([1] * k + [0] * (n - k), 0.5)))(7, 20, scipy.stats.norm.ppf(0.975))',
#     '(lambda k, n, z: (lambda r: np.allclose([r["low"], r["high"]], (k + z**2 / 2) / (n + z**2) + np.array([-1, 1]) * z / (n + z**2) * np.sqrt(k * (n - k) / n + z**2 / 4)) and np.isclose(r["p_value"], scipy.stats.binomtest(k, n, 0.02).pvalue))(rate_summary(np.r_[np.ones(k, bool), np.zeros(n - k, bool)], 0.02, confidence=0.9)))(3, 50, scipy.stats.norm.ppf(0.95))',
#     '(lambda r: r["rate"] == 1.0 and np.isclose(r["high"], 1.0) and r["low"] < 1.0)(rate_summary([True, True, True], 0.5))',
#     'empty_error == "no outcomes"',
#     'all(isinstance(v, float) for v in purchase_rate.values()) and purchase_rate["low"] <= purchase_rate["rate"] <= purchase_rate["high"]',
#     '(lambda k, n: np.isclose(purchase_rate["rate"], k / n) and np.isclose(purchase_rate["p_value"], scipy.stats.binomtest(k, n, 0.1).pvalue) and np.allclose([purchase_rate["low"], purchase_rate["high"]], tuple(scipy.stats.binomtest(k, n, 0.1).proportion_ci(method="wilson"))))(int((events["event"] == "purchase").sum()), len(events))',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'confidence-interval', 'hypothesis-test', 'validation']
# edge_cases = true
# ///
import numpy as np
from scipy import stats


def rate_summary(outcomes, p0, confidence=0.95):
    """Observed success rate of 0/1 (or boolean) outcomes with a Wilson
    score confidence interval and an exact two-sided binomial test of
    H0: rate == p0.

    Returns {"rate": k / n, "low": ..., "high": ..., "p_value": ...} as
    floats. Raises ValueError("no outcomes") when `outcomes` is empty.
    """
    outcomes = np.asarray(outcomes, dtype=bool)
    n = outcomes.size
    if n == 0:
        raise ValueError("no outcomes")
    k = int(outcomes.sum())
    result = stats.binomtest(k, n, p=p0)
    # Wilson keeps the interval inside [0, 1] and behaves well for rates near 0 or 1
    ci = result.proportion_ci(confidence_level=confidence, method="wilson")
    return {
        "rate": k / n,
        "low": float(ci.low),
        "high": float(ci.high),
        "p_value": float(result.pvalue),
    }


purchase_rate = rate_summary(events["event"] == "purchase", p0=0.1)

try:
    rate_summary([], 0.5)
except ValueError as error:
    empty_error = str(error)
