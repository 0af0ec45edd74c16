# /// example
# task = """
# A fraud model's predictions on ten transactions are below (1 = fraud). Build the labels as the \
# lists `y_true` and `y_pred` and score them with plain accuracy in `accuracy`, balanced \
# accuracy (the mean of the per-class recalls) in `balanced`, and the Matthews correlation \
# coefficient in `mcc`.
#
# ```text
# y_true  0 0 0 0 0 0 0 0 1 1
# y_pred  0 0 0 0 0 0 0 1 1 0
# ```
#
# Wanted:
#
# ```text
# accuracy = 0.8, balanced = 0.6875, mcc = 0.375
# ```"""
# prompt = """
# My fraud detector gets 80% accuracy, but only 2 of 10 transactions are fraud, so that number \
# flatters it. Can you compute `accuracy`, the balanced accuracy `balanced` and the Matthews \
# correlation coefficient `mcc` for these labels (`y_true`, `y_pred`)?
#
# ```text
# y_true  0 0 0 0 0 0 0 0 1 1
# y_pred  0 0 0 0 0 0 0 1 1 0
# ```
#
# I expect
#
# ```text
# accuracy = 0.8, balanced = 0.6875, mcc = 0.375
# ```"""
# task_type = 'input-output'
# domain = 'machine_learning'
# libraries = ['scikit-learn']
# inputs = {}
# checks = [
#     'np.isclose(accuracy, 0.8)',
#     'np.isclose(balanced, 0.6875)',
#     'np.isclose(mcc, 0.375)',
# ]
# difficulty = 'basic'
# tags = ['model-evaluation', 'imbalanced-classes', 'classification']
# ///
from sklearn.metrics import accuracy_score, balanced_accuracy_score, matthews_corrcoef

y_true = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1]
y_pred = [0, 0, 0, 0, 0, 0, 0, 1, 1, 0]

accuracy = accuracy_score(y_true, y_pred)
# both alternatives weigh the rare fraud class as much as the common one
balanced = balanced_accuracy_score(y_true, y_pred)
mcc = matthews_corrcoef(y_true, y_pred)
