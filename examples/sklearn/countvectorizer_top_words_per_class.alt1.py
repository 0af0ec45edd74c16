import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import CountVectorizer

cv = CountVectorizer(stop_words="english")
matrix = cv.fit_transform(docs)
words = cv.get_feature_names_out()
top_words = {}
for cls in [0, 1]:
    mask = np.asarray(labels) == cls
    freq = pd.Series(np.ravel(matrix[mask].sum(axis=0)), index=words)
    freq = freq[freq > 0].sort_values(ascending=False, kind="mergesort")
    top_words[cls] = freq.head(5).index.tolist()
