import numpy as np
from sklearn import neighbors, pipeline, preprocessing


def fit_scaled_knn(X_train, y_train, n_neighbors=5):
    """Fit a pipeline that standardises the features, then classifies by
    k-nearest neighbours (uniform weights, Euclidean distance).

    The scaler learns its means and SDs from X_train only. When X_train has
    fewer rows than n_neighbors, all rows are used as neighbours. Returns the
    fitted pipeline.
    """
    X_train = np.asarray(X_train, dtype=float)
    steps = [
        ("scale", preprocessing.StandardScaler()),
        ("knn", neighbors.KNeighborsClassifier(n_neighbors=min(n_neighbors, X_train.shape[0]))),
    ]
    return pipeline.Pipeline(steps).fit(X_train, y_train)


half = X.shape[0] // 2
knn_model = fit_scaled_knn(X[:half], y[:half])
y_pred = knn_model.predict(X[half:])
