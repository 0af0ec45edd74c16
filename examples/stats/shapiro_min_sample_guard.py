# /// example
# task = """
# For the high-dose patients (`dose` > 9) of the DataFrame `trial_missing`, test the normality of \
# `response` separately for each `site` with Shapiro-Wilk, after dropping missing responses. \
# Sites with fewer than 3 responses cannot be tested: raise a ValueError for them in a validation \
# helper and catch it. Store the p-values by site in the dict `pvalues` and the error message of \
# each skipped site in the dict `skipped`."""
# prompt = """
# For the high-dose patients (`dose` > 9) in my DataFrame `trial_missing`, test `response` for \
# normality with Shapiro-Wilk separately for each `site`, after dropping missing responses. Sites \
# with fewer than 3 responses can't be tested: have a validation helper raise a ValueError for \
# them and catch it. Store the p-values by site in a dict `pvalues` and each skipped site's error \
# message in a dict `skipped`."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'pandas']
# inputs = { trial_missing = 'trial_missing' }
# checks = [
#     "set(pvalues) | set(skipped) == set(trial_missing.loc[trial_missing['dose'] > 9, 'site'])",
#     'not set(pvalues) & set(skipped)',
#     "all(trial_missing.loc[(trial_missing['dose'] > 9) & (trial_missing['site'] == s), 'response'].count() < 3 for s in skipped)",
#     "all(trial_missing.loc[(trial_missing['dose'] > 9) & (trial_missing['site'] == s), 'response'].count() >= 3 and 0 <= p <= 1 for s, p in pvalues.items())",
# ]
# difficulty = 'advanced'
# tags = ['normality', 'validation', 'error-handling', 'groupby']
# [edge_cases]
# nan = true
# why = 'the task is about missing responses, so generated trials have them too'
# ///
from scipy import stats

MIN_SIZE = 3  # Shapiro-Wilk is undefined for fewer than three observations


def shapiro_pvalue(sample):
    # validate explicitly: depending on the SciPy version a too-small sample
    # either raises or silently returns NaN with a warning
    sample = sample.dropna()
    if len(sample) < MIN_SIZE:
        raise ValueError(f"need at least {MIN_SIZE} observations, got {len(sample)}")
    return stats.shapiro(sample).pvalue


high_dose = trial_missing[trial_missing["dose"] > 9]
pvalues, skipped = {}, {}
for site, responses in high_dose.groupby("site", observed=True)["response"]:
    try:
        pvalues[site] = shapiro_pvalue(responses)
    except ValueError as exc:
        skipped[site] = str(exc)
