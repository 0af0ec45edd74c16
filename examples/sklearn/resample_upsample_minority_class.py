# /// example
# task = """
# Balance the binary data `X`, `y` by upsampling: draw rows of the minority class with \
# replacement (`sklearn.utils.resample`, `random_state=0`) until it has as many rows as the \
# majority class (with equal counts, the first label is upsampled), keep every majority row, and store the combined arrays in `X_bal`, `y_bal`."""
# prompt = """
# My classes in `X`, `y` are about 90/10. I want to oversample the rare class with replacement \
# (`random_state=0`) to the size of the big one (if the counts are equal, treat the first label as the rare one), keeping all the big-class rows unchanged, and get \
# the balanced data as `X_bal`, `y_bal`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'clf_imbalanced.X', y = 'clf_imbalanced.y' }
# checks = [
#     # both classes now as large as the original majority class
#     '(lambda labels, counts: np.array_equal(np.unique(y_bal, return_counts=True)[1], [counts.max()] * len(labels)) and set(np.unique(y_bal)) == set(labels))(*np.unique(y, return_counts=True))',
#     # every majority row is kept exactly once; every minority row drawn is an original minority row
#     '(lambda maj: sorted(map(tuple, np.asarray(X_bal)[np.asarray(y_bal) == maj])) == sorted(map(tuple, X[y == maj])))(np.unique(y)[np.argsort(np.unique(y, return_counts=True)[1], kind="stable")[-1]])',
#     '(lambda mino: {tuple(r) for r in np.asarray(X_bal)[np.asarray(y_bal) == mino]} <= {tuple(r) for r in X[y == mino]})(np.unique(y)[np.argsort(np.unique(y, return_counts=True)[1], kind="stable")[0]])',
# ]
# difficulty = 'intermediate'
# tags = ['imbalanced-classes', 'bootstrap']
# edge_cases = true
# ///
import numpy as np
from sklearn.utils import resample

labels, counts = np.unique(y, return_counts=True)
order = np.argsort(counts, kind="stable")
minority, majority = labels[order[0]], labels[order[-1]]
# replace=True draws a bootstrap sample, so the rare class can grow past its own size
X_up, y_up = resample(
    X[y == minority], y[y == minority], replace=True, n_samples=counts.max(), random_state=0
)
X_bal = np.vstack([X[y == majority], X_up])
y_bal = np.concatenate([y[y == majority], y_up])
