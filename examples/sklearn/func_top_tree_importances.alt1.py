import numpy as np
import pandas as pd
from sklearn.exceptions import NotFittedError
from sklearn.tree import DecisionTreeRegressor


def top_importances(model, feature_names, k=3):
    """The k largest impurity-based feature importances of a fitted tree
    model (decision tree, random forest, gradient boosting).

    Returns a pandas Series of importances indexed by feature name, sorted
    from largest to smallest (ties keep the column order); all features
    when k exceeds their number. Raises sklearn.exceptions.NotFittedError
    for an unfitted model and ValueError("need one name per feature") when
    len(feature_names) differs from the model's number of features.
    """
    if not hasattr(model, "n_features_in_"):
        raise NotFittedError(f"{type(model).__name__} is not fitted yet")
    importances = np.asarray(model.feature_importances_)
    if len(feature_names) != importances.size:
        raise ValueError("need one name per feature")
    # negate for a descending order; the stable sort keeps ties in column order
    order = np.argsort(-importances, kind="stable")[:k]
    return pd.Series(importances[order], index=[feature_names[i] for i in order])


tree = DecisionTreeRegressor(max_depth=4, random_state=0).fit(X, y)
top2 = top_importances(tree, ["x0", "x1", "x2", "x3", "x4"], k=2)

try:
    top_importances(DecisionTreeRegressor(), ["x0"])
except NotFittedError as exc:
    unfitted_error = type(exc).__name__

try:
    top_importances(tree, ["x0", "x1"])
except ValueError as error:
    names_error = str(error)
