from sklearn import linear_model

first_feature = X[:, 0].reshape(-1, 1)
model = linear_model.LinearRegression()
model.fit(first_feature, y)
slope = float(model.coef_[0])
