import numpy as np
from scipy import stats

counts = np.asarray(event_counts)
rate = counts.mean()
if rate == 0:
    raise ValueError("all counts are zero: a Poisson rate of 0 has nothing to test against")

model = stats.poisson(rate)
lower = int(model.ppf(0.05))
upper = max(int(model.ppf(0.95)), lower + 2)

# bins: "<= lower", lower+1, ..., upper-1, ">= upper"
observed = np.array(
    [np.sum(counts <= lower)]
    + [np.sum(counts == k) for k in range(lower + 1, upper)]
    + [np.sum(counts >= upper)]
)
probs = np.concatenate(
    ([model.cdf(lower)], model.pmf(np.arange(lower + 1, upper)), [model.sf(upper - 1)])
)
expected = probs * counts.size
# one degree of freedom is spent on the estimated rate
result = stats.chisquare(observed, expected, ddof=1)
