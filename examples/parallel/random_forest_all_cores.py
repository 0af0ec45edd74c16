# /// example
# task = """
# Fit a `RandomForestClassifier` of 200 trees with `random_state=0` on `X`, `y`, building the \
# trees on all CPU cores; store the fitted model in `forest`."""
# prompt = """
# Train a random forest classifier with 200 trees and random_state=0 on `X`, `y`, building the \
# trees in parallel on all CPU cores, and store the fitted model in `forest`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn']
# inputs = { X = 'clf.X', y = 'clf.y' }
# checks = [
#     'len(forest.estimators_) == 200 and forest.n_features_in_ == X.shape[1]',
#     'forest.predict(X).shape == y.shape',
#     # the same forest fitted on one core
#     "np.allclose(forest.predict_proba(X), type(forest)(**{**forest.get_params(), 'n_jobs': 1}).fit(X, y).predict_proba(X))",
# ]
# difficulty = 'basic'
# tags = ['parallelism', 'ensemble', 'classification']
# edge_cases = true
# ///
from sklearn.ensemble import RandomForestClassifier

# trees are grown in parallel threads; random_state fixes every tree, so the forest is
# the same whatever the number of cores
forest = RandomForestClassifier(n_estimators=200, random_state=0, n_jobs=-1)
forest.fit(X, y)
