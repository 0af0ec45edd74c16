# /// example
# task = """
# `docs` are product reviews and `labels` their sentiment (1 = positive, 0 = negative). \
# Measure whether review length goes with sentiment: count the words of each review (split on \
# whitespace) into `n_words`, and store the point-biserial correlation between `labels` and \
# `n_words` in `r_pb` and its p-value in `p_value`. When all reviews have the same length, \
# store NaN in both."""
# prompt = """
# Are positive reviews longer or shorter than negative ones? My reviews are in `docs` with 0/1 \
# sentiment `labels`. Count words per review (whitespace split) as `n_words` and give me the \
# point-biserial correlation `r_pb` with its `p_value` (NaN for both if every review has the \
# same number of words)."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = { docs = 'reviews.docs', labels = 'reviews.labels' }
# checks = [
#     'list(n_words) == [len(d.split()) for d in docs]',
#     # point-biserial r equals Pearson r with the 0/1 variable
#     '(np.isnan(r_pb) and np.isnan(p_value)) if len(set(len(d.split()) for d in docs)) < 2 else np.isclose(r_pb, np.corrcoef(labels, [len(d.split()) for d in docs])[0, 1])',
#     'np.isnan(p_value) or np.isclose(p_value, scipy.stats.pearsonr(labels, [len(d.split()) for d in docs]).pvalue)',
# ]
# difficulty = 'basic'
# tags = ['correlation', 'text-processing']
# edge_cases = true
# ///
import numpy as np
from scipy import stats

n_words = np.array([len(doc.split()) for doc in docs])
if np.ptp(n_words) == 0:
    r_pb = p_value = np.nan
else:
    # one dichotomous and one continuous variable
    r_pb, p_value = stats.pointbiserialr(labels, n_words)
