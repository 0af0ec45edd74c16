from sklearn.linear_model import LinearRegression
from sklearn.metrics import r2_score
from sklearn.model_selection import train_test_split

# outputs come in pairs per input array: (X_train, X_test), then (y_train, y_test)
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.25, random_state=0)
reg = LinearRegression().fit(X_tr, y_tr)
test_r2 = r2_score(y_te, reg.predict(X_te))
