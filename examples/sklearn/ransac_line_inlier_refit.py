# /// example
# task = """
# Fit a straight line to `x`, `y` robustly with `RANSACRegressor(random_state=0)` (its default \
# linear model and residual threshold). Store the boolean inlier mask in `inliers` and the final \
# slope and intercept in `slope` and `intercept`."""
# prompt = """
# Some points in my line data `x`, `y` are junk, so I'd like RANSAC (`RANSACRegressor`, \
# `random_state=0`, defaults otherwise) to find the consensus set. Give me the inlier mask as \
# `inliers` and the slope and intercept of the final line as `slope` and `intercept`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { x = 'line.x', y = 'line.y' }
# checks = [
#     'np.shape(inliers) == np.shape(x) and np.asarray(inliers).dtype == bool',
#     # the final model is an ordinary least-squares fit on the inliers only
#     '(lambda m: np.allclose([slope, intercept], np.polyfit(np.asarray(x)[m], np.asarray(y)[m], 1), rtol=1e-6, atol=1e-6 * (1 + np.abs(y).max())) if len(np.unique(np.asarray(x)[m])) > 1 else True)(np.asarray(inliers))',
#     # inliers are the points within the default threshold (the MAD of y) of the final line
#     'np.array_equal(inliers, np.abs(np.asarray(y) - (slope * np.asarray(x) + intercept)) <= np.median(np.abs(y - np.median(y))) * (1 + 1e-9) + 1e-12) or np.median(np.abs(y - np.median(y))) == 0',
# ]
# difficulty = 'intermediate'
# tags = ['regression', 'robust-statistics', 'outliers']
# edge_cases = true
# ///
from sklearn.linear_model import RANSACRegressor

ransac = RANSACRegressor(random_state=0)
ransac.fit(x.reshape(-1, 1), y)
inliers = ransac.inlier_mask_
# estimator_ is the LinearRegression refitted on the inliers of the best consensus set
slope = ransac.estimator_.coef_[0]
intercept = ransac.estimator_.intercept_
