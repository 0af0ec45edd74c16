import numpy as np
import scipy.stats as st

x = df.query("treatment == 'drug'")["response"].to_numpy()
y = df.query("treatment == 'control'")["response"].to_numpy()

result = None
if x.size > 1 and y.size > 1:
    pooled = st.rankdata(np.concatenate([x, y]))
    # a value's placement: its pooled rank minus its rank within its own arm
    place_x = pooled[: x.size] - st.rankdata(x)
    place_y = pooled[x.size :] - st.rankdata(y)
    if place_x.std() > 0 or place_y.std() > 0:
        result = st.brunnermunzel(x, y, alternative="greater", distribution="t")
