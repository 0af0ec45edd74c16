import numpy as np
import scipy.stats as st

n_words = np.array([len(text.split()) for text in docs])
if n_words.min() == n_words.max():
    r_pb, p_value = np.nan, np.nan
else:
    # the point-biserial correlation is Pearson's r with a 0/1 variable
    r_pb, p_value = st.pearsonr(np.asarray(labels, dtype=float), n_words)
