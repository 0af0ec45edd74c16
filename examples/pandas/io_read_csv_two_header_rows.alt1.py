import io

import pandas as pd

report = """date,Bonn,Bonn,Koln,Koln
,tmax,tmin,tmax,tmin
2024-03-01,13.0,4.2,12.4,3.1
2024-03-02,10.1,0.3,9.8,-0.5
"""

wide = pd.read_csv(io.StringIO(report), header=[0, 1], index_col=0)
pieces = []
for city in wide.columns.get_level_values(0).unique():
    part = wide[city].reset_index()
    part.columns = ["date", "tmax", "tmin"]
    pieces.append(part.assign(city=city))
long = (
    pd.concat(pieces)
    .sort_values(["date", "city"])
    .reset_index(drop=True)
    .loc[:, ["date", "city", "tmax", "tmin"]]
)
