from io import StringIO

import pandas as pd

tsv_text = "sku\tprice\nA1\t9.5\nB2\t12.0\nC3\t4.25\n"
prices = pd.read_table(StringIO(tsv_text))["price"]
