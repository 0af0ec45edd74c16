import pandas as pd

monthly_rain = weather["rainfall"].groupby(pd.Grouper(freq=pd.offsets.MonthEnd())).sum()
