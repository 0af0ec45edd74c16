# /// example
# task = """
# Every respondent in `likert` answered the five items `q1`-`q5` on the same 1-5 scale. Test \
# whether the items are rated differently (the respondents are the blocks) with the Friedman \
# test on the answers, and store the statistic in `chi2_stat` and the p-value in `p_value`. \
# When every answer in the table is the same, store NaN in both."""
# prompt = """
# Each person in my `likert` survey rated all five statements q1 to q5 (1-5). Are some \
# statements rated systematically higher than others? Since it's the same people, treat them \
# as blocks and use Friedman's test: give `chi2_stat` and `p_value`, or NaN for both if every \
# single answer is identical."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'pandas', 'numpy']
# inputs = { likert = 'likert' }
# checks = [
#     '(np.isnan(chi2_stat) and np.isnan(p_value)) if likert[["q1", "q2", "q3", "q4", "q5"]].astype(int).nunique().max() == 1 and likert[["q1", "q2", "q3", "q4", "q5"]].astype(int).stack().nunique() == 1 else np.isclose(chi2_stat, scipy.stats.friedmanchisquare(*[likert[q].astype(int) for q in ["q1", "q2", "q3", "q4", "q5"]]).statistic)',
#     'np.isnan(p_value) or np.isclose(p_value, scipy.stats.chi2.sf(chi2_stat, 4))',
# ]
# difficulty = 'intermediate'
# tags = ['hypothesis-test', 'nonparametric', 'paired-samples', 'k-sample']
# edge_cases = { min_size = 2, why = "a within-respondent comparison needs more than one respondent" }
# ///
import numpy as np
from scipy import stats

items = ["q1", "q2", "q3", "q4", "q5"]
# the ordered category codes rank the same way as the 1-5 answers
answers = [likert[q].cat.codes.to_numpy() for q in items]
if len(np.unique(np.concatenate(answers))) == 1:
    chi2_stat = p_value = np.nan
else:
    chi2_stat, p_value = stats.friedmanchisquare(*answers)
