import numpy as np
import scipy.stats as st

t = patients["time"].to_numpy(dtype=float)
died = patients["event"].to_numpy(dtype=bool)
km = st.ecdf(st.CensoredData.right_censored(t, ~died))
surv_12 = float(km.sf.evaluate(12.0))
death_times = np.unique(t[died])
curve = km.sf.evaluate(death_times)
hits = np.flatnonzero(curve <= 0.5)
median_survival = float(death_times[hits[0]]) if hits.size else float("nan")
