import pandas as pd

customers = pd.DataFrame(
    {"customer": ["Ana", "Ben", "Caro", "Dev"], "zip": [2134, 90210, 501, 60614]}
)
customers["zip"] = customers["zip"].map("{:05d}".format)
