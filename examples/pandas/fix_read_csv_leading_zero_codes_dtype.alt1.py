from io import StringIO

import pandas as pd

csv_text = "code,name,price\n00123,pen,1.20\n04500,stapler,8.90\n10000,monitor,189.00\n"
products = pd.read_csv(StringIO(csv_text), converters={"code": lambda text: text})
