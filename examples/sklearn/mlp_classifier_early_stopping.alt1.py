from sklearn.metrics import accuracy_score
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

X_train, X_test, y_train, y_test = train_test_split(
    X, y, train_size=0.75, stratify=y, random_state=0
)
model = Pipeline(
    [
        ("scale", StandardScaler()),
        (
            "mlp",
            MLPClassifier(
                hidden_layer_sizes=[16],
                max_iter=500,
                early_stopping=True,  # validation_fraction defaults to 0.1
                random_state=0,
            ),
        ),
    ]
)
model.fit(X_train, y_train)
test_accuracy = accuracy_score(y_test, model.predict(X_test))
