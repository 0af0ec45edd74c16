# /// example
# task = """
# Rank the integer counts `event_counts` (which contain many ties) with `scipy.stats.rankdata` \
# using method="average" (tied values share the mean of the ranks they span); store the ranks in \
# `ranks`."""
# prompt = """
# My integer counts `event_counts` have lots of ties. Rank them so that tied values share the \
# average of the ranks they span, and store the ranks in `ranks`."""
# domain = 'statistics'
# libraries = ['scipy.stats']
# inputs = { event_counts = 'event_counts' }
# checks = [
#     'ranks.shape == event_counts.shape',
#     'np.isclose(ranks.sum(), len(event_counts) * (len(event_counts) + 1) / 2)',
#     'all(np.ptp(ranks[event_counts == v]) == 0 for v in np.unique(event_counts))',
# ]
# difficulty = 'basic'
# tags = ['ranking', 'parameter-choice']
# family = 'stats.rankdata'
# edge_cases = true
# ///
from scipy import stats

# average ranks keep the rank sum at n (n + 1) / 2, as rank-based tests assume
ranks = stats.rankdata(event_counts, method="average")
