# /// example
# task = """
# Split the `elevation_m` column of the weather-station table `stations` into 5 equal-width bins \
# and compute the mean `temperature` in each bin with `scipy.stats.binned_statistic`; store the \
# means in `bin_means`, the edges in `bin_edges` and each station's 1-based bin index in \
# `bin_number`."""
# prompt = """
# In my weather-station table `stations`, I'd like to bin the `elevation_m` column into 5 \
# equal-width bins spanning its range and get the mean `temperature` per bin using scipy's binned \
# statistics. Store the per-bin means in `bin_means`, the bin edges in `bin_edges`, and each \
# station's 1-based bin number in `bin_number`."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'pandas']
# inputs = { stations = 'stations' }
# checks = [
#     'len(bin_means) == 5 and len(bin_edges) == len(bin_means) + 1',
#     # equal elevations span no range: scipy then centres the bins on that elevation (+- 0.5)
#     "np.isclose(bin_edges[0], stations['elevation_m'].min()) and np.isclose(bin_edges[-1], stations['elevation_m'].max()) or (stations['elevation_m'].nunique() == 1 and np.isclose((bin_edges[0] + bin_edges[-1]) / 2, stations['elevation_m'].max(), rtol=1e-9, atol=1e-12))",
#     "all(np.isclose(bin_means[i], stations['temperature'][bin_number == i + 1].mean()) for i in range(5) if (bin_number == i + 1).any())",
# ]
# difficulty = 'intermediate'
# tags = ['binning', 'column-wise']
# edge_cases = true
# ///
from scipy import stats

# bins=5 spans the data's min to max in equal widths; the last bin also includes the maximum
bin_means, bin_edges, bin_number = stats.binned_statistic(
    stations["elevation_m"], stations["temperature"], statistic="mean", bins=5
)
