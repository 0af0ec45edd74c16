# /// example
# task = """
# Correlate the binary treatment indicator (`treatment == "drug"`, stored as 0/1 in `is_drug`) \
# with the continuous `response` of the DataFrame `trial` using the point-biserial correlation; \
# store the result in `result`."""
# prompt = """
# In my DataFrame `trial`, I want to correlate being on the drug with the continuous `response`: \
# code `treatment == "drug"` as 0/1 in `is_drug` and compute the point-biserial correlation, \
# stored in `result`."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'pandas']
# inputs = { trial = 'trial' }
# checks = [
#     # both recomputed on the response rescaled to at most 1 in size (neither depends on its
#     # scale): squares of readings near 1e-170 would underflow
#     "np.isclose(result.statistic, np.corrcoef(is_drug, trial['response'] / trial['response'].abs().max())[0, 1])",
#     # the point-biserial test is Student's two-sample t-test in disguise
#     "(lambda y: np.isclose(result.pvalue, scipy.stats.ttest_ind(y[is_drug == 1], y[is_drug == 0]).pvalue))(trial['response'] / trial['response'].abs().max())",
# ]
# difficulty = 'intermediate'
# tags = ['correlation']
# [edge_cases]
# min_size = 3
# one_level = false
# constant = false
# why = 'a correlation with the drug indicator needs both treatment arms, a response that varies and a degree of freedom (three rows)'
# ///
from scipy import stats

# the point-biserial r is Pearson's r against a 0/1 indicator; astype(int) gives that coding
is_drug = (trial["treatment"] == "drug").astype(int)
result = stats.pointbiserialr(is_drug, trial["response"])
