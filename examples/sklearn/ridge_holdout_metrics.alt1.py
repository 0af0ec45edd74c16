import numpy as np
from sklearn import metrics as skm
from sklearn.linear_model import Ridge
from sklearn.model_selection import train_test_split

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=11)

ridge = Ridge(alpha=1.0).fit(X_train, y_train)
y_pred = ridge.predict(X_test)

metrics = {
    "rmse": float(np.sqrt(skm.mean_squared_error(y_test, y_pred))),
    "mae": float(skm.mean_absolute_error(y_test, y_pred)),
    "r2": float(skm.r2_score(y_test, y_pred)),
}
