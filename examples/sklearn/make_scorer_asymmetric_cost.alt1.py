import numpy as np
from sklearn import linear_model, metrics, model_selection


def shortfall_cost(y_true, y_pred):
    under = np.clip(y_true - y_pred, 0, None)
    over = np.clip(y_pred - y_true, 0, None)
    return float(np.mean(3.0 * under + over))


scorer = metrics.make_scorer(shortfall_cost, greater_is_better=False)
folds = model_selection.KFold(n_splits=5, shuffle=True, random_state=0)
results = model_selection.cross_validate(
    linear_model.Ridge(alpha=1.0), X, y, cv=folds, scoring={"cost": scorer}
)
# the scorer reports -cost so that higher is better; flip the sign back
costs = -results["test_cost"]
