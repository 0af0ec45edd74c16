import warnings

import matplotlib.pyplot as plt
import seaborn as sns

fig, ax = plt.subplots(figsize=(3, 2.5))
overflowed = len(event_counts) > 300
if not overflowed:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        sns.swarmplot(y=event_counts, size=8, ax=ax)
        # seaborn places the swarm when the figure is drawn, so draw inside the block
        fig.canvas.draw()
    overflowed = any("cannot be placed" in str(w.message) for w in caught)

if overflowed:
    ax.clear()
    sns.stripplot(y=event_counts, jitter=True, alpha=0.5, ax=ax)
kind = "strip" if overflowed else "swarm"
ax.set_ylabel("Events per interval")
ax.set_title(f"Event counts ({kind} plot)")
