import numpy as np
from sklearn import linear_model, metrics, model_selection

X_train, X_test, y_train, y_test = model_selection.train_test_split(
    X, y, test_size=0.3, random_state=0
)
clf = linear_model.LogisticRegression()
clf.fit(X_train, y_train)
y_pred = clf.predict(X_test)
per_class = metrics.f1_score(y_test, y_pred, average=None)
macro_f1 = float(np.mean(per_class))
