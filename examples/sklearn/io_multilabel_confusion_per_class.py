# /// example
# task = """
# For the three-class labels `y_true` and predictions `y_pred` below, compute one one-vs-rest 2 x 2 confusion matrix per class (`[[TN, FP], [FN, TP]]`), stacked in `per_class` (shape (3, 2, 2)).
#
# ```text
# y_true = [0, 1, 2, 2, 1]
# y_pred = [0, 2, 2, 2, 1]
# ```
#
# Wanted:
#
# ```text
# per_class = [[[4, 0], [0, 1]],    # class 0: [[TN, FP], [FN, TP]]
#              [[3, 0], [1, 1]],    # class 1
#              [[2, 1], [0, 2]]]    # class 2
# ```"""
# prompt = """
# I want true/false positives and negatives for each of my three classes separately. Labels `y_true` and predictions `y_pred`:
#
# ```text
# y_true = [0, 1, 2, 2, 1]
# y_pred = [0, 2, 2, 2, 1]
# ```
#
# Expected `per_class`, one `[[TN, FP], [FN, TP]]` block per class:
#
# ```text
# per_class = [[[4, 0], [0, 1]],    # class 0: [[TN, FP], [FN, TP]]
#              [[3, 0], [1, 1]],    # class 1
#              [[2, 1], [0, 2]]]    # class 2
# ```"""
# task_type = 'input-output'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = {}
# checks = [
#     'np.array_equal(per_class, [[[4, 0], [0, 1]], [[3, 0], [1, 1]], [[2, 1], [0, 2]]])',
#     'np.shape(per_class) == (3, 2, 2)',
# ]
# difficulty = 'basic'
# tags = ['model-evaluation', 'classification']
# ///
from sklearn.metrics import multilabel_confusion_matrix

y_true = [0, 1, 2, 2, 1]
y_pred = [0, 2, 2, 2, 1]
# for multiclass input each class is treated as "this class vs the rest"
per_class = multilabel_confusion_matrix(y_true, y_pred)
