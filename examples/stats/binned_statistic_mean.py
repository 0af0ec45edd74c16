# /// example
# task = """
# Split the `dose` column of the trial DataFrame `trial` into 5 equal-width bins and compute the \
# mean `response` in each bin with `scipy.stats.binned_statistic`; store the means in \
# `bin_means`, the edges in `bin_edges` and each row's 1-based bin index in `bin_number`."""
# prompt = """
# In my DataFrame `trial`, I'd like to bin the `dose` column into 5 equal-width bins spanning its \
# range and get the mean `response` per bin using scipy's binned statistics. Store the per-bin \
# means in `bin_means`, the bin edges in `bin_edges`, and each row's 1-based bin number in \
# `bin_number`."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'pandas']
# inputs = { trial = 'trial' }
# checks = [
#     'len(bin_means) == 5 and len(bin_edges) == len(bin_means) + 1',
#     # equal doses span no range: scipy then centres the bins on that dose (dose +- 0.5)
#     "np.isclose(bin_edges[0], trial['dose'].min()) and np.isclose(bin_edges[-1], trial['dose'].max()) or (trial['dose'].nunique() == 1 and np.isclose((bin_edges[0] + bin_edges[-1]) / 2, trial['dose'].max(), rtol=1e-9, atol=1e-12))",
#     "all(np.isclose(bin_means[i], trial['response'][bin_number == i + 1].mean()) for i in range(5) if (bin_number == i + 1).any())",
# ]
# difficulty = 'intermediate'
# tags = ['binning', 'column-wise']
# edge_cases = true
# ///
from scipy import stats

bin_means, bin_edges, bin_number = stats.binned_statistic(
    trial["dose"], trial["response"], statistic="mean", bins=5
)
