import numpy as np

ordered = np.sort(scores)
# searchsorted(side="right") counts the values <= each score
pct_rank = 100.0 * np.searchsorted(ordered, scores, side="right") / scores.size
