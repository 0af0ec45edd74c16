# /// example
# task = '''
# Write the function `beta_from_mean_sd` below (method of moments for the beta distribution)
# and store `beta_from_mean_sd(0.3, 0.1)` in `prior`, and in the list `errors` the messages raised
# by `beta_from_mean_sd(1.2, 0.1)` and `beta_from_mean_sd(0.5, 0.5)`.
#
# ```python
# def beta_from_mean_sd(mean, sd):
#     """Frozen scipy.stats.beta with the given mean and standard deviation.
#
#     With v = sd**2 and k = mean * (1 - mean) / v - 1, alpha = mean * k and
#     beta = (1 - mean) * k. Raises ValueError("mean must be in (0, 1)")
#     and ValueError("sd too large for this mean") when
#     v >= mean * (1 - mean).
#     """
# ```'''
# prompt = """
# Experts give me a prior for a proportion as "mean 0.3, sd 0.1". Write \
# `beta_from_mean_sd(mean, sd)` that turns that into a frozen scipy beta distribution by the \
# method of moments, raising `ValueError("mean must be in (0, 1)")` for a mean outside (0, 1) \
# and `ValueError("sd too large for this mean")` when sd^2 >= mean (1 - mean). Store the prior \
# for mean 0.3, sd 0.1 in `prior`, and collect the messages for `beta_from_mean_sd(1.2, 0.1)` \
# and `beta_from_mean_sd(0.5, 0.5)` in the list `errors`."""
# task_type = 'function'
# domain = 'statistics'
# libraries = ['scipy.stats']
# inputs = {}
# checks = [
#     'np.isclose(prior.mean(), 0.3) and np.isclose(prior.std(), 0.1)',
#     # k = 0.21 / 0.01 - 1 = 20: Beta(6, 14), whichever way its shapes were passed
#     'np.allclose(prior.pdf([0.1, 0.3, 0.6]), scipy.stats.beta.pdf([0.1, 0.3, 0.6], 6.0, 14.0))',
#     'np.isclose(beta_from_mean_sd(0.9, 0.05).mean(), 0.9) and np.isclose(beta_from_mean_sd(0.9, 0.05).std(), 0.05)',
#     'np.isclose(beta_from_mean_sd(0.5, 0.2887).std(), 0.2887)',
#     'np.isclose(beta_from_mean_sd(0.1, 0.05).mean(), 0.1) and np.isclose(beta_from_mean_sd(0.1, 0.05).var(), 0.0025)',
#     'list(errors) == ["mean must be in (0, 1)", "sd too large for this mean"]',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'probability-distributions', 'validation']
# ///
from scipy import stats


def beta_from_mean_sd(mean, sd):
    """Frozen scipy.stats.beta with the given mean and standard deviation.

    With v = sd**2 and k = mean * (1 - mean) / v - 1, alpha = mean * k and
    beta = (1 - mean) * k. Raises ValueError("mean must be in (0, 1)")
    and ValueError("sd too large for this mean") when
    v >= mean * (1 - mean).
    """
    if not 0 < mean < 1:
        raise ValueError("mean must be in (0, 1)")
    variance = sd**2
    # a beta variance is always below mean * (1 - mean), the Bernoulli limit
    if variance >= mean * (1 - mean):
        raise ValueError("sd too large for this mean")
    k = mean * (1 - mean) / variance - 1
    return stats.beta(mean * k, (1 - mean) * k)


prior = beta_from_mean_sd(0.3, 0.1)

errors = []
for mean, sd in [(1.2, 0.1), (0.5, 0.5)]:
    try:
        beta_from_mean_sd(mean, sd)
    except ValueError as error:
        errors.append(str(error))
