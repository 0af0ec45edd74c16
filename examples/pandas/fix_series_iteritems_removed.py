# /// example
# task = """
# This code, copied from an old tutorial, should build the dict `temperature_by_station` \
# mapping each `station` id of `stations` to its `temperature`, but it raises an error:
#
# ```python
# temperature_by_station = {}
# for station, temperature in stations.set_index("station")["temperature"].iteritems():
#     temperature_by_station[station] = temperature
# ```
#
# ```text
# AttributeError: 'Series' object has no attribute 'iteritems'
# ```
#
# Fix it: `temperature_by_station` must map every station id to its temperature (missing \
# temperatures stay NaN)."""
# prompt = """
# I found this snippet to turn my `stations` table into a lookup dict \
# `temperature_by_station` (`station` id -> `temperature`):
#
# ```python
# temperature_by_station = {}
# for station, temperature in stations.set_index("station")["temperature"].iteritems():
#     temperature_by_station[station] = temperature
# ```
#
# but it fails with
#
# ```text
# AttributeError: 'Series' object has no attribute 'iteritems'
# ```
#
# What's the current way? Missing temperatures can stay NaN."""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { stations = 'stations' }
# checks = [
#     'isinstance(temperature_by_station, dict) and sorted(temperature_by_station) == sorted(stations["station"])',
#     'all(np.isclose(temperature_by_station[s], t, equal_nan=True) for s, t in zip(stations["station"], stations["temperature"].to_numpy(dtype=float)))',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'indexing']
# edge_cases = true
# ///
# Series.iteritems was removed in pandas 2.0; items() yields the same (label, value) pairs
temperatures = stations.set_index("station")["temperature"]
temperature_by_station = dict(temperatures.items())
