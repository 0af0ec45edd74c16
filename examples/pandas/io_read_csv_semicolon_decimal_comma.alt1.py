from io import StringIO

import pandas as pd

export = """product;price;units
Tisch;1.299,50;3
Stuhl;89,90;12
Lampe;24,00;7
"""

prices = pd.read_csv(StringIO(export), sep=";", dtype={"price": str})
prices["price"] = (
    prices["price"]
    .str.replace(".", "", regex=False)
    .str.replace(",", ".", regex=False)
    .astype(float)
)
prices = prices.assign(revenue=prices["price"] * prices["units"])
