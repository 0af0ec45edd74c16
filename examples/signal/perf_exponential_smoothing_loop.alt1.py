import pandas as pd

# adjust=False is the recursive form s[n] = alpha y[n] + (1 - alpha) s[n - 1] with s[0] = y[0]
smoothed = pd.Series(y).ewm(alpha=0.1, adjust=False).mean().to_numpy()
