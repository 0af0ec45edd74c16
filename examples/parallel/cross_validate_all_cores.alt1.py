from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import cross_validate
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

model = Pipeline([("scale", StandardScaler()), ("logreg", LogisticRegression())])
cv_results = cross_validate(
    model, X, y, cv=5, scoring={"accuracy": "accuracy", "roc_auc": "roc_auc"}, n_jobs=-1
)
