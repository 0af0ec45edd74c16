import pandas as pd

# factorize the plain label strings; sort=True numbers them in sorted order
labels = trial["treatment"].astype(str).to_numpy()
codes, uniques = pd.factorize(labels, sort=True)
