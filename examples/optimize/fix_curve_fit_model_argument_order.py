# /// example
# task = """
# This code should fit the four-parameter Hill curve response = bottom + (top - bottom) / \
# (1 + (ec50 / concentration)^slope) to the assay table `dose_response` (columns `concentration` \
# and `response`), starting from the smallest and largest response, the median concentration and \
# slope 1, and store the fitted (bottom, top, ec50, slope) in `params`:
#
# ```python
# from scipy.optimize import curve_fit
#
#
# def hill(bottom, top, ec50, slope, concentration):
#     return bottom + (top - bottom) / (1 + (ec50 / concentration) ** slope)
#
#
# conc, resp = dose_response["concentration"], dose_response["response"]
# params, cov = curve_fit(hill, conc, resp, p0=[resp.min(), resp.max(), conc.median(), 1.0])
# ```
#
# It runs, with "invalid value encountered in scalar power" warnings, and the fitted values make no \
# sense. Fix it."""
# prompt = """
# I'm fitting a 4-parameter logistic (Hill) curve to my assay data `dose_response` (columns \
# `concentration`, `response`), starting from the response range, the median concentration and \
# slope 1, and want (bottom, top, ec50, slope) in `params`:
#
# ```python
# from scipy.optimize import curve_fit
#
#
# def hill(bottom, top, ec50, slope, concentration):
#     return bottom + (top - bottom) / (1 + (ec50 / concentration) ** slope)
#
#
# conc, resp = dose_response["concentration"], dose_response["response"]
# params, cov = curve_fit(hill, conc, resp, p0=[resp.min(), resp.max(), conc.median(), 1.0])
# ```
#
# I get RuntimeWarnings and parameters that don't describe the curve at all. What am I doing \
# wrong?"""
# task_type = 'fix'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'pandas']
# inputs = { dose_response = 'dose_response' }
# checks = [
#     'np.shape(params) == (4,)',
#     # as good a least-squares fit as curve_fit's from that start: on a flat optimum another
#     # optimiser (bounds, another method) stops at slightly different parameters
#     '(lambda rss: rss(params) <= rss(scipy.optimize.curve_fit(lambda c, b, t, e, s: b + (t - b) / (1 + (e / c) ** s), dose_response["concentration"], dose_response["response"], p0=[dose_response["response"].min(), dose_response["response"].max(), dose_response["concentration"].median(), 1.0])[0]) * (1 + 1e-3) + 1e-12)(lambda p: float(np.sum((p[0] + (p[1] - p[0]) / (1 + (p[2] / dose_response["concentration"]) ** p[3]) - dose_response["response"]) ** 2)))',
#     # the fitted curve is closer to the data than a flat line at the mean response
#     'np.sum((params[0] + (params[1] - params[0]) / (1 + (params[2] / dose_response["concentration"]) ** params[3]) - dose_response["response"]) ** 2) < np.sum((dose_response["response"] - dose_response["response"].mean()) ** 2)',
# ]
# difficulty = 'advanced'
# tags = ['debugging', 'curve-fitting', 'applied-science']
# edge_cases = { min_size = 5, why = "four parameters need more than four concentration levels" }
# ///
from scipy.optimize import curve_fit


# curve_fit calls model(x, *params): the independent variable must be the first argument
def hill(concentration, bottom, top, ec50, slope):
    return bottom + (top - bottom) / (1 + (ec50 / concentration) ** slope)


conc, resp = dose_response["concentration"], dose_response["response"]
# start from the observed plateaus and the median concentration
params, cov = curve_fit(hill, conc, resp, p0=[resp.min(), resp.max(), conc.median(), 1.0])
