import io

import matplotlib.pyplot as plt
import pandas as pd

table = """region   Q1   Q2   Q3   Q4
North   120  135  150  160
South    95  100   90  110
West     80   85  105  120"""
sales = pd.read_csv(io.StringIO(table), sep=r"\s+", index_col="region")

fig, ax = plt.subplots()
# transposed, every quarter is a row (a group) and every region a column (a bar colour)
sales.T.plot.bar(ax=ax, rot=0, width=0.8)
ax.set_ylabel("Sales (k$)")
ax.set_title("Sales per quarter and region")
ax.legend(title=None)
