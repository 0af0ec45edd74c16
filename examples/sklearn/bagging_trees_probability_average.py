# /// example
# task = """
# Fit `BaggingClassifier(estimator=DecisionTreeClassifier(max_depth=3), n_estimators=10, \
# random_state=0)` to `X`, `y` and store the fitted ensemble in `bagging` and its class \
# probabilities for `X` in `proba`."""
# prompt = """
# I want to reduce the variance of a shallow decision tree (`max_depth=3`) by bagging 10 copies \
# trained on bootstrap samples of `X`, `y` (`random_state=0`). Give me the fitted ensemble as \
# `bagging` and its predicted probabilities for `X` as `proba`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'clf.X', y = 'clf.y' }
# checks = [
#     'np.shape(proba) == (len(y), len(np.unique(y))) and np.allclose(np.sum(proba, axis=1), 1)',
#     # bagging averages the probabilities of its trees, each on its own feature subset
#     'np.allclose(proba, np.mean([tree.predict_proba(X[:, feats]) for tree, feats in zip(bagging.estimators_, bagging.estimators_features_)], axis=0))',
#     'len(bagging.estimators_) == 10 and all(t.get_depth() <= 3 for t in bagging.estimators_)',
#     'np.allclose(proba, sklearn.ensemble.BaggingClassifier(estimator=sklearn.tree.DecisionTreeClassifier(max_depth=3), n_estimators=10, random_state=0).fit(X, y).predict_proba(X))',
# ]
# difficulty = 'intermediate'
# tags = ['ensemble', 'decision-tree', 'classifier-scores']
# edge_cases = true
# ///
from sklearn.ensemble import BaggingClassifier
from sklearn.tree import DecisionTreeClassifier

# each of the 10 trees is fitted on its own bootstrap sample of the rows
bagging = BaggingClassifier(
    estimator=DecisionTreeClassifier(max_depth=3), n_estimators=10, random_state=0
)
bagging.fit(X, y)
proba = bagging.predict_proba(X)
