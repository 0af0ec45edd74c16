import numpy as np
import pandas as pd

returns = pd.Series(
    [0.02, -0.01, 0.03, 0.00, -0.02],
    index=pd.period_range("2024-01", periods=5, freq="M"),
    name="return",
)
growth = np.exp(np.log1p(returns).cumsum())
