# /// example
# task = """
# Test every column of the numeric table `measurements` for normality at once with \
# D'Agostino and Pearson's omnibus test (`scipy.stats.normaltest` along axis 0). Store the \
# p-values in a Series `normality_p` indexed by column name and the list of columns with a \
# p-value below 0.05 in `non_normal`, in column order."""
# prompt = """
# Which of the variables in `measurements` look non-normal? Run D'Agostino-Pearson's test on \
# all columns in one call, keep the p-values as a Series `normality_p` (index = column names) \
# and list the columns with p < 0.05 as `non_normal`, in the table's column order."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'pandas']
# inputs = { measurements = 'measurements' }
# checks = [
#     'list(normality_p.index) == list(measurements.columns)',
#     'np.allclose(normality_p.to_numpy(), [scipy.stats.normaltest(measurements[c]).pvalue for c in measurements.columns])',
#     'list(non_normal) == [c for c in measurements.columns if scipy.stats.normaltest(measurements[c]).pvalue < 0.05]',
# ]
# difficulty = 'basic'
# tags = ['normality', 'hypothesis-test', 'column-wise']
# edge_cases = { min_size = 20, constant = false, why = "the kurtosis part of the test needs at least 20 varying values per column" }
# ///
import pandas as pd
from scipy import stats

# axis=0 runs one test per column in a single vectorised call
result = stats.normaltest(measurements, axis=0)
normality_p = pd.Series(result.pvalue, index=measurements.columns)
non_normal = normality_p.index[normality_p < 0.05].tolist()
