import matplotlib.pyplot as plt
import numpy as np

data = survey.to_numpy()
present = [column[~np.isnan(column)] for column in data.T]
fig, ax = plt.subplots()
bp = ax.boxplot(present, positions=np.arange(1, len(present) + 1))
ax.set_xticks(np.arange(1, len(present) + 1))
ax.set_xticklabels(survey.columns)
ax.set_ylabel("value")
ax.set_title("Survey answers")
