import pandas as pd

lines = orders.set_index(["customer", "order_id"]).sort_index()
rows = pd.IndexSlice
early_customers = lines.loc(axis=0)[rows["C001":"C005", :]][["product", "quantity"]]
