from sklearn.feature_selection import SelectKBest, f_classif
from sklearn.model_selection import train_test_split
from sklearn.naive_bayes import GaussianNB

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=0)
selector = SelectKBest(f_classif, k=3).fit(X_train, y_train)
model = GaussianNB().fit(selector.transform(X_train), y_train)
y_pred = model.predict(selector.transform(X_test))
