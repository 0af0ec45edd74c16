import io

import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns

pasted = """month  city  temp_c
    1  Oslo    -4.3
    2  Oslo    -4.0
    3  Oslo    -0.2
    4  Oslo     4.5
    1  Rome     7.5
    2  Rome     8.6
    3  Rome    11.1
    4  Rome    13.9"""
temps = pd.read_csv(io.StringIO(pasted), sep=r"\s+")

fig, ax = plt.subplots()
# marker= is passed through to Matplotlib, so every line gets round markers
sns.lineplot(data=temps, x="month", y="temp_c", hue="city", marker="o", ax=ax)
ax.set_xticks([1, 2, 3, 4])
ax.set_title("Mean temperature, Oslo vs Rome")
