from io import StringIO

import pandas as pd

sales = pd.read_csv(StringIO(csv_text))
revenue_text = sales["revenue"].str.replace("$", "", regex=False).str.replace(",", "", regex=False)
sales["revenue"] = revenue_text.astype(float)
mean_revenue = sales["revenue"].mean()
