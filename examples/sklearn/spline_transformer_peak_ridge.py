# /// example
# task = """
# Fit a smooth curve to the noisy peak `x`, `y`: expand `x` into cubic B-spline \
# features with `SplineTransformer(n_knots=8, degree=3)` followed by `Ridge(alpha=1e-3)` in one \
# pipeline. Store the fitted pipeline in `model`, the spline feature matrix of `x` (10 columns: n_knots + degree - 1) in `basis` \
# and the fitted values at `x` in `smooth`."""
# prompt = """
# I have a noisy peak (`x`, `y`) and want a flexible but smooth fit without guessing a \
# formula. Please build a pipeline of cubic spline features (`n_knots=8`, `degree=3`) and a ridge \
# regression with `alpha=1e-3`, fit it, and give me the pipeline as `model`, the spline feature \
# matrix of x (10 columns) as `basis` and the fitted curve at x as `smooth`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { x = 'peak.x', y = 'peak.y' }
# checks = [
#     # n_knots + degree - 1 basis functions
#     'np.shape(basis) == (len(x), 10)',
#     # B-splines form a partition of unity inside the data range
#     'np.allclose(np.asarray(basis).sum(axis=1), 1.0)',
#     'np.allclose(smooth, sklearn.pipeline.make_pipeline(sklearn.preprocessing.SplineTransformer(n_knots=8, degree=3), sklearn.linear_model.Ridge(alpha=1e-3)).fit(np.reshape(x, (-1, 1)), y).predict(np.reshape(x, (-1, 1))))',
#     'np.allclose(model.predict(np.reshape(x, (-1, 1))), smooth)',
# ]
# difficulty = 'intermediate'
# tags = ['feature-engineering', 'regression', 'pipeline', 'curve-fitting']
# edge_cases = true
# ///
from sklearn.linear_model import Ridge
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import SplineTransformer

X = x.reshape(-1, 1)
# a small alpha keeps the fit flexible while guarding against ill-conditioned knots
model = make_pipeline(SplineTransformer(n_knots=8, degree=3), Ridge(alpha=1e-3))
model.fit(X, y)
basis = model[0].transform(X)
smooth = model.predict(X)
