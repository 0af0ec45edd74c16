# /// example
# task = """
# Estimate the accuracy of a `StandardScaler`-then-`SVC` pipeline (kernel "rbf") on `X`, `y` \
# with 5-fold `StratifiedKFold` cross-validation (shuffled, `random_state=0`); store the five \
# fold accuracies in `scores`. Keep the pipeline as `model` and the splitter as `cv`."""
# prompt = """
# Estimate the accuracy of a two-step pipeline `model`, exactly a StandardScaler followed by an \
# SVC with kernel "rbf", on `X`, `y` with 5-fold stratified cross-validation, shuffled with \
# random_state=0 (keep the splitter as `cv`). Store the five fold accuracies in `scores`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn']
# inputs = { X = 'clf.X', y = 'clf.y' }
# checks = [
#     'scores.shape == (5,) and np.all((scores >= 0) & (scores <= 1))',
#     "[type(step).__name__ for _, step in model.steps] == ['StandardScaler', 'SVC'] and model[-1].kernel == 'rbf'",
#     # stratified: every test fold holds a fifth of each class, rounded up or down
#     'cv.shuffle and all(np.all(np.abs(np.bincount(y[test], minlength=y.max() + 1) - np.bincount(y) / 5) < 1) for _, test in cv.split(X, y))',
#     'np.allclose(scores, [model.fit(X[train], y[train]).score(X[test], y[test]) for train, test in cv.split(X, y)])',
# ]
# difficulty = 'basic'
# tags = ['cross-validation', 'classification']
# [edge_cases]
# min_size = 34
# why = '5-fold stratified CV needs five samples of every class: the rare class of an imbalanced draw has five from 34 samples'
# ///
from sklearn.model_selection import StratifiedKFold, cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC

# the scaler sits inside the pipeline so each fold is scaled with its own training part only
model = make_pipeline(StandardScaler(), SVC(kernel="rbf"))
# each fold keeps the class shares of y; random_state makes the shuffled folds reproducible
cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
scores = cross_val_score(model, X, y, cv=cv, scoring="accuracy")
