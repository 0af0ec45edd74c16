from sklearn import model_selection, tree

X_train, X_test, y_train, y_test = model_selection.train_test_split(
    X, y, test_size=0.25, random_state=0
)
classifier = tree.DecisionTreeClassifier(random_state=0)
cv_scores = model_selection.cross_val_score(classifier, X_train, y_train, cv=5)
final_model = classifier.fit(X_train, y_train)
y_pred = final_model.predict(X_test)
