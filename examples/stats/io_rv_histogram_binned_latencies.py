# /// example
# task = """
# A monitoring report gives only binned request latencies. Treat the latencies as spread evenly \
# within each bin, build that distribution from the bin edges and counts below, and store its \
# median in `median_ms`, its 90th percentile in `p90_ms`, the share of requests slower than 30 ms \
# in `share_over_30` and its mean in `mean_ms`.
#
# ```text
# latency (ms)  requests
# 0-10                 5
# 10-20               20
# 20-40               10
# 40-80                5
# ```
#
# Wanted:
#
# ```text
# median_ms = 17.5, p90_ms = 48.0, share_over_30 = 0.25, mean_ms = 23.125
# ```"""
# prompt = """
# Our dashboard only exports a latency histogram, not raw times. Assuming requests are uniform \
# inside each bin, what are the median (`median_ms`), the 90th percentile (`p90_ms`), the share \
# slower than 30 ms (`share_over_30`) and the mean (`mean_ms`)?
#
# ```text
# latency (ms)  requests
# 0-10                 5
# 10-20               20
# 20-40               10
# 40-80                5
# ```
#
# I worked these out by hand and expect
#
# ```text
# median_ms = 17.5, p90_ms = 48.0, share_over_30 = 0.25, mean_ms = 23.125
# ```"""
# task_type = 'input-output'
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = {}
# checks = [
#     'np.isclose(median_ms, 17.5)',
#     'np.isclose(p90_ms, 48.0)',
#     'np.isclose(share_over_30, 0.25)',
#     'np.isclose(mean_ms, 23.125)',
# ]
# difficulty = 'advanced'
# tags = ['probability-distributions', 'quantiles', 'binning']
# ///
import numpy as np
from scipy import stats

edges = np.array([0, 10, 20, 40, 80])
requests = np.array([5, 20, 10, 5])

# density=False: `requests` holds counts per bin, not densities (the bins differ in width)
latency = stats.rv_histogram((requests, edges), density=False)
median_ms = latency.median()
p90_ms = latency.ppf(0.9)
share_over_30 = latency.sf(30)
mean_ms = latency.mean()
