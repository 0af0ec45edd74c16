import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import precision_recall_curve

clf = LogisticRegression().fit(X, y)
scores = clf.predict_proba(X)[:, 1]
precision, recall, thresholds = precision_recall_curve(y, scores)
# drop the final (recall 0, precision 1) point, which has no threshold
n = len(thresholds)
curve = pd.DataFrame({"threshold": thresholds, "precision": precision[:n], "recall": recall[:n]})
good = thresholds[precision[:n] >= 0.9]
threshold_90 = good.min() if good.size else np.nan
