# /// example
# task = """
# Fit linear-model coefficients to features `X` and target `y` by least squares with every \
# coefficient constrained to [-20, 20], using `lsq_linear(..., bounds=(-20, 20), method="bvls")`; \
# store the result in `res` and the coefficients in `coef`."""
# prompt = """
# I have a feature matrix `X` and target `y` and want least-squares linear-model coefficients, \
# but every coefficient must lie in [-20, 20]. Use scipy's bounded linear least squares with the \
# BVLS method, store the result in `res` and the coefficients in `coef`."""
# domain = 'numerical_methods'
# libraries = ['scipy.optimize']
# inputs = { X = 'reg.X', y = 'reg.y' }
# checks = [
#     'res.success and coef.shape == (X.shape[1],)',
#     'np.all(np.abs(coef) <= 20 + 1e-9)',
#     # no feasible point does better, e.g. the clipped unconstrained solution
#     'np.sum((X @ coef - y)**2) <= np.sum((X @ np.clip(np.linalg.lstsq(X, y, rcond=None)[0], -20, 20) - y)**2) + 1e-9',
# ]
# difficulty = 'intermediate'
# tags = ['least-squares', 'constrained-optimization', 'regression']
# edge_cases = true
# ///
from scipy import optimize

# scalar bounds apply to every coefficient; bvls is an active-set method for dense X
res = optimize.lsq_linear(X, y, bounds=(-20, 20), method="bvls")
coef = res.x
