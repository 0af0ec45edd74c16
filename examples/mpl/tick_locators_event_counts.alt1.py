import matplotlib.pyplot as plt
import matplotlib.ticker as mticker
import pandas as pd

counts = pd.Series(event_counts).value_counts().reindex(range(event_counts.max() + 1), fill_value=0)

fig, ax = plt.subplots()
ax.bar(counts.index, counts.to_numpy())
ax.xaxis.set_major_locator(mticker.MultipleLocator(base=5))
ax.xaxis.set_minor_locator(mticker.MultipleLocator(base=1))
ax.yaxis.set_major_locator(mticker.MaxNLocator(integer=True))
ax.set(xlabel="count per interval", ylabel="intervals", title="How often each count occurs")
