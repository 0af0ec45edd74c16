# /// example
# task = """
# Rank the integer counts `event_counts` (which contain many ties) with `scipy.stats.rankdata` \
# using method="dense" (tied values share a rank and the next distinct value gets the next \
# integer); store the ranks in `ranks`."""
# prompt = """
# Rank the integer counts `event_counts` (lots of ties) with dense ranking: tied values share a \
# rank and the next distinct value gets the next integer, with no gaps. Store the result in \
# `ranks`."""
# domain = 'statistics'
# libraries = ['scipy.stats']
# inputs = { event_counts = 'event_counts' }
# checks = [
#     'ranks.shape == event_counts.shape',
#     'ranks.max() == len(np.unique(event_counts))',
#     'np.array_equal(ranks, np.searchsorted(np.unique(event_counts), event_counts) + 1)',
# ]
# difficulty = 'basic'
# tags = ['ranking', 'parameter-choice']
# family = 'stats.rankdata'
# edge_cases = true
# ///
from scipy import stats

# dense ranks leave no gaps: the largest rank equals the number of distinct values
ranks = stats.rankdata(event_counts, method="dense")
