from sklearn import decomposition, model_selection

X_train, X_test = model_selection.train_test_split(X, test_size=0.3, random_state=0)
projector = decomposition.PCA(n_components=2).fit(X_train)
X_train_2d = projector.transform(X_train)
X_test_2d = projector.transform(X_test)
