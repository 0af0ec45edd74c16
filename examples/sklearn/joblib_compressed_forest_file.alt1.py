from pathlib import Path

from joblib import dump, load
from sklearn.ensemble import RandomForestClassifier

model = RandomForestClassifier(n_estimators=20, random_state=0)
model.fit(X, y)

compressed_path = Path("forest.joblib")
raw_path = Path("forest_raw.joblib")
dump(model, compressed_path, compress=("zlib", 3))
dump(model, raw_path, compress=0)
restored = load(compressed_path)
size_compressed = compressed_path.stat().st_size
size_raw = raw_path.stat().st_size
