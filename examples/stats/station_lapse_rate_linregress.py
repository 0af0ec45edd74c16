# /// example
# task = """
# The table `stations` has each station's `elevation_m` (metres) and `temperature` (deg C). Fit \
# the straight line temperature = intercept + slope x elevation with `scipy.stats.linregress`, \
# kept in `fit`, and store the lapse rate, the temperature drop per kilometre of height (minus \
# the slope, in deg C per km), in `lapse_rate_per_km`. When the stations span fewer than two \
# distinct elevations no line can be fitted: set `fit` to None and `lapse_rate_per_km` to NaN."""
# prompt = """
# How fast does temperature fall with height across my stations? `stations` has `elevation_m` \
# in metres and `temperature` in deg C. Fit a linear regression of temperature on elevation with \
# scipy's linregress, keep the result in `fit`, and give me the lapse rate in deg C per km as a \
# positive number when it gets colder with height (`lapse_rate_per_km`, i.e. minus the slope per \
# km). If all stations sit at the same elevation, there's nothing to fit: use None for `fit` and \
# NaN for `lapse_rate_per_km`."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = { stations = 'stations' }
# checks = [
#     # least-squares slope from NumPy, in deg C per metre, turned into a drop per km
#     "(lambda x, y: np.isnan(lapse_rate_per_km) and fit is None if np.unique(x).size < 2 else np.isclose(lapse_rate_per_km, -1000 * np.polyfit(x, y, 1)[0], rtol=1e-6, atol=1e-9))(stations['elevation_m'].to_numpy(), stations['temperature'].to_numpy())",
#     "fit is None or (np.isclose(fit.slope, -lapse_rate_per_km / 1000, rtol=1e-6, atol=1e-12) and np.isclose(fit.intercept, np.mean(stations['temperature']) - fit.slope * np.mean(stations['elevation_m']), rtol=1e-6, atol=1e-6))",
# ]
# difficulty = 'basic'
# tags = ['regression', 'applied-science']
# edge_cases = true
# ///
import numpy as np
from scipy import stats

elevation = stations["elevation_m"].to_numpy()
temperature = stations["temperature"].to_numpy()
if np.unique(elevation).size < 2:
    fit = None
    lapse_rate_per_km = np.nan
else:
    fit = stats.linregress(elevation, temperature)
    # the slope is in deg C per metre and negative when it cools with height
    lapse_rate_per_km = -fit.slope * 1000
