# /// example
# task = """
# Order the station table `stations` from the station closest to the equator to the one \
# farthest from it (by the absolute value of `lat`), with `sort_values` and a `key` function, \
# into `by_equator_distance`; stations at the same distance keep their original order, and \
# all columns and index labels are kept."""
# prompt = """
# I want `stations` listed from the most equatorial to the most polar station, i.e. by how far \
# `lat` is from 0 whichever the hemisphere, as `by_equator_distance` (all columns, index labels \
# kept, ties in their current order). Can `sort_values` do that with a `key`?"""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { stations = 'stations' }
# checks = [
#     'list(by_equator_distance.columns) == list(stations.columns) and len(by_equator_distance) == len(stations)',
#     'by_equator_distance["lat"].abs().is_monotonic_increasing',
#     'by_equator_distance["station"].tolist() == [s for _, _, s in sorted((abs(lat), k, s) for k, (lat, s) in enumerate(zip(stations["lat"], stations["station"])))]',
# ]
# difficulty = 'basic'
# tags = ['sorting']
# edge_cases = true
# ///
# key receives the lat column and returns the values to sort by; a stable sort keeps ties in order
by_equator_distance = stations.sort_values("lat", key=lambda lat: lat.abs(), kind="stable")
