# /// example
# task = """
# In the survey table `likert`, the answers to `q1` and `q2` are ordered categories 1-5. \
# Measure their association with Kendall's tau-c (Stuart's tau-c, `variant="c"`), which suits \
# ordinal tables with many ties. Store the coefficient in `tau_c` and the p-value in `p_value`; \
# when either question has only one distinct answer, store NaN in both."""
# prompt = """
# My survey `likert` has two 1-5 Likert items, `q1` and `q2`. How strongly do they go together? \
# With so many ties I was told to use Stuart's tau-c rather than tau-b. Give me `tau_c` and \
# `p_value`, or NaN for both if everybody gave the same answer to one of the questions."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'pandas', 'numpy']
# inputs = { likert = 'likert' }
# checks = [
#     '(np.isnan(tau_c) and np.isnan(p_value)) if min(likert["q1"].nunique(), likert["q2"].nunique()) < 2 else np.isclose(tau_c, scipy.stats.kendalltau(likert["q1"].astype(int), likert["q2"].astype(int), variant="c").statistic)',
#     'np.isnan(p_value) or np.isclose(p_value, scipy.stats.kendalltau(likert["q1"].astype(int), likert["q2"].astype(int), variant="c").pvalue)',
#     'np.isnan(tau_c) or -1 <= tau_c <= 1',
# ]
# difficulty = 'intermediate'
# tags = ['correlation', 'ranking', 'categorical']
# edge_cases = true
# ///
import numpy as np
from scipy import stats

# the category codes keep the 1-5 order, which is all a rank correlation needs
q1 = likert["q1"].cat.codes.to_numpy()
q2 = likert["q2"].cat.codes.to_numpy()
if len(np.unique(q1)) < 2 or len(np.unique(q2)) < 2:
    tau_c = p_value = np.nan
else:
    tau_c, p_value = stats.kendalltau(q1, q2, variant="c")
