import pandas as pd

temps = pd.Series([-10.0, -2.0, 0.0, 5.0, 10.0, 14.5, 20.0, 23.0])
bands = pd.cut(temps, bins=[-10, 10, 20, 30], right=False, labels=["cold", "mild", "warm"])
counts = {band: int(n) for band, n in bands.value_counts().items()}
