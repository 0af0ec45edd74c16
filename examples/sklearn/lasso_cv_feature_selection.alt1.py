import numpy as np
from sklearn.linear_model import LassoCV
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

pipeline = Pipeline([("scaler", StandardScaler()), ("lasso", LassoCV(cv=5, random_state=0))])
pipeline.fit(X, y)

lasso = pipeline.named_steps["lasso"]
selected = np.flatnonzero(lasso.coef_ != 0)
