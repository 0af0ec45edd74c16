import pandas as pd

members = pd.DataFrame(
    {"name": ["Ana", "Ben", "Caro", "Dev"], "active": ["yes", "no", "no", "yes"]}
)
members["active"] = members["active"].str.lower().eq("yes")
n_active = members["active"].sum()
