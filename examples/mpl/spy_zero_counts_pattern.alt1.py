import matplotlib.pyplot as plt
import numpy as np

zeros = (expression == 0).to_numpy()
zero_fraction = (expression == 0).sum() / len(expression)

fig, ax = plt.subplots(figsize=(5, 7))
ax.spy(zeros, marker="s", markersize=2, color="black", aspect="auto")
ax.set_xticks(np.arange(zeros.shape[1]))
ax.set_xticklabels(expression.columns, rotation=90)
ax.set_ylabel("gene index")
ax.set_title("Where the counts are zero")
