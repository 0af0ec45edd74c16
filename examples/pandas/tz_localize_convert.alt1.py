local = sensor.copy()
# work on the index directly: naive -> UTC-aware -> New York wall-clock time
local.index = local.index.tz_localize("UTC").tz_convert("America/New_York")
