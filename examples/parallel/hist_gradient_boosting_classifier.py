# /// example
# task = """
# Fit a `HistGradientBoostingClassifier` (50 boosting iterations at most, `random_state=0`) on \
# `X`, `y` and store it in `model` and its accuracy on `X`, `y` in `train_accuracy`."""
# prompt = """
# Train scikit-learn's histogram-based gradient boosting classifier on `X`, `y` with at most 50 \
# boosting iterations and random_state=0; store it in `model` and its accuracy on the training \
# data `X`, `y` in `train_accuracy`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn']
# inputs = { X = 'clf.X', y = 'clf.y' }
# checks = [
#     '1 <= model.n_iter_ <= 50 and model.predict(X).shape == y.shape',
#     'train_accuracy == np.mean(model.predict(X) == y)',
#     # at least as good as always predicting the most frequent class
#     'train_accuracy >= np.bincount(y).max() / len(y) - 1e-12',
# ]
# difficulty = 'basic'
# tags = ['ensemble', 'classification']
# edge_cases = true
# # seconds: OpenMP's threads wait for one another at every split found, which on an oversubscribed
# # machine costs a time slice each (100 iterations took 40-80 s on two cores shared with other jobs)
# timeout = 120
# ///
from sklearn.ensemble import HistGradientBoostingClassifier

# no n_jobs here: the histogram building runs on all cores through OpenMP threads (set
# OMP_NUM_THREADS, or threadpoolctl's threadpool_limits, to use fewer)
model = HistGradientBoostingClassifier(max_iter=50, random_state=0).fit(X, y)
train_accuracy = model.score(X, y)
