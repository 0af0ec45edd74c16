# /// example
# task = """
# Find the 5 weather stations of `stations` with the highest `temperature` (`top5`, via \
# `nlargest`) and the 5 with the lowest `elevation_m` (`bottom5`, via `nsmallest`)."""
# prompt = """
# Find the 5 stations in `stations` with the highest `temperature` (`top5`, warmest first) and \
# the 5 with the lowest `elevation_m` (`bottom5`, lowest first)."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { stations = 'stations' }
# checks = [
#     'len(top5) == min(5, len(stations)) and len(bottom5) == min(5, len(stations))',
#     'top5["temperature"].is_monotonic_decreasing and bottom5["elevation_m"].is_monotonic_increasing',
#     '(stations["temperature"].drop(top5.index).dropna() <= top5["temperature"].min()).all()',
#     '(stations["elevation_m"].drop(bottom5.index).dropna() >= bottom5["elevation_m"].max()).all()',
# ]
# difficulty = 'basic'
# tags = ['sorting']
# edge_cases = true
# ///
# nlargest skips NaN and keeps the first rows on ties (keep="first"), so it returns at most 5
top5 = stations.nlargest(5, "temperature")
bottom5 = stations.nsmallest(5, "elevation_m")
