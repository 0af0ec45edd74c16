# /// example
# task = """
# Fit `IncrementalPCA(n_components=3)` to the absorbance spectra `absorbance` as if they \
# arrived in chunks: call `partial_fit` on consecutive batches of 10 spectra (the last batch may be \
# smaller; a last batch with fewer than 3 spectra is merged into the previous one). Store the \
# fitted model in `ipca` and the (spectra x 3) scores of all spectra in `scores`."""
# prompt = """
# My spectra arrive in chunks, so I can't run ordinary PCA on `absorbance` in one go. Feed \
# batches of 10 spectra to `IncrementalPCA(n_components=3)` with `partial_fit` (fold a final batch \
# of fewer than 3 spectra into the one before), then give me the model as `ipca` and the scores of \
# all spectra as `scores`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { absorbance = 'spectra.absorbance' }
# checks = [
#     'ipca.n_samples_seen_ == absorbance.shape[0]',
#     # the running mean equals the mean of all spectra
#     'np.allclose(ipca.mean_, absorbance.mean(axis=0))',
#     'np.allclose(ipca.components_ @ ipca.components_.T, np.eye(3), atol=1e-8)',
#     # the same batches fed to a fresh model give the same components (up to sign); one full-batch fit differs
#     '(lambda n: (lambda st: (lambda m: [m.partial_fit(absorbance[a:b]) for a, b in zip(st, st[1:] + [n])] and np.allclose(np.abs(ipca.components_), np.abs(m.components_), atol=1e-6))(sklearn.decomposition.IncrementalPCA(n_components=3)))([s for s in range(0, n, 10) if not (s > 0 and s == (n - 1) // 10 * 10 and n - s < 3)]))(len(absorbance))',
#     'np.allclose(scores, (absorbance - absorbance.mean(axis=0)) @ ipca.components_.T)',
# ]
# difficulty = 'intermediate'
# tags = ['dimensionality-reduction', 'incremental-processing', 'applied-science']
# edge_cases = { min_size = 6, why = "three components need at least three spectra in every batch of the stream" }
# ///
from sklearn.decomposition import IncrementalPCA

starts = list(range(0, len(absorbance), 10))
# each partial_fit batch needs at least n_components rows; merge a tiny tail into the previous batch
if len(starts) > 1 and len(absorbance) - starts[-1] < 3:
    starts.pop()
bounds = [*starts[1:], len(absorbance)]
ipca = IncrementalPCA(n_components=3)
for start, stop in zip(starts, bounds, strict=True):
    ipca.partial_fit(absorbance[start:stop])
scores = ipca.transform(absorbance)
