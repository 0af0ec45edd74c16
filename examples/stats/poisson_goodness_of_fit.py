# /// example
# task = """
# Test whether the counts `event_counts` follow a Poisson distribution with the sample mean as \
# rate: bin them into "<= lower", each value in between, and ">= upper" (lower and upper the \
# Poisson 5% and 95% quantiles, so expected counts are rarely tiny, with upper at least lower + 2 \
# so that three bins remain), store the observed and expected bin counts in `observed` and \
# `expected`, and run a chi-square goodness-of-fit test with one degree of freedom removed for \
# the estimated rate, stored in `result`. Raise a ValueError when every count is zero, since a \
# rate of 0 leaves no distribution to test against."""
# prompt = """
# Do my counts `event_counts` follow a Poisson distribution with rate equal to the sample mean? \
# Bin them as "<= lower", each value in between, and ">= upper", where lower and upper are the \
# Poisson 5% and 95% quantiles (with upper raised to at least lower + 2 so three bins remain). \
# Store the observed and expected bin counts in `observed` and `expected`, and run a chi-square \
# goodness-of-fit test removing one degree of freedom for the estimated rate, in `result`. Raise \
# a ValueError if every count is zero, since a rate of 0 leaves nothing to test against."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = { event_counts = 'event_counts' }
# checks = [
#     'observed.sum() == len(event_counts) and np.isclose(expected.sum(), len(event_counts))',
#     '(lambda lo, hi: observed[0] == np.sum(event_counts <= lo) and observed[-1] == np.sum(event_counts >= max(hi, lo + 2)))(*scipy.stats.poisson.ppf([0.05, 0.95], event_counts.mean()))',
#     'np.isclose(result.statistic, np.sum((observed - expected) ** 2 / expected))',
#     'np.isclose(result.pvalue, scipy.stats.chi2.sf(result.statistic, len(observed) - 2))',
# ]
# difficulty = 'advanced'
# tags = ['hypothesis-test', 'goodness-of-fit', 'probability-distributions', 'error-handling', 'validation']
# [edge_cases]
# raises = 'ValueError'
# why = 'the fitted rate must be positive: on all-zero counts the snippet raises ValueError'
# ///
import numpy as np
from scipy import stats

rate = event_counts.mean()
if rate == 0:
    # a Poisson with rate 0 puts all its mass on 0: every expected count but one is 0
    raise ValueError("every count is zero: there is no Poisson rate to test against")
lower, upper = stats.poisson.ppf([0.05, 0.95], rate).astype(int)
# a small rate puts both quantiles on 0 or 1: keep a middle bin so that a degree of
# freedom is left after estimating the rate
upper = max(upper, lower + 2)
inner = np.arange(lower + 1, upper)

observed = np.concatenate(
    [
        [np.sum(event_counts <= lower)],
        [np.sum(event_counts == k) for k in inner],
        [np.sum(event_counts >= upper)],
    ]
)
probabilities = np.concatenate(
    [
        [stats.poisson.cdf(lower, rate)],
        stats.poisson.pmf(inner, rate),
        [stats.poisson.sf(upper - 1, rate)],
    ]
)
expected = len(event_counts) * probabilities
# ddof=1: the rate was estimated from the same data
result = stats.chisquare(observed, expected, ddof=1)
