from sklearn import linear_model, model_selection

X_train, X_test, y_train, y_test = model_selection.train_test_split(
    stations[["lat", "elevation_m"]], stations["temperature"], test_size=0.3, random_state=0
)
regressor = linear_model.LinearRegression().fit(X_train, y_train)
y_pred = regressor.predict(X_test)
r2 = regressor.score(X_test, y_test)
