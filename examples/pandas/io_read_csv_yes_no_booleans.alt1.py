from io import StringIO

import pandas as pd

csv_text = """order_id,paid,shipped
1,yes,Y
2,no,N
3,yes,N
4,yes,Y
5,no,N
6,yes,N
"""
orders = pd.read_csv(StringIO(csv_text))
orders["paid"] = orders["paid"].map({"yes": True, "no": False})
orders["shipped"] = orders["shipped"].eq("Y")
to_ship = orders.query("paid and not shipped")["order_id"].tolist()
