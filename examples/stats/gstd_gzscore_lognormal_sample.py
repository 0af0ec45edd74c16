# /// example
# task = """
# The positive sample `concentrations` is roughly lognormal. Store its geometric mean in \
# `geo_mean`, its geometric standard deviation (multiplicative spread, with ddof=1) in \
# `geo_sd`, and the geometric z-scores (z-scores of the log values, population SD) in `log_z`. \
# When all values are equal store 1.0 in `geo_sd` and zeros in `log_z`."""
# prompt = """
# My `concentrations` are lognormal-ish, so I summarise them multiplicatively: geometric mean \
# (`geo_mean`), geometric standard deviation with ddof=1 (`geo_sd`, a factor), and z-scores on \
# the log scale with the population SD (`log_z`). If every value is identical, use 1.0 for \
# `geo_sd` and all-zero `log_z`."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = { concentrations = 'skewed' }
# checks = [
#     'np.isclose(geo_mean, np.exp(np.mean(np.log(concentrations))))',
#     'np.isclose(geo_sd, np.exp(np.std(np.log(concentrations), ddof=1)))',
#     'np.shape(log_z) == np.shape(concentrations)',
#     'np.allclose(log_z, (np.log(concentrations) - np.log(concentrations).mean()) / np.log(concentrations).std()) if np.ptp(np.log(concentrations)) > 0 else np.allclose(log_z, 0.0)',
# ]
# difficulty = 'intermediate'
# tags = ['descriptive-statistics', 'standardization']
# edge_cases = { min_size = 2, why = "a standard deviation with ddof=1 needs two values" }
# ///
import numpy as np
from scipy import stats

geo_mean = stats.gmean(concentrations)
logs = np.log(concentrations)
if np.ptp(logs) == 0:
    geo_sd = 1.0
    log_z = np.zeros_like(logs)
else:
    # gstd is exp(std(log x, ddof=1)): values are typically within geo_mean */ geo_sd
    geo_sd = stats.gstd(concentrations)
    log_z = stats.gzscore(concentrations)
