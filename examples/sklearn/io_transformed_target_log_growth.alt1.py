import numpy as np
from sklearn import compose, linear_model, preprocessing

step = np.arange(4).reshape(-1, 1)
count = 2.0 * 3.0 ** step.ravel()

# a FunctionTransformer carries the log/exp pair as the target transformer
log_transform = preprocessing.FunctionTransformer(func=np.log, inverse_func=np.exp)
model = compose.TransformedTargetRegressor(
    regressor=linear_model.LinearRegression(), transformer=log_transform
).fit(step, count)
forecast = model.predict([[4], [5]])
