# /// example
# task = """
# The table `assay` has a dose-response experiment: `concentration` (> 0, log-spaced levels with \
# replicates) and `response`. Fit the four-parameter logistic (Hill) curve response = bottom + \
# (top - bottom) / (1 + (EC50 / concentration)^hill) with `scipy.optimize.curve_fit`, fitting \
# log10(EC50) on log10 concentration so that concentrations of any unit work, with EC50 bounded \
# to the tested range and the Hill slope to [0.1, 10]. Store the fitted `bottom`, `top`, `ec50` \
# (in concentration units) and `hill_slope` as floats."""
# prompt = """
# I ran a dose-response assay: `assay` has `concentration` (log-spaced, with replicates) and \
# `response`. Please fit a 4-parameter logistic, bottom + (top - bottom) / (1 + (EC50 / \
# concentration)^hill), using curve_fit. Work in log10 concentration and fit log10(EC50) so it \
# behaves whatever units the concentrations are in, keep EC50 inside the tested range and the \
# Hill slope between 0.1 and 10, and report `bottom`, `top`, `ec50` (in the original \
# concentration units) and `hill_slope`."""
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = { assay = 'dose_response' }
# checks = [
#     "assay['concentration'].min() * (1 - 1e-9) <= ec50 <= assay['concentration'].max() * (1 + 1e-9) and 0.1 - 1e-9 <= hill_slope <= 10 + 1e-9",
#     # the reported curve fits at least as well as an independent fit by the checker (the SSE, in any parametrisation)
#     "(lambda c, y: (lambda f: np.sum((bottom + (top - bottom) / (1 + (ec50 / c) ** hill_slope) - y) ** 2) <= (1 + 1e-4) * np.sum((f(np.log10(c), *scipy.optimize.curve_fit(f, np.log10(c), y, p0=[y.min(), y.max(), np.log10(c).mean(), 1.0], bounds=([-np.inf, -np.inf, np.log10(c).min(), 0.1], [np.inf, np.inf, np.log10(c).max(), 10.0]))[0]) - y) ** 2) + 1e-9 * np.sum(y ** 2))(lambda x, b, t, m, h: b + (t - b) / (1 + 10.0 ** ((m - x) * h))))(assay['concentration'].to_numpy(), assay['response'].to_numpy())",
#     'all(isinstance(v, float) for v in (bottom, top, ec50, hill_slope))',
# ]
# difficulty = 'intermediate'
# tags = ['curve-fitting', 'constrained-optimization', 'applied-science']
# [edge_cases]
# min_size = 5
# constant = false
# why = 'four parameters need more than four points (five levels even with one replicate), and a flat response has no half-maximal concentration'
# ///
import numpy as np
from scipy import optimize


def hill(log_conc, bottom, top, log_ec50, slope):
    return bottom + (top - bottom) / (1 + 10.0 ** ((log_ec50 - log_conc) * slope))


log_conc = np.log10(assay["concentration"].to_numpy())
response = assay["response"].to_numpy()
# start from the observed plateaus and the middle of the tested range
p0 = [response.min(), response.max(), np.median(log_conc), 1.0]
lower = [-np.inf, -np.inf, log_conc.min(), 0.1]
upper = [np.inf, np.inf, log_conc.max(), 10.0]
popt, _ = optimize.curve_fit(hill, log_conc, response, p0=p0, bounds=(lower, upper))

bottom, top, log_ec50, hill_slope = (float(p) for p in popt)
ec50 = 10.0**log_ec50
