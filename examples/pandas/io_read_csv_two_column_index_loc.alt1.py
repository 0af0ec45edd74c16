from io import StringIO

import pandas as pd

csv_text = """region,year,sales
north,2023,120
north,2024,135
south,2023,98
south,2024,110
"""
sales = pd.read_csv(StringIO(csv_text)).set_index(["region", "year"])
south_2024 = sales.at[("south", 2024), "sales"]
north = sales.xs("north", level="region")
