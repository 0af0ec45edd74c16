# /// example
# task = """
# This loop averages the `temperature` of the stations in `stations` per 30-degree latitude band \
# (band k covers latitudes [-90 + 30k, -60 + 30k), the last band also includes 90), storing a \
# dict `band_mean` from the band's lower edge (-90, -60, ..., 60) to the mean, for bands that \
# have stations:
#
# ```python
# totals, counts = {}, {}
# for _, row in stations.iterrows():
#     lower = min(int((row["lat"] + 90) // 30), 5) * 30 - 90
#     totals[lower] = totals.get(lower, 0.0) + row["temperature"]
#     counts[lower] = counts.get(lower, 0) + 1
# band_mean = {lower: totals[lower] / counts[lower] for lower in totals}
# ```
#
# Compute the same band means with vectorised pandas instead of `iterrows`, keeping the name \
# `band_mean` (a dict or a Series indexed by the lower edge)."""
# prompt = """
# I average station `temperature` per 30-degree `lat` band of my `stations` table (bands start at \
# -90, -60, ..., 60, each including its lower edge; 90 goes in the last band), keyed by the lower \
# edge, in `band_mean`. My loop uses iterrows:
#
# ```python
# totals, counts = {}, {}
# for _, row in stations.iterrows():
#     lower = min(int((row["lat"] + 90) // 30), 5) * 30 - 90
#     totals[lower] = totals.get(lower, 0.0) + row["temperature"]
#     counts[lower] = counts.get(lower, 0) + 1
# band_mean = {lower: totals[lower] / counts[lower] for lower in totals}
# ```
#
# How do I do this with a groupby (a Series keyed by the lower edge is fine)?"""
# task_type = 'performance'
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = { stations = 'stations' }
# checks = [
#     'sorted(int(k) for k in dict(band_mean)) == sorted({min(int((lat + 90) // 30), 5) * 30 - 90 for lat in stations["lat"]})',
#     'all(np.isclose(dict(band_mean)[lower], stations.loc[[min(int((lat + 90) // 30), 5) * 30 - 90 == lower for lat in stations["lat"]], "temperature"].mean()) for lower in dict(band_mean))',
# ]
# difficulty = 'basic'
# tags = ['vectorization', 'binning', 'groupby']
# edge_cases = true
# ///
import numpy as np

# floor division finds the band; clipping puts latitude 90 into the top band
band_index = np.minimum((stations["lat"] + 90) // 30, 5).astype(int)
band_mean = stations["temperature"].groupby(band_index * 30 - 90).mean()
