import math

import scipy.stats

x = stations["elevation_m"]
y = stations["temperature"]
fit = scipy.stats.linregress(x, y) if x.nunique() > 1 else None
lapse_rate_per_km = math.nan if fit is None else -1000.0 * fit.slope
