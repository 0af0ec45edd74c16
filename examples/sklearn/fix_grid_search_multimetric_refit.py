# /// example
# task = """
# This code should tune `max_depth` of a `DecisionTreeClassifier(random_state=0)` over 2, 3, 4 \
# and 6 by 5-fold grid search on `X`, `y`, recording both balanced accuracy and F1 in `search`, \
# pick the depth with the best mean balanced accuracy into `best_depth`, and refit that tree on \
# all the data so that `search` predicts with it, but it raises an error:
#
# ```python
# from sklearn.model_selection import GridSearchCV
# from sklearn.tree import DecisionTreeClassifier
#
# search = GridSearchCV(DecisionTreeClassifier(random_state=0), {"max_depth": [2, 3, 4, 6]}, scoring=["balanced_accuracy", "f1"], cv=5)
# search.fit(X, y)
# best_depth = search.best_params_["max_depth"]
# ```
#
# ```text
# ValueError: For multi-metric scoring, the parameter refit must be set to a scorer key or a callable to refit an estimator with the best parameter setting on the whole data and make the best_* attributes available for that metric. If this is not needed, refit should be set to False explicitly. True was passed.
# ```
#
# Fix it."""
# prompt = """
# I grid-search `max_depth` in 2, 3, 4, 6 for a decision tree (`random_state=0`) on `X`, `y` with \
# 5-fold CV, scoring both balanced accuracy and F1 in `search`. The depth should be chosen by \
# balanced accuracy (`best_depth`) and the final tree refitted on everything, so `search` can \
# predict with it:
#
# ```python
# from sklearn.model_selection import GridSearchCV
# from sklearn.tree import DecisionTreeClassifier
#
# search = GridSearchCV(DecisionTreeClassifier(random_state=0), {"max_depth": [2, 3, 4, 6]}, scoring=["balanced_accuracy", "f1"], cv=5)
# search.fit(X, y)
# best_depth = search.best_params_["max_depth"]
# ```
#
# ```text
# ValueError: For multi-metric scoring, the parameter refit must be set to a scorer key or a callable to refit an estimator with the best parameter setting on the whole data and make the best_* attributes available for that metric. If this is not needed, refit should be set to False explicitly. True was passed.
# ```"""
# task_type = 'fix'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'clf_imbalanced.X', y = 'clf_imbalanced.y' }
# checks = [
#     # the first depth with the highest mean balanced accuracy over stratified 5-fold CV
#     'best_depth == [2, 3, 4, 6][int(np.argmax([sklearn.model_selection.cross_val_score(sklearn.tree.DecisionTreeClassifier(max_depth=d, random_state=0), X, y, cv=5, scoring="balanced_accuracy").mean() for d in [2, 3, 4, 6]]))]',
#     # the mean F1 per depth is recorded, whatever the scorer is called
#     '(lambda f1: any(k.startswith("mean_test_") and np.allclose(v, f1) for k, v in search.cv_results_.items()))([sklearn.model_selection.cross_val_score(sklearn.tree.DecisionTreeClassifier(max_depth=d, random_state=0), X, y, cv=5, scoring="f1").mean() for d in [2, 3, 4, 6]])',
#     'np.array_equal(search.predict(X), sklearn.tree.DecisionTreeClassifier(max_depth=best_depth, random_state=0).fit(X, y).predict(X))',
# ]
# difficulty = 'advanced'
# tags = ['debugging', 'model-selection', 'cross-validation', 'decision-tree', 'imbalanced-classes']
# [edge_cases]
# min_size = 40
# why = 'stratified 5-fold CV needs five samples of the rare class: an imbalanced draw of 40 has 6'
# ///
from sklearn.model_selection import GridSearchCV
from sklearn.tree import DecisionTreeClassifier

# with several metrics, refit names the one that picks the best parameters
search = GridSearchCV(
    DecisionTreeClassifier(random_state=0),
    {"max_depth": [2, 3, 4, 6]},
    scoring=["balanced_accuracy", "f1"],
    refit="balanced_accuracy",
    cv=5,
)
search.fit(X, y)
best_depth = search.best_params_["max_depth"]
