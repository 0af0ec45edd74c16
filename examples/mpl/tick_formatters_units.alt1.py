import matplotlib.pyplot as plt
from matplotlib import ticker

clean = df[df["hours"].notna() & df["income"].notna()]

fig, ax = plt.subplots()
ax.scatter(clean["hours"], clean["income"], s=12, alpha=0.7)
ax.yaxis.set_major_formatter(ticker.StrMethodFormatter("${x:,.0f}"))
ax.xaxis.set_major_formatter(ticker.FuncFormatter(lambda value, pos: f"{value:g} h"))
ax.set_xlabel("Weekly hours")
ax.set_ylabel("Income")
ax.set_title("Income against weekly hours")
