import numpy as np
from sklearn.linear_model import LinearRegression
from sklearn.metrics import mean_squared_error
from sklearn.model_selection import train_test_split

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, shuffle=False)
model = LinearRegression().fit(X_train, y_train)
# the square root of the MSE works on every scikit-learn version
rmse = np.sqrt(mean_squared_error(y_test, model.predict(X_test)))
