import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns

counts = pd.Series(event_counts, name="events")

fig, ax = plt.subplots()
sns.histplot(x=counts, discrete=True, shrink=0.8, stat="count", ax=ax)
ax.set(xlabel="Events per interval", ylabel="Count", title="Distribution of event counts")
