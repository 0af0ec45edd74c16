# /// example
# task = """
# Tune an elastic net on `X`, `y` with `ElasticNetCV` over `l1_ratio` in `[0.2, 0.8]` and \
# `alphas = [0.01, 0.1, 1.0, 10.0]`, using 3 unshuffled folds (`cv=3`). Store the chosen \
# `alpha` in `best_alpha`, the chosen mixing in `best_l1_ratio` and the refitted coefficients in \
# `coef`."""
# prompt = """
# Please pick the elastic-net penalty for my `X`, `y` by 3-fold cross-validation (`cv=3`): mixing \
# `l1_ratio` of 0.2 or 0.8 and `alphas = [0.01, 0.1, 1.0, 10.0]`. I want the winning alpha in \
# `best_alpha`, the winning ratio in `best_l1_ratio` and the final coefficients in `coef`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'reg.X', y = 'reg.y' }
# checks = [
#     'best_l1_ratio in (0.2, 0.8) and best_alpha in (0.01, 0.1, 1.0, 10.0)',
#     # the chosen pair has the smallest mean squared error over the 3 folds
#     '(lambda mse: np.isclose(mse[(best_l1_ratio, best_alpha)], min(mse.values()), rtol=1e-6))({(r, a): -sklearn.model_selection.cross_val_score(sklearn.linear_model.ElasticNet(alpha=a, l1_ratio=r, max_iter=10000, tol=1e-6), X, y, cv=3, scoring="neg_mean_squared_error").mean() for r in (0.2, 0.8) for a in (0.01, 0.1, 1.0, 10.0)})',
#     'np.allclose(coef, sklearn.linear_model.ElasticNet(alpha=best_alpha, l1_ratio=best_l1_ratio, max_iter=10000, tol=1e-6).fit(X, y).coef_, rtol=1e-3, atol=1e-4 * (1 + np.abs(coef).max()))',
# ]
# difficulty = 'intermediate'
# tags = ['regularization', 'model-selection', 'cross-validation', 'linear-model']
# edge_cases = { min_size = 15, why = "three CV folds need several rows each to fit and score" }
# ///
from sklearn.linear_model import ElasticNetCV

# an explicit alpha grid is searched for each l1_ratio; cv=3 uses unshuffled KFold
search = ElasticNetCV(
    l1_ratio=[0.2, 0.8], alphas=[0.01, 0.1, 1.0, 10.0], cv=3, max_iter=10000, tol=1e-6
)
search.fit(X, y)
best_alpha = search.alpha_
best_l1_ratio = search.l1_ratio_
coef = search.coef_
