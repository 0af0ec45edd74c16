from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

# make_pipeline names the steps after their classes
model = make_pipeline(StandardScaler(), LogisticRegression()).fit(X, y)
proba = model.predict_proba(X)[:, 1]
