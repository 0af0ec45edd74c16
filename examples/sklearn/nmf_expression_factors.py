# /// example
# task = """
# Factor the non-negative gene-by-sample count table `expression` into two parts with \
# `NMF(n_components=2, init="nndsvda", max_iter=500, random_state=0)`: store the gene loadings \
# (genes x 2) in `W`, the sample profiles (2 x samples) in `H` and the Frobenius norm of \
# `expression - W @ H` in `recon_error`."""
# prompt = """
# I want two non-negative "programs" out of my counts table `expression` (genes as rows, \
# samples as columns). Run NMF with 2 components (`init="nndsvda"`, `max_iter=500`, \
# `random_state=0`) and give me the gene weights `W`, the sample weights `H` and the Frobenius \
# reconstruction error `recon_error`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { expression = 'expression' }
# checks = [
#     'np.shape(W) == (expression.shape[0], 2) and np.shape(H) == (2, expression.shape[1])',
#     'np.all(np.asarray(W) >= 0) and np.all(np.asarray(H) >= 0)',
#     'np.isclose(recon_error, np.linalg.norm(expression.to_numpy(dtype=float) - np.asarray(W) @ np.asarray(H)))',
#     # the sample profiles of the NMF the task names (the same whether W comes from fit_transform or transform)
#     'np.allclose(H, sklearn.decomposition.NMF(n_components=2, init="nndsvda", max_iter=500, random_state=0).fit(expression.to_numpy(dtype=float)).components_, rtol=1e-6, atol=1e-9 * (1 + np.abs(H).max()))',
#     # a non-negative fit is never worse than predicting all zeros
#     'recon_error <= np.linalg.norm(expression.to_numpy(dtype=float)) + 1e-9',
# ]
# difficulty = 'intermediate'
# tags = ['dimensionality-reduction', 'applied-science']
# edge_cases = { min_size = 2, why = "two non-negative components need at least two genes" }
# ///
import numpy as np
from sklearn.decomposition import NMF

counts = expression.to_numpy(dtype=float)
# nndsvda starts from an SVD-based guess, so the result is reproducible and converges quickly
nmf = NMF(n_components=2, init="nndsvda", max_iter=500, random_state=0)
W = nmf.fit_transform(counts)
H = nmf.components_
recon_error = np.linalg.norm(counts - W @ H)
