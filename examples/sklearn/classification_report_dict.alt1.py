from sklearn.metrics import classification_report, f1_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC

X_train, X_test, y_train, y_test = train_test_split(
    X, y, train_size=0.7, stratify=y, random_state=42
)

classifier = Pipeline([("scaler", StandardScaler()), ("svc", SVC(kernel="rbf"))])
classifier.fit(X_train, y_train)
y_pred = classifier.predict(X_test)

# zero_division=0: a class the model never predicts gets precision 0 instead of a warning
report = classification_report(y_test, y_pred, output_dict=True, zero_division=0)
macro_f1 = f1_score(y_test, y_pred, average="macro", zero_division=0)
