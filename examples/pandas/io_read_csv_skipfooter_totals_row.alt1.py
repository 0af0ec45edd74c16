from io import StringIO

import pandas as pd

csv_text = """region,q1,q2
North,120,135
South,98,102
East,143,150
Total,361,387
"""
quarterly = pd.read_csv(StringIO(csv_text))
quarterly = quarterly[quarterly["region"] != "Total"].reset_index(drop=True)
