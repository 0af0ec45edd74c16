# /// example
# task = """
# Rank the integer counts `event_counts` (which contain many ties) with `scipy.stats.rankdata` \
# using method="dense" (tied values share a rank and the next distinct value gets the next \
# integer); store the ranks in `ranks`."""
# domain = 'statistics'
# libraries = ['scipy.stats']
# inputs = { event_counts = 'event_counts' }
# checks = [
#     'ranks.shape == event_counts.shape',
#     'ranks.max() == len(np.unique(event_counts))',
#     'np.array_equal(ranks, np.searchsorted(np.unique(event_counts), event_counts) + 1)',
# ]
# difficulty = 'basic'
# tags = ['ranks', 'ties', 'parameter-tuning']
# family = 'stats.rankdata'
# edge_cases = true
# ///
from scipy import stats

ranks = stats.rankdata(event_counts, method="dense")
