import pandas as pd

mean_response = pd.pivot_table(
    dose_response, index="concentration", values="response", aggfunc="mean"
)["response"]
