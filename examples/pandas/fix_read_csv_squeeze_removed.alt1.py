from io import StringIO

import pandas as pd

csv_text = "order_id\n1001\n1002\n1005\n"
order_ids = pd.read_csv(StringIO(csv_text))["order_id"]
