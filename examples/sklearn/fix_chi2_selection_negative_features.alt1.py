from sklearn import feature_selection as fs

selector = fs.SelectKBest(score_func=fs.f_classif, k=3).fit(X, y)
X_selected = selector.transform(X)
