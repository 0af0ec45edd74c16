# /// example
# task = """
# The timestamps of `sensor` are naive UTC times. Attach the UTC time zone with \
# `tz_localize("UTC")` and convert them to New York local time with \
# `tz_convert("America/New_York")`; store the re-indexed frame in `local`."""
# prompt = """
# The timestamps of `sensor` are naive UTC times. Attach the UTC time zone and convert them to \
# New York local time ("America/New_York"), and store the re-indexed frame in `local`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { sensor = 'sensor' }
# checks = [
#     'str(local.index.tz) == "America/New_York"',
#     'local.index.tz_convert("UTC").tz_localize(None).equals(sensor.index)',
#     'np.allclose(local.to_numpy(), sensor.to_numpy())',
#     '(local.index.hour != 0).all()',
# ]
# difficulty = 'intermediate'
# tags = ['datetime', 'time-series']
# edge_cases = true
# ///
# tz_localize only labels the naive times as UTC; tz_convert then shifts them to New York time
local = sensor.tz_localize("UTC").tz_convert("America/New_York")
