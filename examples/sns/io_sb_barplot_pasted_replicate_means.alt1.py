import io

import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns

pasted = """variety  yield_t_ha
A               4.1
A               4.5
A               3.9
B               5.2
B               5.8
B               5.5
C               3.6
C               4.0
C               3.8"""
yields = pd.read_csv(io.StringIO(pasted), sep=r"\s+")
means = yields.groupby("variety", as_index=False)["yield_t_ha"].mean()

fig, ax = plt.subplots()
# one precomputed value per bar, so seaborn has no spread to draw an interval from
bars = sns.barplot(data=means, x="variety", y="yield_t_ha", errorbar=None, ax=ax)
bars.bar_label(bars.containers[0], labels=[f"{m:.2f}" for m in means["yield_t_ha"]])
ax.set_ylabel("mean yield (t/ha)")
