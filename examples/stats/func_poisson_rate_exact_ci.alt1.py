from scipy.stats import gamma


def poisson_rate_ci(count, exposure, confidence=0.95):
    """Exact (Garwood) confidence interval for a Poisson rate.

    count events observed over `exposure` (e.g. person-years). Returns
    (low, high) for the rate: low = chi2.ppf(a/2, 2*count) / (2*exposure)
    (0.0 when count == 0) and high = chi2.ppf(1 - a/2, 2*count + 2) /
    (2*exposure), with a = 1 - confidence. Raises ValueError("count must
    be a non-negative integer") and ValueError("exposure must be positive").
    """
    if count < 0 or int(count) != count:
        raise ValueError("count must be a non-negative integer")
    if exposure <= 0:
        raise ValueError("exposure must be positive")
    tail = (1 - confidence) / 2
    # chi2(2k) / 2 is Gamma(k): the same bounds from gamma quantiles
    low = gamma.ppf(tail, count) / exposure if count > 0 else 0.0
    high = gamma.ppf(1 - tail, count + 1) / exposure
    return low, high


ci_example = poisson_rate_ci(12, 4.0)

errors = []
for bad_args in [(2.5, 1.0), (3, 0.0)]:
    try:
        poisson_rate_ci(*bad_args)
    except ValueError as error:
        errors.append(str(error))
