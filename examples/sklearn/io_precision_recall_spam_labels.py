# /// example
# task = """
# Build the true and predicted labels below as the lists `y_true` and `y_pred` and, treating \
# `spam` as the positive class, compute the precision, recall and F1 score with scikit-learn, \
# stored in `precision`, `recall` and `f1`.
#
# ```text
# y_true = ['spam', 'ham', 'spam', 'spam', 'ham', 'ham', 'spam', 'ham', 'ham', 'spam']
# y_pred = ['spam', 'ham', 'ham',  'spam', 'spam', 'ham', 'spam', 'ham', 'ham', 'ham']
# ```
#
# Wanted:
#
# ```text
# precision = 0.75, recall = 0.6, f1 = 0.667
# ```"""
# prompt = """
# My spam filter's output (`y_pred`) vs the truth (`y_true`):
#
# ```text
# y_true = ['spam', 'ham', 'spam', 'spam', 'ham', 'ham', 'spam', 'ham', 'ham', 'spam']
# y_pred = ['spam', 'ham', 'ham',  'spam', 'spam', 'ham', 'spam', 'ham', 'ham', 'ham']
# ```
#
# My labels are strings, so which class counts as positive? I want `spam` as the positive class \
# and get `precision`, `recall` and `f1` like this:
#
# ```text
# precision = 0.75, recall = 0.6, f1 = 0.667
# ```"""
# task_type = 'input-output'
# domain = 'machine_learning'
# libraries = ['scikit-learn']
# inputs = {}
# checks = [
#     'np.isclose(precision, 0.75)',
#     'np.isclose(recall, 0.6)',
#     'np.isclose(f1, 0.667, atol=5e-4)',
#     # by counting: 3 true positives, 1 false positive, 2 false negatives
#     'np.isclose(f1, 2 * 3 / (2 * 3 + 1 + 2))',
#     'list(y_pred) == ["spam", "ham", "ham", "spam", "spam", "ham", "spam", "ham", "ham", "ham"]',
# ]
# difficulty = 'basic'
# tags = ['model-evaluation', 'classification']
# ///
from sklearn.metrics import f1_score, precision_score, recall_score

y_true = ["spam", "ham", "spam", "spam", "ham", "ham", "spam", "ham", "ham", "spam"]
y_pred = ["spam", "ham", "ham", "spam", "spam", "ham", "spam", "ham", "ham", "ham"]

# string labels have no default positive class, so name it with pos_label
precision = precision_score(y_true, y_pred, pos_label="spam")
recall = recall_score(y_true, y_pred, pos_label="spam")
f1 = f1_score(y_true, y_pred, pos_label="spam")
