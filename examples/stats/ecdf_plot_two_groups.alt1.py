import matplotlib.pyplot as plt
from scipy import stats as st

result = st.ks_2samp(a, b, method="asymp")

fig, ax = plt.subplots()
for sample, label in ((a, "group a"), (b, "group b")):
    st.ecdf(sample).cdf.plot(ax, label=label)
ax.set_xlabel("value")
ax.set_ylabel("cumulative probability")
ax.set_title(f"Empirical CDFs (KS p = {result.pvalue:.3g})")
ax.legend()
