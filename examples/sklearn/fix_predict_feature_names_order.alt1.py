import pandas as pd
from sklearn.linear_model import LinearRegression

cols = ["temperature", "pressure", "humidity"]
reg = LinearRegression().fit(measurements[cols], measurements["wind_speed"])
new = pd.DataFrame(
    {"humidity": [70.0, 80.0], "temperature": [10.0, 12.0], "pressure": [26.0, 27.0]}
)
# reindex puts the new columns in the training order by name
predicted = reg.predict(new.reindex(columns=cols))
