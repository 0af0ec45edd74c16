pen_lines = orders.loc[orders["product"].eq("pen")]
