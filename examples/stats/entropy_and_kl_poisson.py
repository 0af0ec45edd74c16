# /// example
# task = """
# From the integer counts `event_counts`, build the observed frequency distribution `observed` \
# over 0..max, its Shannon entropy in bits `shannon_bits`, and the Kullback-Leibler divergence \
# `kl_divergence` (in nats) from a Poisson distribution with the sample mean, `expected`, using \
# `scipy.stats.entropy`."""
# prompt = """
# From the integer event counts `event_counts`, build the observed relative frequency \
# distribution `observed` over 0..max. Compute its Shannon entropy in bits as `shannon_bits`, and \
# the Kullback-Leibler divergence in nats, `kl_divergence`, of it from a Poisson distribution \
# with the sample mean whose probabilities over 0..max are in `expected`, using scipy's entropy \
# function."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = { event_counts = 'event_counts' }
# checks = [
#     'np.isclose(observed.sum(), 1.0)',
#     'np.isclose(shannon_bits, -np.sum(observed[observed > 0] * np.log2(observed[observed > 0])))',
#     'kl_divergence >= 0',
#     'np.isclose(kl_divergence, (lambda p, q: np.sum(p[p > 0] * np.log(p[p > 0] / q[p > 0])))(observed, expected / expected.sum()))',
# ]
# difficulty = 'intermediate'
# tags = ['probability-distributions']
# edge_cases = true
# ///
import numpy as np
from scipy import stats

k = np.arange(event_counts.max() + 1)
observed = np.bincount(event_counts) / len(event_counts)
expected = stats.poisson.pmf(k, event_counts.mean())
shannon_bits = stats.entropy(observed, base=2)
# entropy(p, q) is the relative entropy D(p || q); q is renormalized over the same support
kl_divergence = stats.entropy(observed, expected)
