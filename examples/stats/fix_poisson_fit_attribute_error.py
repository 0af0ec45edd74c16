# /// example
# task = """
# `counts` holds daily defect counts that are modelled as Poisson. This code should fit the \
# Poisson mean by maximum likelihood and store it in `mu_hat`, but it raises an error:
#
# ```python
# from scipy import stats
#
# mu_hat, loc_hat = stats.poisson.fit(counts)
# ```
#
# ```text
# AttributeError: 'poisson_gen' object has no attribute 'fit'
# ```
#
# Fix it so that `mu_hat` holds the maximum-likelihood estimate and `fit_result` the fit's result \
# object with a `nllf()` method (the negative log-likelihood at the estimate)."""
# prompt = """
# I want to fit a Poisson distribution to my daily defect `counts` by maximum likelihood, like I \
# do with `stats.norm.fit`:
#
# ```python
# from scipy import stats
#
# mu_hat, loc_hat = stats.poisson.fit(counts)
# ```
#
# ```text
# AttributeError: 'poisson_gen' object has no attribute 'fit'
# ```
#
# How do I fit a discrete distribution in SciPy? Keep the estimate in `mu_hat` and the fit \
# result (with its `nllf()`) in `fit_result`."""
# task_type = 'fix'
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = { counts = 'event_counts' }
# checks = [
#     # the Poisson maximum-likelihood estimate of the mean is the sample mean
#     'np.isclose(mu_hat, np.mean(counts), rtol=1e-4, atol=1e-4)',
#     'np.isclose(fit_result.nllf(), -np.sum(scipy.stats.poisson.logpmf(counts, np.mean(counts))), rtol=1e-6, atol=1e-6)',
# ]
# difficulty = 'advanced'
# tags = ['debugging', 'distribution-fitting', 'probability-distributions']
# edge_cases = true
# ///
import numpy as np
from scipy import stats

# discrete distributions have no .fit method; stats.fit searches the parameter within bounds
fit_result = stats.fit(stats.poisson, counts, bounds={"mu": (0, np.max(counts) + 1)})
mu_hat = fit_result.params.mu
