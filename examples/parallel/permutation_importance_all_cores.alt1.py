from sklearn import ensemble, inspection, model_selection

X_train, X_test, y_train, y_test = model_selection.train_test_split(
    X, y, test_size=0.25, stratify=y, random_state=0
)
model = ensemble.RandomForestClassifier(n_estimators=100, random_state=0)
model.fit(X_train, y_train)

# n_jobs=-1 spreads the permutation repeats over all cores
importances = inspection.permutation_importance(
    model, X_test, y_test, n_repeats=10, random_state=0, n_jobs=-1
)
