import numpy as np
from sklearn import linear_model, metrics, model_selection
from sklearn.compose import TransformedTargetRegressor
from sklearn.preprocessing import FunctionTransformer

price = np.exp(y / np.std(y))
X_train, X_test, price_train, price_test = model_selection.train_test_split(
    X, price, train_size=0.75, random_state=0
)
log_transform = FunctionTransformer(func=np.log, inverse_func=np.exp)
model = TransformedTargetRegressor(
    regressor=linear_model.LinearRegression(), transformer=log_transform
).fit(X_train, price_train)
predictions = model.predict(X_test)
test_r2 = metrics.r2_score(price_test, predictions)
