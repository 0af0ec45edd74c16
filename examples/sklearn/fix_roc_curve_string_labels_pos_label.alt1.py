import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_curve

churn = np.where(y == 1, "yes", "no")
clf = LogisticRegression(max_iter=500).fit(X, churn)
# take the probability column of "yes" explicitly and give roc_curve 0/1 targets
p_yes = clf.predict_proba(X)[:, list(clf.classes_).index("yes")]
fpr, tpr, thresholds = roc_curve(churn == "yes", p_yes)
