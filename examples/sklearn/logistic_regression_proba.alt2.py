import sklearn.linear_model as lm
from sklearn.metrics import accuracy_score
from sklearn.model_selection import train_test_split

X_train, X_test, y_train, y_test = train_test_split(
    X, y, train_size=0.7, stratify=y, random_state=0
)

model = lm.LogisticRegression().fit(X_train, y_train)
proba = model.predict_proba(X_test)  # one column per class, in model.classes_ order
y_pred = model.predict(X_test)
accuracy = accuracy_score(y_test, y_pred)
