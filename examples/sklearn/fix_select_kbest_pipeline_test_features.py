# /// example
# task = """
# This code splits `X`, `y` into `X_train`, `X_test`, `y_train`, `y_test` (25% test, \
# `random_state=0`), keeps the 3 features with the highest ANOVA F-scores on the training part and \
# fits a Gaussian naive Bayes model on them; it should then predict the test part in `y_pred`, but \
# it raises an error:
#
# ```python
# from sklearn.feature_selection import SelectKBest, f_classif
# from sklearn.model_selection import train_test_split
# from sklearn.naive_bayes import GaussianNB
#
# X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=0)
# selector = SelectKBest(f_classif, k=3).fit(X_train, y_train)
# model = GaussianNB().fit(selector.transform(X_train), y_train)
# y_pred = model.predict(X_test)
# ```
#
# ```text
# ValueError: X has 6 features, but GaussianNB is expecting 3 features as input.
# ```
#
# Fix it."""
# prompt = """
# I split `X`, `y` into `X_train`, `X_test`, `y_train`, `y_test` (25% test, `random_state=0`), pick \
# the 3 best features by ANOVA F-score on the training data and train a Gaussian naive Bayes \
# classifier on them. Predicting the test set into `y_pred` fails:
#
# ```python
# from sklearn.feature_selection import SelectKBest, f_classif
# from sklearn.model_selection import train_test_split
# from sklearn.naive_bayes import GaussianNB
#
# X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=0)
# selector = SelectKBest(f_classif, k=3).fit(X_train, y_train)
# model = GaussianNB().fit(selector.transform(X_train), y_train)
# y_pred = model.predict(X_test)
# ```
#
# ```text
# ValueError: X has 6 features, but GaussianNB is expecting 3 features as input.
# ```
#
# What am I missing?"""
# task_type = 'fix'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'clf.X', y = 'clf.y' }
# checks = [
#     'len(X_test) == math.ceil(0.25 * len(X)) and len(y_pred) == len(X_test)',
#     # the 3 training features with the highest F-scores, in their original order
#     'np.array_equal(y_pred, sklearn.naive_bayes.GaussianNB().fit(X_train[:, np.sort(np.argsort(sklearn.feature_selection.f_classif(X_train, y_train)[0], kind="mergesort")[-3:])], y_train).predict(X_test[:, np.sort(np.argsort(sklearn.feature_selection.f_classif(X_train, y_train)[0], kind="mergesort")[-3:])]))',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'feature-selection', 'pipeline', 'classification']
# edge_cases = true
# ///
from sklearn.feature_selection import SelectKBest, f_classif
from sklearn.model_selection import train_test_split
from sklearn.naive_bayes import GaussianNB
from sklearn.pipeline import make_pipeline

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=0)
# the test rows still had all 6 features; a pipeline applies the same selection before predicting
model = make_pipeline(SelectKBest(f_classif, k=3), GaussianNB()).fit(X_train, y_train)
y_pred = model.predict(X_test)
