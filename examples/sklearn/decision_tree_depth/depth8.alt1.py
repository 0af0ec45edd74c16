import numpy as np
from sklearn.model_selection import StratifiedShuffleSplit
from sklearn.tree import DecisionTreeClassifier, export_text

# one stratified 70/30 split, done with the splitter directly
splitter = StratifiedShuffleSplit(n_splits=1, test_size=0.3, random_state=0)
train_idx, test_idx = next(splitter.split(X, y))
X_train, X_test, y_train, y_test = X[train_idx], X[test_idx], y[train_idx], y[test_idx]

tree = DecisionTreeClassifier(max_depth=8, random_state=0).fit(X_train, y_train)
rules = export_text(tree, feature_names=[f"x{j}" for j in range(X.shape[1])])
train_accuracy = float(np.mean(tree.predict(X_train) == y_train))
test_accuracy = float(np.mean(tree.predict(X_test) == y_test))
