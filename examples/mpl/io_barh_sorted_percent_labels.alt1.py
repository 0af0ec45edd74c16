import matplotlib.pyplot as plt
import pandas as pd

answers = pd.Series({"Email": 45, "Phone": 12, "Chat": 30, "In person": 13})
ordered = answers.sort_values(ascending=False)
fig, ax = plt.subplots()
bars = ax.barh(ordered.index, ordered)
ax.invert_yaxis()
ax.bar_label(bars, labels=[f"{v / ordered.sum():.0%}" for v in ordered])
ax.set(xlabel="respondents", title="Preferred contact channel")
