from sklearn.model_selection import GridSearchCV
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC

pipeline = Pipeline([("standardize", StandardScaler()), ("svm", SVC(kernel="rbf"))])
# step name + "__" + parameter addresses the SVC inside the pipeline
param_grid = {"svm__C": [0.1, 1, 10], "svm__gamma": ["scale", 0.1]}

search = GridSearchCV(pipeline, param_grid=param_grid, cv=3, scoring="accuracy")
search.fit(X, y)
best_params = search.best_params_
