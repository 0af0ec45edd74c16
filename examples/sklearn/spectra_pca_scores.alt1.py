from sklearn import decomposition

pca = decomposition.PCA(n_components=2, svd_solver="full").fit(absorbance)
scores = pca.transform(absorbance)
explained = pca.explained_variance_ratio_.copy()
