import matplotlib.pyplot as plt
import numpy as np
import seaborn as sns

scores = np.array([3, 10, 12, 18, 20, 20, 27, 35, 41, 50])

fig, ax = plt.subplots(figsize=(5, 3))
# explicit edges: numpy's rule puts an edge value in the bin to its right, the last edge in the last bin
sns.histplot(x=scores, bins=np.arange(0, 51, 10), ax=ax)
ax.set(xlabel="score", ylabel="students", title="Score distribution")
