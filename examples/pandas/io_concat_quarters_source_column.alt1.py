import pandas as pd

q1 = pd.DataFrame({"item": ["pen", "ink"], "units": [40, 12]})
q2 = pd.DataFrame({"item": ["pen", "pad", "ink"], "units": [35, 8, 20]})

parts = [frame.assign(quarter=label) for label, frame in [("Q1", q1), ("Q2", q2)]]
year = pd.concat(parts, ignore_index=True)[["quarter", "item", "units"]]
