# /// example
# task = """
# This code should fit a `LogisticRegression()` on `X`, `y` into `model`, save it to the file \
# `model.pkl` with pickle and load it back into `restored`, but saving raises an error:
#
# ```python
# import pickle
#
# from sklearn.linear_model import LogisticRegression
#
# model = LogisticRegression().fit(X, y)
# with open("model.pkl", "w") as f:
#     pickle.dump(model, f)
# with open("model.pkl") as f:
#     restored = pickle.load(f)
# ```
#
# ```text
# TypeError: write() argument must be str, not bytes
# ```
#
# Fix it."""
# prompt = """
# I want to save my fitted logistic regression `model` (trained on `X`, `y`) to `model.pkl` and \
# read it back as `restored` later:
#
# ```python
# import pickle
#
# from sklearn.linear_model import LogisticRegression
#
# model = LogisticRegression().fit(X, y)
# with open("model.pkl", "w") as f:
#     pickle.dump(model, f)
# with open("model.pkl") as f:
#     restored = pickle.load(f)
# ```
#
# ```text
# TypeError: write() argument must be str, not bytes
# ```
#
# Why does pickle complain about bytes?"""
# task_type = 'fix'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'clf.X', y = 'clf.y' }
# checks = [
#     'isinstance(restored, sklearn.linear_model.LogisticRegression) and restored is not model',
#     'np.allclose(restored.predict_proba(X), sklearn.linear_model.LogisticRegression().fit(X, y).predict_proba(X))',
#     'np.array_equal(restored.coef_, model.coef_)',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'file-io', 'classification']
# edge_cases = true
# ///
import pickle

from sklearn.linear_model import LogisticRegression

model = LogisticRegression().fit(X, y)
# pickle writes and reads bytes: open the file in binary mode ("wb" / "rb")
with open("model.pkl", "wb") as f:
    pickle.dump(model, f)
with open("model.pkl", "rb") as f:
    restored = pickle.load(f)
