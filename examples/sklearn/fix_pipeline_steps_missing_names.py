# /// example
# task = """
# This code should chain standardisation and a logistic regression (default settings) in one \
# pipeline `model`, fit it on `X`, `y` and store its predicted probability of class 1 for every \
# row of `X` in `proba`, but it raises an error:
#
# ```python
# from sklearn.linear_model import LogisticRegression
# from sklearn.pipeline import Pipeline
# from sklearn.preprocessing import StandardScaler
#
# model = Pipeline([StandardScaler(), LogisticRegression()])
# model.fit(X, y)
# proba = model.predict_proba(X)[:, 1]
# ```
#
# ```text
# TypeError: cannot unpack non-iterable StandardScaler object
# ```
#
# Fix it."""
# prompt = """
# I'm trying to put a scaler and a logistic regression into a `Pipeline` called `model`, fit it \
# on `X`, `y` and get the class-1 probabilities `proba`:
#
# ```python
# from sklearn.linear_model import LogisticRegression
# from sklearn.pipeline import Pipeline
# from sklearn.preprocessing import StandardScaler
#
# model = Pipeline([StandardScaler(), LogisticRegression()])
# model.fit(X, y)
# proba = model.predict_proba(X)[:, 1]
# ```
#
# ```text
# TypeError: cannot unpack non-iterable StandardScaler object
# ```
#
# What does it want?"""
# task_type = 'fix'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'clf.X', y = 'clf.y' }
# checks = [
#     'isinstance(model, sklearn.pipeline.Pipeline) and isinstance(model[-1], sklearn.linear_model.LogisticRegression)',
#     '(lambda z: np.allclose(proba, sklearn.linear_model.LogisticRegression().fit(z, y).predict_proba(z)[:, 1]))(sklearn.preprocessing.StandardScaler().fit_transform(X))',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'pipeline', 'standardization', 'classification']
# edge_cases = true
# ///
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

# each step is a (name, estimator) pair; the names address steps' parameters later
model = Pipeline([("scale", StandardScaler()), ("logreg", LogisticRegression())])
model.fit(X, y)
proba = model.predict_proba(X)[:, 1]
