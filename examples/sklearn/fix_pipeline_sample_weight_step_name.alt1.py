from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

# class_weight="balanced" applies the same per-class weights inside the classifier
model = Pipeline(
    [("scale", StandardScaler()), ("logreg", LogisticRegression(class_weight="balanced"))]
)
model.fit(X, y)
