from sklearn import metrics, model_selection, svm

X_train, X_test, y_train, y_test = model_selection.train_test_split(
    X, y, test_size=0.3, stratify=y, random_state=0
)
model = svm.SVC()
model.fit(X_train, y_train)
auc = metrics.get_scorer("roc_auc")(model, X_test, y_test)
