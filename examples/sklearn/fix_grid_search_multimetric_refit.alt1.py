from sklearn import model_selection, tree

param_grid = {"max_depth": [2, 3, 4, 6]}
scoring = {"balanced_accuracy": "balanced_accuracy", "f1": "f1"}
search = model_selection.GridSearchCV(
    tree.DecisionTreeClassifier(random_state=0),
    param_grid,
    scoring=scoring,
    refit="balanced_accuracy",
    cv=model_selection.StratifiedKFold(n_splits=5),
).fit(X, y)
best_depth = search.best_estimator_.get_params()["max_depth"]
