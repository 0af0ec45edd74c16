# /// example
# task = """
# Get out-of-fold probabilities of class 1 for every row of `X`, `y` from \
# `LogisticRegression(max_iter=500)` with `cross_val_predict` over `StratifiedKFold(3)` \
# (unshuffled), store them in `oof_proba`, and score them with the Brier score in `oof_brier`."""
# prompt = """
# I want honest probability estimates for every row of my training data `X`, `y`: each row's \
# probability of class 1 should come from a logistic regression (`max_iter=500`) that did not see \
# it, using 3 stratified unshuffled folds (`StratifiedKFold(3)`). Put them in `oof_proba` and their \
# Brier score in `oof_brier`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'clf.X', y = 'clf.y' }
# checks = [
#     'np.shape(oof_proba) == np.shape(y)',
#     '(lambda p: [p.__setitem__(te, sklearn.linear_model.LogisticRegression(max_iter=500).fit(X[tr], y[tr]).predict_proba(X[te])[:, 1]) for tr, te in sklearn.model_selection.StratifiedKFold(3).split(X, y)] and np.allclose(oof_proba, p))(np.zeros(len(y)))',
#     'np.isclose(oof_brier, np.mean((np.asarray(oof_proba) - y) ** 2))',
# ]
# difficulty = 'intermediate'
# tags = ['cross-validation', 'classifier-scores', 'model-evaluation']
# edge_cases = { min_size = 30, why = "three stratified folds need at least three samples of the rarer class" }
# ///
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import brier_score_loss
from sklearn.model_selection import StratifiedKFold, cross_val_predict

# method="predict_proba" returns each row's probabilities from the fold model that held it out
proba = cross_val_predict(
    LogisticRegression(max_iter=500), X, y, cv=StratifiedKFold(3), method="predict_proba"
)
oof_proba = proba[:, 1]
oof_brier = brier_score_loss(y, oof_proba)
