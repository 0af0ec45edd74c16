# /// example
# task = """
# Rank the standardized features of `X` by recursive feature elimination (`RFE`) with a \
# `LogisticRegression`, removing one feature per step until 3 remain; store the fitted selector \
# in `rfe` and the reduced matrix in `X_reduced`."""
# prompt = """
# Rank the standardized features of `X` (labels `y`) by recursive feature elimination with a \
# logistic regression, dropping one feature per step until 3 remain; store the fitted selector in \
# `rfe` and the reduced matrix of the 3 kept standardized features in `X_reduced`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn']
# inputs = { X = 'clf.X', y = 'clf.y' }
# checks = [
#     'rfe.support_.sum() == 3 and X_reduced.shape == (len(X), 3)',
#     'np.all(rfe.ranking_[rfe.support_] == 1)',
#     # the eliminated features get ranks 2, 3, ... in reverse order of removal
#     'sorted(rfe.ranking_) == [1, 1, 1] + list(range(2, X.shape[1] - 1))',
# ]
# difficulty = 'intermediate'
# tags = ['feature-selection', 'linear-model']
# edge_cases = true
# ///
from sklearn.feature_selection import RFE
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler

# coefficient sizes are only comparable when the features share a scale
X_scaled = StandardScaler().fit_transform(X)
rfe = RFE(LogisticRegression(), n_features_to_select=3, step=1).fit(X_scaled, y)
X_reduced = rfe.transform(X_scaled)
