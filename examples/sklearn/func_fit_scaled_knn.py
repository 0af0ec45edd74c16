# /// example
# task = '''
# Write a function `fit_scaled_knn` with the signature and docstring below. Fit it on the first
# `len(X) // 2` rows of the features `X` and labels `y` with 5 neighbours, store the fitted pipeline
# in `knn_model` and its predictions for the remaining rows in `y_pred`.
#
# ```python
# def fit_scaled_knn(X_train, y_train, n_neighbors=5):
#     """Fit a pipeline that standardises the features, then classifies by
#     k-nearest neighbours (uniform weights, Euclidean distance).
#
#     The scaler learns its means and SDs from X_train only. When X_train has
#     fewer rows than n_neighbors, all rows are used as neighbours. Returns the
#     fitted pipeline.
#     """
# ```'''
# prompt = """
# Distances in k-NN are dominated by my large-scale features, so I want \
# `fit_scaled_knn(X_train, y_train, n_neighbors=5)` that fits standardisation followed by a plain \
# k-nearest-neighbour classifier and returns the fitted pipeline; with fewer training rows than \
# `n_neighbors` it should just use all of them. Train it on the first `len(X) // 2` rows of my `X`, \
# `y` with 5 neighbours into `knn_model`, and predict the remaining rows into `y_pred`."""
# task_type = 'function'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'clf.X', y = 'clf.y' }
# checks = [
#     # unscaled, the second feature's range of 60 would pick class 0; standardised, class 1 is nearer
#     'fit_scaled_knn([[0.0, 0.0], [10.0, 60.0]], [0, 1], n_neighbors=1).predict([[9.0, 10.0]])[0] == 1',
#     'np.array_equal(fit_scaled_knn([[0.0], [1.0], [2.0]], [0, 1, 1], n_neighbors=5).predict([[-50.0], [0.0], [50.0]]), [1, 1, 1])',
#     'np.array_equal(fit_scaled_knn(np.arange(24.0).reshape(12, 2) ** 1.5, np.arange(12) % 3, n_neighbors=3).predict([[3.0, 40.0], [80.0, 5.0]]), sklearn.neighbors.KNeighborsClassifier(3).fit(sklearn.preprocessing.StandardScaler().fit_transform(np.arange(24.0).reshape(12, 2) ** 1.5), np.arange(12) % 3).predict(sklearn.preprocessing.StandardScaler().fit(np.arange(24.0).reshape(12, 2) ** 1.5).transform([[3.0, 40.0], [80.0, 5.0]])))',
#     'len(y_pred) == len(X) - len(X) // 2',
#     'np.array_equal(y_pred, (lambda scaler: sklearn.neighbors.KNeighborsClassifier(min(5, len(X) // 2)).fit(scaler.transform(X[: len(X) // 2]), y[: len(X) // 2]).predict(scaler.transform(X[len(X) // 2 :])))(sklearn.preprocessing.StandardScaler().fit(X[: len(X) // 2])))',
#     'np.array_equal(knn_model.predict(X[len(X) // 2 :]), y_pred)',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'pipeline', 'nearest-neighbors', 'standardization']
# edge_cases = true
# ///
from sklearn.neighbors import KNeighborsClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def fit_scaled_knn(X_train, y_train, n_neighbors=5):
    """Fit a pipeline that standardises the features, then classifies by
    k-nearest neighbours (uniform weights, Euclidean distance).

    The scaler learns its means and SDs from X_train only. When X_train has
    fewer rows than n_neighbors, all rows are used as neighbours. Returns the
    fitted pipeline.
    """
    # KNeighborsClassifier refuses more neighbours than training rows
    k = min(n_neighbors, len(X_train))
    model = make_pipeline(StandardScaler(), KNeighborsClassifier(n_neighbors=k))
    return model.fit(X_train, y_train)


n_train = len(X) // 2
knn_model = fit_scaled_knn(X[:n_train], y[:n_train], n_neighbors=5)
y_pred = knn_model.predict(X[n_train:])
