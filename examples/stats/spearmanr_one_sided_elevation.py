# /// example
# task = """
# In the table `stations`, test whether temperature tends to fall with elevation: compute \
# Spearman's rank correlation between `elevation_m` and `temperature` with the one-sided \
# alternative that the correlation is negative (`alternative="less"`). Store the coefficient \
# in `rho` and the one-sided p-value in `p_value`; when either column has a single distinct \
# value, store NaN in both."""
# prompt = """
# Do my weather `stations` get colder the higher they are? I only care about a negative \
# monotone relation between `elevation_m` and `temperature`, so please run a one-sided \
# Spearman test and store `rho` and the one-sided `p_value` (both NaN if all stations share \
# one elevation or one temperature)."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'pandas']
# inputs = { stations = 'stations' }
# checks = [
#     '(np.isnan(rho) and np.isnan(p_value)) if min(stations["elevation_m"].nunique(), stations["temperature"].nunique()) < 2 else np.isclose(rho, np.corrcoef(stations["elevation_m"].rank(), stations["temperature"].rank())[0, 1])',
#     'np.isnan(p_value) or np.isclose(p_value, scipy.stats.spearmanr(stations["elevation_m"], stations["temperature"], alternative="less").pvalue)',
#     # the one-sided p-value is half the two-sided one when rho is negative
#     'np.isnan(rho) or rho >= 0 or np.isclose(p_value, scipy.stats.spearmanr(stations["elevation_m"], stations["temperature"]).pvalue / 2)',
# ]
# difficulty = 'basic'
# tags = ['correlation', 'ranking', 'hypothesis-test', 'test-alternative']
# edge_cases = { min_size = 3, why = "a rank correlation test needs at least three stations" }
# ///
import numpy as np
from scipy import stats

elevation, temperature = stations["elevation_m"], stations["temperature"]
if elevation.nunique() < 2 or temperature.nunique() < 2:
    rho = p_value = np.nan
else:
    # alternative="less": the evidence counts only for a negative correlation
    rho, p_value = stats.spearmanr(elevation, temperature, alternative="less")
