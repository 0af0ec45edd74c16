# /// example
# task = """
# Fit a `DecisionTreeClassifier` with `max_depth=2` (`random_state=0`) on a stratified 70% split \
# of `X`, `y`; store the tree in `tree`, its rules as text from `export_text` (features named x0, \
# x1, ...) in `rules`, and the training and test accuracy in `train_accuracy` and \
# `test_accuracy`. Keep the split parts as `X_train`, `X_test`, `y_train`, `y_test`."""
# prompt = """
# Fit a decision tree classifier limited to max_depth=2 (random_state=0) on a stratified 70/30 \
# split of `X`, `y` (`X_train`, `X_test`, `y_train`, `y_test`). Store the tree in `tree`, its \
# rules as plain text with the features named x0, x1, ... in `rules`, and the training and test \
# accuracy in `train_accuracy` and `test_accuracy`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn']
# inputs = { X = 'clf.X', y = 'clf.y' }
# checks = [
#     'tree.get_depth() <= 2 and tree.get_n_leaves() <= 2 ** 2',
#     # the rules name every feature the tree splits on in the x0, x1, ... style; a stratified
#     # training part holds both classes, so the tree splits at least once
#     "(lambda used: rules.count('class:') == tree.get_n_leaves() and len(used) > 0 and all(f'x{feature}' in rules for feature in used))(tree.tree_.feature[tree.tree_.feature >= 0])",
#     # any split that is made must improve on the majority guess for the training data
#     'train_accuracy >= np.bincount(y_train).max() / len(y_train)',
#     '0 <= test_accuracy <= 1 and np.isclose(test_accuracy, np.mean(tree.predict(X_test) == y_test))',
#     # a stratified 70/30 split: each class keeps its share of `y` in the test part, to within one sample
#     'len(X_train) + len(X_test) == len(X) and len(y_test) == len(X_test) and abs(len(y_train) - 0.7 * len(y)) <= 1',
#     'all(abs(np.sum(y_test == c) - np.mean(y == c) * len(y_test)) <= 1 for c in np.unique(y))',
#     'tree.max_depth == 2',
# ]
# difficulty = 'basic'
# tags = ['decision-tree', 'parameter-choice', 'model-inspection']
# family = 'sklearn.decision_tree_depth'
# [edge_cases]
# min_size = 14
# why = 'a stratified split needs two samples of every class: the rare class of an imbalanced draw has two from 14 samples'
# ///
from sklearn.model_selection import train_test_split
from sklearn.tree import DecisionTreeClassifier, export_text

# stratify=y keeps each class's share of y in both parts
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, stratify=y, random_state=0)
# max_depth=2 allows at most 4 leaves: a coarse tree whose rules stay short and readable
tree = DecisionTreeClassifier(max_depth=2, random_state=0).fit(X_train, y_train)
train_accuracy = tree.score(X_train, y_train)
test_accuracy = tree.score(X_test, y_test)
rules = export_text(tree, feature_names=[f"x{i}" for i in range(X.shape[1])])
