from sklearn.discriminant_analysis import LinearDiscriminantAnalysis

# leaving n_components unset keeps the maximum, min(n_classes - 1, n_features) = 1 here
lda = LinearDiscriminantAnalysis()
projected = lda.fit(X, y).transform(X)
