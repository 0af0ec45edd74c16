import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

per_hour = (
    events["timestamp"].dt.hour.value_counts().reindex(pd.RangeIndex(24), fill_value=0).sort_index()
)
theta = np.linspace(0, 2 * np.pi, 24, endpoint=False)

fig = plt.figure(figsize=(4, 4))
ax = fig.add_subplot(projection="polar")
ax.set_theta_offset(np.pi / 2)
ax.set_theta_direction("clockwise")
ax.bar(theta, per_hour.to_numpy(), width=np.full(24, 2 * np.pi / 24), align="center")
ax.set_title("Activity by hour")
