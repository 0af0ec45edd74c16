from io import StringIO

import pandas as pd

orders_table = pd.read_csv(StringIO("order_id,total\n1001,25.0\n1002,9.5\n1003,40.0\n"))
requested = ["1001", "1003"]
to_cancel = orders_table[orders_table["order_id"].astype(str).isin(requested)]
