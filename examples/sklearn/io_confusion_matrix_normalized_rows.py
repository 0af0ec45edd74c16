# /// example
# task = """
# Build the animal labels below as the lists `actual` and `predicted` and compute the confusion \
# matrix with scikit-learn, rows and columns in the order `cat`, `dog`, `bird`: the raw counts in \
# `counts` and the matrix normalised so that each true-class row sums to 1 in `row_share`. Rounded \
# to 3 decimals the shares print as shown.
#
# ```text
# actual    = ['cat', 'dog', 'bird', 'cat', 'dog', 'cat', 'bird', 'dog', 'cat', 'bird']
# predicted = ['cat', 'cat', 'bird', 'cat', 'dog', 'dog', 'dog',  'dog', 'cat', 'bird']
# ```
#
# Wanted (rows: actual, columns: predicted, order cat, dog, bird):
#
# ```text
# counts =
# [[3 1 0]
#  [1 2 0]
#  [0 1 2]]
# row_share =
# [[0.75  0.25  0.   ]
#  [0.333 0.667 0.   ]
#  [0.    0.333 0.667]]
# ```"""
# prompt = """
# For my animal classifier I have `actual` and `predicted` labels:
#
# ```text
# actual    = ['cat', 'dog', 'bird', 'cat', 'dog', 'cat', 'bird', 'dog', 'cat', 'bird']
# predicted = ['cat', 'cat', 'bird', 'cat', 'dog', 'dog', 'dog',  'dog', 'cat', 'bird']
# ```
#
# I want the confusion matrix as `counts` and as per-true-class shares `row_share`, with the classes \
# in the order `cat`, `dog`, `bird` (not alphabetical!):
#
# ```text
# counts =
# [[3 1 0]
#  [1 2 0]
#  [0 1 2]]
# row_share =
# [[0.75  0.25  0.   ]
#  [0.333 0.667 0.   ]
#  [0.    0.333 0.667]]
# ```"""
# task_type = 'input-output'
# domain = 'machine_learning'
# libraries = ['scikit-learn']
# inputs = {}
# checks = [
#     'np.array_equal(counts, [[3, 1, 0], [1, 2, 0], [0, 1, 2]])',
#     'np.allclose(row_share, [[0.75, 0.25, 0], [0.333, 0.667, 0], [0, 0.333, 0.667]], atol=5e-4)',
#     'np.allclose(np.sum(row_share, axis=1), 1.0)',
#     'list(actual) == ["cat", "dog", "bird", "cat", "dog", "cat", "bird", "dog", "cat", "bird"]',
# ]
# difficulty = 'intermediate'
# tags = ['model-evaluation', 'classification']
# ///
from sklearn.metrics import confusion_matrix

actual = ["cat", "dog", "bird", "cat", "dog", "cat", "bird", "dog", "cat", "bird"]
predicted = ["cat", "cat", "bird", "cat", "dog", "dog", "dog", "dog", "cat", "bird"]
order = ["cat", "dog", "bird"]

# labels= fixes the row/column order; normalize="true" divides each row by its true-class count
counts = confusion_matrix(actual, predicted, labels=order)
row_share = confusion_matrix(actual, predicted, labels=order, normalize="true")
