# /// example
# task = """
# Fit a gamma distribution (location fixed at 0) to the daily `rainfall` column of the DataFrame \
# `weather`. Dry days (0 mm) lie outside the gamma support and make the fit raise a ValueError: \
# catch it, keep its message in `fit_error` (None if the fit succeeded), and refit on wet days \
# only. Store the data finally fitted in `rainfall`, the parameters in `shape` and `scale`, and \
# the 95th percentile of the fit in `heavy_rain_threshold`."""
# prompt = """
# I'm fitting a gamma distribution with location fixed at 0 to the daily `rainfall` column of my \
# DataFrame `weather`. Dry days (0 mm) are outside the gamma support and the fit raises a \
# ValueError: catch it, keep the message in `fit_error` (None if the fit worked), and refit on \
# wet days only. Store the data finally fitted in `rainfall`, the parameters in `shape` and \
# `scale`, and the fitted 95th percentile in `heavy_rain_threshold`."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'pandas']
# inputs = { weather = 'weather' }
# checks = [
#     "(fit_error is not None) == bool((weather['rainfall'] <= 0).any())",
#     'np.all(rainfall > 0)',
#     # with loc fixed, the gamma MLE reproduces the sample mean exactly
#     'np.isclose(shape * scale, rainfall.mean())',
#     'np.isclose(scipy.stats.gamma.cdf(heavy_rain_threshold, shape, scale=scale), 0.95)',
#     # the wet days (> 0 mm) are kept, every one of them
#     "np.array_equal(np.sort(rainfall), np.sort(weather['rainfall'].to_numpy()[weather['rainfall'].to_numpy() > 0]))",
# ]
# difficulty = 'intermediate'
# tags = ['probability-distributions', 'distribution-fitting', 'error-handling']
# [edge_cases]
# raises = 'ValueError'
# why = "the gamma likelihood has no maximum without two distinct wet-day amounts (a constant series, a single wet day or none): scipy's fit raises ValueError"
# ///
from scipy import stats

rainfall = weather["rainfall"].to_numpy()
fit_error = None
try:
    shape, _, scale = stats.gamma.fit(rainfall, floc=0)
except ValueError as exc:  # scipy raises FitDataError, a ValueError subclass
    fit_error = str(exc)
    rainfall = rainfall[rainfall > 0]
    shape, _, scale = stats.gamma.fit(rainfall, floc=0)
heavy_rain_threshold = stats.gamma.ppf(0.95, shape, scale=scale)
