# /// example
# task = """
# In the trial table `df`, test whether `response` tends to be larger in the `drug` arm than in \
# the `control` arm of `treatment` with a one-sided Brunner-Munzel test (t approximation), which \
# allows the arms to differ in spread; store the result in `result`. The test is undefined when \
# an arm has fewer than two rows or when the placements (for each response, how many responses \
# of the other arm lie below it, ties counting half) vary in neither arm: then store `None` in \
# `result`."""
# prompt = """
# In my trial table `df` I want to know whether `response` tends to be higher under `drug` than \
# under `control` (column `treatment`), without assuming equal spreads: a one-sided \
# Brunner-Munzel test with the t approximation, result in `result`. If an arm has fewer than two \
# rows, or the placements (for each response, how many responses of the other arm lie below it, \
# ties counting half) vary in neither arm, the test is undefined and `result` should be \
# `None`."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'pandas', 'numpy']
# inputs = { df = 'trial' }
# checks = [
#     # placements of each arm's responses among the other arm's: the test needs one that varies
#     '(lambda x, y: (result is None) == (min(len(x), len(y)) < 2 or (np.ptp(((x[:, None] > y) + 0.5 * (x[:, None] == y)).sum(axis=1)) == 0 and np.ptp(((y[:, None] > x) + 0.5 * (y[:, None] == x)).sum(axis=1)) == 0)))(df.loc[df["treatment"] == "drug", "response"].to_numpy(), df.loc[df["treatment"] == "control", "response"].to_numpy())',
#     # W is positive when control ranks higher; "drug larger" is its lower tail, t with Welch-type df
#     '(lambda x, y: result is None or (lambda px, py: (lambda w, df_: np.isclose(result.statistic, w) and np.isclose(result.pvalue, scipy.stats.t.cdf(w, df_)))(len(x) * len(y) * (np.mean(py + scipy.stats.rankdata(y)) - np.mean(px + scipy.stats.rankdata(x))) / ((len(x) + len(y)) * np.sqrt(len(x) * np.var(px, ddof=1) + len(y) * np.var(py, ddof=1))), (len(x) * np.var(px, ddof=1) + len(y) * np.var(py, ddof=1)) ** 2 / ((len(x) * np.var(px, ddof=1)) ** 2 / (len(x) - 1) + (len(y) * np.var(py, ddof=1)) ** 2 / (len(y) - 1))))(((x[:, None] > y) + 0.5 * (x[:, None] == y)).sum(axis=1), ((y[:, None] > x) + 0.5 * (y[:, None] == x)).sum(axis=1)))(df.loc[df["treatment"] == "drug", "response"].to_numpy(), df.loc[df["treatment"] == "control", "response"].to_numpy())',
#     'result is None or 0 <= result.pvalue <= 1',
# ]
# difficulty = 'intermediate'
# tags = ['hypothesis-test', 'nonparametric', 'two-sample', 'test-alternative', 'equal-variance', 'error-handling']
# edge_cases = true
# ///
import numpy as np
from scipy import stats

drug = df.loc[df["treatment"] == "drug", "response"].to_numpy()
control = df.loc[df["treatment"] == "control", "response"].to_numpy()


def placements(x, y):
    # for each value of x, how many values of y lie below it (ties count half)
    return (x[:, None] > y).sum(axis=1) + 0.5 * (x[:, None] == y).sum(axis=1)


if min(len(drug), len(control)) >= 2 and (
    np.ptp(placements(drug, control)) > 0 or np.ptp(placements(control, drug)) > 0
):
    # alternative="greater" means the first sample (drug) tends to be larger
    result = stats.brunnermunzel(drug, control, alternative="greater")
else:
    result = None
