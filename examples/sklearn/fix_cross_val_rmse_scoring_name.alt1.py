import numpy as np
from sklearn.linear_model import Ridge
from sklearn.model_selection import cross_validate

results = cross_validate(Ridge(), X, y, cv=5, scoring="neg_mean_squared_error")
rmse_per_fold = np.sqrt(-results["test_score"])
