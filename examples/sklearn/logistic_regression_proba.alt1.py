from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, stratify=y, random_state=1)

model = LogisticRegression()
model.fit(X_train, y_train)

proba = model.predict_proba(X_test)
# the predicted label is the class with the highest probability
y_pred = model.classes_[proba.argmax(axis=1)]
accuracy = (y_pred == y_test).mean()
