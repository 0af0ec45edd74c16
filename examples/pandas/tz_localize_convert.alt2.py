new_york_time = sensor.index.tz_localize("UTC").tz_convert("America/New_York")
local = sensor.set_axis(new_york_time, axis="index")
