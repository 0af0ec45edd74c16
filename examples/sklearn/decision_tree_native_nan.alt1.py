import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.tree import DecisionTreeClassifier

rng = np.random.default_rng(0)
X_missing = np.array(X, dtype=float)  # a float copy, so NaN fits and X stays intact
# blank exactly 10% of the cells, chosen without replacement
n_blank = round(0.1 * X_missing.size)
X_missing.flat[rng.choice(X_missing.size, size=n_blank, replace=False)] = np.nan

X_train, X_test, y_train, y_test = train_test_split(
    X_missing, y, test_size=0.3, stratify=y, random_state=0
)
tree = DecisionTreeClassifier(max_depth=4, random_state=0).fit(X_train, y_train)
test_accuracy = tree.score(X_test, y_test)
