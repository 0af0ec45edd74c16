from sklearn import linear_model, metrics, model_selection, pipeline, preprocessing

X_train, X_test, y_train, y_test = model_selection.train_test_split(
    X, y, test_size=0.3, stratify=y, random_state=0
)
model = pipeline.Pipeline(
    [
        ("scale", preprocessing.StandardScaler()),
        ("logreg", linear_model.LogisticRegression()),
    ]
)
model.fit(X_train, y_train)
auc = metrics.roc_auc_score(y_test, model.decision_function(X_test))
