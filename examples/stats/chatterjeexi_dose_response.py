# /// example
# task = """
# In `dose_response` (`concentration`, `response`), measure how well the response is a \
# function of the concentration with Chatterjee's xi correlation (`scipy.stats.chatterjeexi`, \
# x = concentration, y = response), which detects any monotone or non-monotone dependence. \
# Store the coefficient in `xi` and its asymptotic p-value in `xi_p`, and Spearman's rho of \
# the same pair in `rho` for comparison."""
# prompt = """
# Does `response` depend on `concentration` in my `dose_response` data? The curve is sigmoid, \
# so I'd like Chatterjee's xi coefficient of response given concentration (`xi`, with its \
# p-value `xi_p`), and Spearman's rho (`rho`) alongside."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'pandas']
# inputs = { dose_response = 'dose_response' }
# checks = [
#     'np.isclose(xi, scipy.stats.chatterjeexi(dose_response["concentration"], dose_response["response"]).statistic)',
#     'np.isclose(xi_p, scipy.stats.chatterjeexi(dose_response["concentration"], dose_response["response"]).pvalue)',
#     'np.isclose(rho, scipy.stats.spearmanr(dose_response["concentration"], dose_response["response"]).statistic)',
# ]
# difficulty = 'intermediate'
# tags = ['correlation', 'ranking', 'nonparametric']
# edge_cases = { constant = false, why = "an association needs a response that varies" }
# requires = { scipy = ">=1.15" }
# ///
from scipy import stats

# xi is asymmetric: it measures how well y can be predicted from x, so the order matters
result = stats.chatterjeexi(dose_response["concentration"], dose_response["response"])
xi, xi_p = result.statistic, result.pvalue
rho = stats.spearmanr(dose_response["concentration"], dose_response["response"]).statistic
