import pandas as pd
from sklearn.linear_model import LinearRegression

design = pd.get_dummies(
    df[["site", "treatment", "dose", "age"]], columns=["site", "treatment"], dtype=float
)
model = LinearRegression().fit(design, df["response"])
fitted = model.predict(design)
