from sklearn.decomposition import PCA

# a float n_components asks for the smallest number of components reaching that variance share
pca = PCA(0.95).fit(matrix)
scores = pca.transform(matrix)
n_kept = int(pca.n_components_)
reconstructed = pca.inverse_transform(scores)
