import joblib
from sklearn import linear_model

model = linear_model.LogisticRegression()
model.fit(X, y)
joblib.dump(model, "model.pkl")
restored = joblib.load("model.pkl")
