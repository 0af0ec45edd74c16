from sklearn.compose import TransformedTargetRegressor
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVR

model = TransformedTargetRegressor(regressor=SVR(), transformer=StandardScaler())
model.fit(X, y)
predictions = model.predict(X)
