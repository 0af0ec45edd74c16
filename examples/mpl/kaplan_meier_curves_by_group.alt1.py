import matplotlib.pyplot as plt
import numpy as np
import scipy.stats as st

fig, ax = plt.subplots()
for label, grp in patients.groupby("group", observed=True):
    t = grp["time"].to_numpy(dtype=float)
    observed = grp["event"].to_numpy(dtype=bool)
    data = st.CensoredData(uncensored=t[observed], right=t[~observed])
    sf = st.ecdf(data).sf
    x = np.concatenate([[0.0], np.unique(t)])
    ax.step(x, np.concatenate([[1.0], sf.evaluate(np.unique(t))]), where="post", label=str(label))
ax.set(xlabel="time (months)", ylabel="survival probability", title="Kaplan-Meier estimate")
ax.legend()
