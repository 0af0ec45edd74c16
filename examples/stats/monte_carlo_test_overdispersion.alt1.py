import numpy as np
import scipy.stats as st

counts = np.asarray(event_counts)
lam = counts.mean()
generator = np.random.default_rng(12345)


def poisson_samples(size):
    return generator.poisson(lam=lam, size=size)


def variance_minus_mean(sample, axis=-1):
    # vectorized: scipy passes a batch of simulated samples along `axis`
    return sample.var(axis=axis) - sample.mean(axis=axis)


result = st.monte_carlo_test(
    counts,
    poisson_samples,
    variance_minus_mean,
    vectorized=True,
    n_resamples=999,
    alternative="greater",
)
