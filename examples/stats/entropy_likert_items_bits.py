# /// example
# task = """
# For each item `q1`, `q2`, `q3`, `q4`, `q5` of the survey table `likert`, measure how spread \
# out the answers are with the Shannon entropy, in bits, of the relative frequencies of the \
# answers 1-5 (categories nobody chose contribute nothing). Store the five entropies in a Series \
# `item_entropy` indexed by the item names, and the item with the most uniform answers (highest \
# entropy) in `most_varied`."""
# prompt = """
# Which of my survey questions q1, q2, q3, q4, q5 (`likert`) got the most varied answers? For \
# each item compute the Shannon entropy in bits of its answer distribution (1 to 5), as a Series \
# `item_entropy` indexed by item, and name the item with the highest entropy in `most_varied`."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'pandas', 'numpy']
# inputs = { likert = 'likert' }
# checks = [
#     'list(item_entropy.index) == ["q1", "q2", "q3", "q4", "q5"]',
#     'np.allclose(item_entropy.to_numpy(), [-sum(p * np.log2(p) for p in likert[q].value_counts(normalize=True) if p > 0) for q in ["q1", "q2", "q3", "q4", "q5"]], atol=1e-12)',
#     'np.isclose(item_entropy[most_varied], item_entropy.max())',
# ]
# difficulty = 'basic'
# tags = ['descriptive-statistics', 'counting', 'column-wise', 'categorical']
# edge_cases = true
# ///
import pandas as pd
from scipy import stats

items = ["q1", "q2", "q3", "q4", "q5"]
# entropy normalises the counts itself; base=2 gives bits
item_entropy = pd.Series({q: stats.entropy(likert[q].value_counts(), base=2) for q in items})
most_varied = item_entropy.idxmax()
