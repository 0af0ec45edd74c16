from sklearn.metrics import accuracy_score
from sklearn.naive_bayes import MultinomialNB
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import MinMaxScaler

model = Pipeline([("minmax", MinMaxScaler(feature_range=(0, 1))), ("nb", MultinomialNB())])
model.fit(X, y)
train_acc = accuracy_score(y, model.predict(X))
