import numpy as np
from sklearn.linear_model import LinearRegression


def error_summary(y_true, y_pred):
    """Regression error metrics as a dict with the keys
    "mae" (mean absolute error), "rmse" (root mean squared error),
    "median_ae" (median absolute error), "max_error" (largest absolute
    error) and "r2" (coefficient of determination), all plain floats.
    """
    y_true = np.asarray(y_true, dtype=float)
    residual = y_true - np.asarray(y_pred, dtype=float)
    abs_res = np.abs(residual)
    total = np.sum((y_true - y_true.mean()) ** 2)
    ss_res = np.sum(residual**2)
    # sklearn's convention for a constant target: 1 for a perfect fit, 0 otherwise
    r2 = 1 - ss_res / total if total > 0 else (1.0 if ss_res == 0 else 0.0)
    return {
        "mae": float(abs_res.mean()),
        "rmse": float(np.sqrt(np.mean(residual**2))),
        "median_ae": float(np.median(abs_res)),
        "max_error": float(abs_res.max()),
        "r2": float(r2),
    }


fitted = LinearRegression().fit(X, y).predict(X)
summary = error_summary(y, fitted)
