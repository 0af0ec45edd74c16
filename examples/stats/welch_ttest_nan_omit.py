# /// example
# task = """
# Compare `response` between the "drug" and "control" arms of the DataFrame `trial_missing`, \
# which has missing responses, with Welch's t-test; select the arms into the Series `drug` and \
# `control` and let nan_policy="omit" drop the missing values; store the result in `result`. \
# Raise a ValueError when an arm has fewer than two observed responses."""
# prompt = """
# My DataFrame `trial_missing` has some missing responses. Select the `response` values of the \
# "drug" and "control" arms into Series `drug` and `control` (keeping the NaNs in them), and \
# compare them with Welch's t-test, letting scipy omit the missing values; store the result in \
# `result`. Raise a ValueError if either arm has fewer than two observed responses."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'pandas']
# inputs = { trial_missing = 'trial_missing' }
# checks = [
#     "len(drug) == (trial_missing['treatment'] == 'drug').sum() and len(control) == (trial_missing['treatment'] == 'control').sum()",
#     # t can be 0 / 0 only when every observed response is the same value
#     'not np.isnan(result.statistic) or pd.concat([drug, control]).nunique() == 1',
#     'np.isnan(result.pvalue) or 0 <= result.pvalue <= 1',
#     'np.isclose(result.statistic, scipy.stats.ttest_ind(drug.dropna(), control.dropna(), equal_var=False).statistic, equal_nan=True)',
# ]
# difficulty = 'basic'
# tags = ['hypothesis-test', 't-test', 'missing-data', 'error-handling', 'validation']
# [edge_cases]
# nan = true
# raises = 'ValueError'
# why = 'the task is about missing responses, so generated trials have them too; an arm left with fewer than two observed responses is rejected with ValueError'
# ///
from scipy import stats

drug = trial_missing.loc[trial_missing["treatment"] == "drug", "response"]
control = trial_missing.loc[trial_missing["treatment"] == "control", "response"]
if min(drug.count(), control.count()) < 2:
    # Welch's test estimates each arm's variance: two observed responses at least
    raise ValueError("each arm needs at least two observed responses")
# the default nan_policy="propagate" would return NaN for the whole test
result = stats.ttest_ind(drug, control, equal_var=False, nan_policy="omit")
