import pandas as pd
from scipy import stats

ratings = pd.DataFrame({"judge_1": [3, 1, 4, 4, 5, 9], "judge_2": [2, 1, 3, 5, 5, 8]})
judge_1, judge_2 = ratings["judge_1"], ratings["judge_2"]
# Pearson on average ranks is Spearman's rho, and its t-based p-value matches too
rho, p_value = stats.pearsonr(judge_1.rank(), judge_2.rank())
