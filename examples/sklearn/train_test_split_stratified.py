# /// example
# task = """
# Split the imbalanced classification data `X`, `y` into 75% training and 25% test parts with \
# `train_test_split`, stratified on `y` so both parts keep the class proportions; store \
# `X_train`, `X_test`, `y_train`, `y_test`."""
# prompt = """
# Split my imbalanced classification data `X`, `y` into 75% training and 25% test parts, \
# stratified on `y` so both parts keep the class proportions, as `X_train`, `X_test`, `y_train`, \
# `y_test`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn']
# inputs = { X = 'clf_imbalanced.X', y = 'clf_imbalanced.y' }
# checks = [
#     'len(X_train) + len(X_test) == len(X) and X_test.shape[1] == X.shape[1]',
#     'len(y_test) == math.ceil(0.25 * len(y)) and len(y_train) == len(X_train)',
#     'np.all(np.abs(np.bincount(y_test, minlength=y.max() + 1) - len(y_test) * np.bincount(y) / len(y)) <= 1)',
# ]
# difficulty = 'basic'
# tags = ['train-test-split', 'imbalanced-classes']
# [edge_cases]
# min_size = 14
# why = 'a stratified split needs two samples of every class: the rare class of an imbalanced draw has two from 14 samples'
# ///
from sklearn.model_selection import train_test_split

# stratify=y keeps the rare class at the same share in both parts
X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.25, stratify=y, random_state=0
)
