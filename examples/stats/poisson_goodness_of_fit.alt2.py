import numpy as np
import scipy.stats as ss


def poisson_bins(counts):
    """Observed and expected counts in the bins <= lower, lower+1, ..., >= upper."""
    rate = np.mean(counts)
    if rate == 0:
        raise ValueError("every count is zero, so the fitted Poisson rate is 0")
    lower, upper = (int(q) for q in ss.poisson.ppf([0.05, 0.95], rate))
    upper = max(upper, lower + 2)
    # clipping folds the tails into the end bins
    clipped = np.clip(counts, lower, upper) - lower
    obs = np.bincount(clipped.astype(int), minlength=upper - lower + 1)
    ks = np.arange(lower, upper + 1)
    probs = ss.poisson.pmf(ks, rate)
    probs[0] = ss.poisson.cdf(lower, rate)
    probs[-1] = ss.poisson.sf(upper - 1, rate)
    return obs, probs * len(counts)


observed, expected = poisson_bins(np.asarray(event_counts))
result = ss.chisquare(f_obs=observed, f_exp=expected, ddof=1)
