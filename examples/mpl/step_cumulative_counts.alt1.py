import matplotlib.pyplot as plt
import pandas as pd

counts = pd.Series(event_counts)
cumulative = counts.cumsum().to_numpy()
days = counts.index.to_numpy() + 1

fig, ax = plt.subplots()
ax.step(days, cumulative, where="post")
ax.set_xlabel("Day")
ax.set_ylabel("Cumulative events")
ax.set_title("Running total of events")
