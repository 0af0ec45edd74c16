# /// example
# task = """
# The table `dose_response` has replicate measurements: columns `concentration` and \
# `response`. Average the replicates at each concentration, sort by concentration, and \
# integrate the mean response over log10(concentration) with the trapezoidal rule. Store the \
# mean curve's log10 concentrations in `log_conc`, the mean responses in `mean_response` and \
# the area in `auc`."""
# prompt = """
# I summarise each compound in `dose_response` (`concentration`, `response`, several replicates \
# per concentration) by the area under its mean dose-response curve on a log10 concentration \
# axis, with trapezoids. Give me the sorted `log_conc`, the matching `mean_response` and the \
# area `auc`."""
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'pandas', 'numpy']
# inputs = { dose_response = 'dose_response' }
# checks = [
#     'np.allclose(log_conc, np.log10(np.unique(dose_response["concentration"])))',
#     'np.allclose(mean_response, [dose_response.loc[dose_response["concentration"] == c, "response"].mean() for c in np.unique(dose_response["concentration"])])',
#     'np.isclose(auc, np.sum(np.diff(log_conc) * (np.asarray(mean_response)[1:] + np.asarray(mean_response)[:-1]) / 2))',
# ]
# difficulty = 'intermediate'
# tags = ['quadrature', 'sampled-data', 'groupby', 'applied-science']
# edge_cases = true
# ///
import numpy as np
from scipy.integrate import trapezoid

# groupby sorts the concentrations, which the trapezoid rule needs
curve = dose_response.groupby("concentration")["response"].mean()
log_conc = np.log10(curve.index.to_numpy())
mean_response = curve.to_numpy()
auc = trapezoid(mean_response, x=log_conc)
