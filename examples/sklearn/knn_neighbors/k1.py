# /// example
# task = """
# Fit a standardize-then-`KNeighborsClassifier` pipeline with `n_neighbors=1` on a stratified 70% \
# split of `X`, `y`; store the pipeline in `knn` and its accuracy on the training and test parts \
# in `train_accuracy` and `test_accuracy`. Keep the split parts as `X_train`, `X_test`, \
# `y_train`, `y_test`."""
# prompt = """
# Fit a standardize-then-k-nearest-neighbours classifier pipeline with a single neighbour \
# (n_neighbors=1) on a stratified 70/30 split of `X`, `y` (`X_train`, `X_test`, `y_train`, \
# `y_test`). Store the pipeline in `knn` and its training and test accuracy in `train_accuracy` \
# and `test_accuracy`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn']
# inputs = { X = 'clf_multi.X', y = 'clf_multi.y' }
# checks = [
#     'knn[-1].n_neighbors == 1',
#     # one neighbour memorises the training set; more neighbours smooth the boundary
#     'train_accuracy == 1.0',
#     'np.isclose(test_accuracy, np.mean(knn.predict(X_test) == y_test))',
#     # a stratified 70/30 split: each class keeps its share of `y` in the test part, to within one sample
#     'len(X_train) + len(X_test) == len(X) and len(y_test) == len(X_test) and abs(len(y_train) - 0.7 * len(y)) <= 1',
#     'all(abs(np.sum(y_test == c) - np.mean(y == c) * len(y_test)) <= 1 for c in np.unique(y))',
# ]
# difficulty = 'basic'
# tags = ['nearest-neighbors', 'parameter-choice', 'classification']
# family = 'sklearn.knn_neighbors'
# [edge_cases]
# min_size = 27
# why = 'a stratified split needs two samples of every class: the rarest class of an imbalanced three-class draw has two from 27 samples (which also leaves 15 training rows for 15 neighbours)'
# ///
from sklearn.model_selection import train_test_split
from sklearn.neighbors import KNeighborsClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, stratify=y, random_state=0)
# distances need features on one scale
knn = make_pipeline(StandardScaler(), KNeighborsClassifier(n_neighbors=1))
knn.fit(X_train, y_train)
train_accuracy = knn.score(X_train, y_train)
test_accuracy = knn.score(X_test, y_test)
