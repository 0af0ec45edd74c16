import numpy as np
import pandas as pd


def entropy_bits(answers):
    shares = answers.value_counts(normalize=True).to_numpy()
    shares = shares[shares > 0]
    # log2 gives the entropy in bits
    return float(-(shares * np.log2(shares)).sum())


item_entropy = pd.Series(
    [entropy_bits(likert[q]) for q in ["q1", "q2", "q3", "q4", "q5"]],
    index=["q1", "q2", "q3", "q4", "q5"],
)
most_varied = item_entropy.idxmax()
