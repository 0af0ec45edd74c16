import numpy as np
import pandas as pd

incomes = pd.DataFrame(
    {"person": ["ana", "ben", "cy", "dee"], "income": [11000, 12000, 45500, 70000]}
)
brackets = pd.DataFrame({"lower": [0, 12000, 45000, 70000], "rate": [0.00, 0.14, 0.30, 0.42]})

position = (
    np.searchsorted(brackets["lower"].to_numpy(), incomes["income"].to_numpy(), side="right") - 1
)
incomes["rate"] = brackets["rate"].to_numpy()[position]
