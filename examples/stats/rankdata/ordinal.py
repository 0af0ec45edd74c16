# /// example
# task = """
# Rank the integer counts `event_counts` (which contain many ties) with `scipy.stats.rankdata` \
# using method="ordinal" (every value gets a distinct rank, ties broken by order of appearance); \
# store the ranks in `ranks`."""
# domain = 'statistics'
# libraries = ['scipy.stats']
# inputs = { event_counts = 'event_counts' }
# checks = [
#     'ranks.shape == event_counts.shape',
#     'np.array_equal(np.sort(ranks), np.arange(1, len(event_counts) + 1))',
#     'np.all(np.diff(event_counts[np.argsort(ranks)]) >= 0)',
# ]
# difficulty = 'basic'
# tags = ['ranks', 'ties', 'parameter-tuning']
# family = 'stats.rankdata'
# edge_cases = true
# ///
from scipy import stats

ranks = stats.rankdata(event_counts, method="ordinal")
