import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split

X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.3, random_state=0, stratify=y)
clf = LogisticRegression(max_iter=500).fit(X_tr, y_tr)
proba = clf.predict_proba(X_te)
# the two highest-probability classes for each test row
top_two = clf.classes_[np.argsort(proba, axis=1)[:, -2:]]
top1 = np.mean(clf.classes_[proba.argmax(axis=1)] == y_te)
top2 = np.mean((top_two == y_te[:, None]).any(axis=1))
