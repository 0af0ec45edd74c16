import numpy as np
from sklearn.linear_model import RidgeCV
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

# 10^-3, 10^-2.5, ..., 10^3: 13 values, half a decade apart
alphas = 10.0 ** np.arange(-3, 3.5, 0.5)

# cv=None (the default) is the efficient leave-one-out
model = Pipeline([("scale", StandardScaler()), ("ridge", RidgeCV(alphas=alphas))])
model.fit(X, y)
best_alpha = model.named_steps["ridge"].alpha_
