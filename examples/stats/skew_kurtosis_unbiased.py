# /// example
# task = """
# Measure the asymmetry and tail weight of the right-skewed sample `skewed`: store the \
# bias-corrected sample skewness in `skewness` and the bias-corrected excess (Fisher) kurtosis in \
# `excess_kurtosis` (both NaN when the values differ only by rounding)."""
# prompt = """
# How asymmetric and heavy-tailed is my right-skewed sample `skewed`? Store the bias-corrected \
# sample skewness in `skewness` and the bias-corrected excess (Fisher) kurtosis in \
# `excess_kurtosis`; NaN is fine when the values differ only by rounding."""
# domain = 'statistics'
# libraries = ['scipy.stats']
# inputs = { skewed = 'skewed' }
# checks = [
#     # a spread lost in rounding (values a few floating-point steps apart) counts as none
#     'np.isclose(skewness, (lambda d, n: np.mean(d**3) / np.mean(d**2) ** 1.5 * np.sqrt(n * (n - 1)) / (n - 2))(skewed - skewed.mean(), len(skewed))) or (np.isnan(skewness) and np.std(skewed) <= 1e-12 * np.mean(skewed))',
#     'np.isclose(excess_kurtosis, (lambda d, n: ((n + 1) * (np.mean(d**4) / np.mean(d**2) ** 2 - 3) + 6) * (n - 1) / ((n - 2) * (n - 3)))(skewed - skewed.mean(), len(skewed))) or (np.isnan(excess_kurtosis) and np.std(skewed) <= 1e-12 * np.mean(skewed))',
# ]
# difficulty = 'basic'
# tags = ['descriptive-statistics']
# [edge_cases]
# min_size = 4
# constant = false
# why = 'the G2 kurtosis estimator divides by (n - 2)(n - 3), so it needs four observations (below that scipy silently returns the biased value), and both shapes are undefined without spread'
# ///
from scipy import stats

# bias=False applies the small-sample corrections (the G1 and G2 estimators)
skewness = stats.skew(skewed, bias=False)
excess_kurtosis = stats.kurtosis(skewed, fisher=True, bias=False)
