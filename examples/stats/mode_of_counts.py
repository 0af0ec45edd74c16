# /// example
# task = """
# Find the most frequent value of the integer count data `event_counts` with `scipy.stats.mode`; \
# store the value in `most_common` and how often it occurs in `frequency`."""
# prompt = """
# What's the most common value in my integer count data `event_counts`? Use scipy's mode and \
# store the value in `most_common` (the smallest one if there's a tie) and its number of \
# occurrences in `frequency`."""
# domain = 'statistics'
# libraries = ['scipy.stats']
# inputs = { event_counts = 'event_counts' }
# checks = [
#     'frequency == np.bincount(event_counts).max()',
#     # scipy returns the smallest value among tied modes, as argmax does
#     'most_common == np.bincount(event_counts).argmax()',
# ]
# difficulty = 'basic'
# tags = ['descriptive-statistics', 'counting']
# edge_cases = true
# ///
from scipy import stats

# among tied modes scipy returns the smallest value
result = stats.mode(event_counts)
most_common, frequency = result.mode, result.count
