# /// example
# task = """
# Fit a `RandomForestClassifier(n_estimators=20, random_state=0)` on `X`, `y` into `model`, \
# save it with joblib to the file `forest.joblib` compressed with zlib at level 3, and load it \
# back into `restored`. Store the file's size in bytes in `size_compressed` and the size of the \
# same model saved without compression (to `forest_raw.joblib`) in `size_raw`."""
# prompt = """
# My saved random forests take too much disk space. Fit \
# `RandomForestClassifier(n_estimators=20, random_state=0)` on `X`, `y` as `model`, save it with \
# joblib to `forest.joblib` using zlib compression level `3`, read it back as `restored`, and \
# tell me the file size in bytes (`size_compressed`) next to an uncompressed save to \
# `forest_raw.joblib` (`size_raw`)."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'joblib', 'numpy']
# inputs = { X = 'clf.X', y = 'clf.y' }
# checks = [
#     'isinstance(restored, sklearn.ensemble.RandomForestClassifier) and restored is not model',
#     'np.array_equal(restored.predict_proba(X), sklearn.ensemble.RandomForestClassifier(n_estimators=20, random_state=0).fit(X, y).predict_proba(X))',
#     '__import__("os").path.getsize("forest.joblib") == size_compressed and __import__("os").path.getsize("forest_raw.joblib") == size_raw',
#     'size_compressed < size_raw',
#     # a zlib stream starts with 0x78; 0x5e in the second byte marks compression levels 2 to 5
#     'open("forest.joblib", "rb").read(2) == b"\x78\x5e"',
#     '__import__("joblib").load("forest.joblib").n_estimators == 20',
# ]
# difficulty = 'intermediate'
# tags = ['file-io', 'ensemble', 'classification']
# edge_cases = true
# ///
import os

import joblib
from sklearn.ensemble import RandomForestClassifier

model = RandomForestClassifier(n_estimators=20, random_state=0).fit(X, y)

# compress=("zlib", 3) trades a little save/load time for a much smaller file
joblib.dump(model, "forest.joblib", compress=("zlib", 3))
joblib.dump(model, "forest_raw.joblib")
restored = joblib.load("forest.joblib")

size_compressed = os.path.getsize("forest.joblib")
size_raw = os.path.getsize("forest_raw.joblib")
