# /// example
# task = """
# `y` has three classes. This code holds out 30% of `X`, `y` (`random_state=0`) as `X_test`, \
# `y_test`, predicts the held-out rows with a `LogisticRegression()` fitted on the rest into \
# `y_pred`, and should report the macro-averaged F1 score (the unweighted mean of the per-class \
# F1 scores) in `macro_f1`, but scoring raises an error:
#
# ```python
# from sklearn.linear_model import LogisticRegression
# from sklearn.metrics import f1_score
# from sklearn.model_selection import train_test_split
#
# X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, random_state=0)
# y_pred = LogisticRegression().fit(X_train, y_train).predict(X_test)
# macro_f1 = f1_score(y_test, y_pred)
# ```
#
# ```text
# ValueError: Target is multiclass but average='binary'. Please choose another average setting, one of [None, 'micro', 'macro', 'weighted'].
# ```
#
# Fix it."""
# prompt = """
# I have a three-class problem `X`, `y`. After a 70/30 split (`random_state=0`) into train and \
# `X_test`, `y_test`, I predict with logistic regression (`y_pred`) and want the macro F1, the \
# plain average of the three per-class F1 scores, in `macro_f1`:
#
# ```python
# from sklearn.linear_model import LogisticRegression
# from sklearn.metrics import f1_score
# from sklearn.model_selection import train_test_split
#
# X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, random_state=0)
# y_pred = LogisticRegression().fit(X_train, y_train).predict(X_test)
# macro_f1 = f1_score(y_test, y_pred)
# ```
#
# ```text
# ValueError: Target is multiclass but average='binary'. Please choose another average setting, one of [None, 'micro', 'macro', 'weighted'].
# ```"""
# task_type = 'fix'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'clf_multi.X', y = 'clf_multi.y' }
# checks = [
#     'len(y_pred) == len(y_test) == math.ceil(0.3 * len(y))',
#     # per class 2TP / (2TP + FP + FN), averaged with equal weight over the classes seen in y_test or y_pred
#     'np.isclose(macro_f1, np.mean([2 * np.sum((y_test == c) & (y_pred == c)) / (np.sum(y_test == c) + np.sum(y_pred == c)) for c in np.union1d(y_test, y_pred)]))',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'model-evaluation', 'classification']
# [edge_cases]
# min_size = 100
# why = 'the 70% training part must hold more than one class: an imbalanced three-class draw of 100 has 7 samples in each rare class'
# ///
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import train_test_split

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, random_state=0)
y_pred = LogisticRegression().fit(X_train, y_train).predict(X_test)
# the default average="binary" needs two classes; "macro" averages the per-class scores equally
macro_f1 = f1_score(y_test, y_pred, average="macro")
