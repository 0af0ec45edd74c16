from sklearn.ensemble import RandomForestClassifier
from sklearn.feature_selection import SelectFromModel

forest = RandomForestClassifier(n_estimators=50, random_state=0).fit(X, y)
# prefit=True reuses the forest fitted above instead of fitting a copy
selector = SelectFromModel(forest, threshold="median", prefit=True)
kept = selector.get_support(indices=True)
X_selected = selector.transform(X)
