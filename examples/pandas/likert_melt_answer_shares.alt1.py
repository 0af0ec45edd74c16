import pandas as pd

long = pd.melt(
    likert, value_vars=["q1", "q2", "q3", "q4", "q5"], var_name="question", value_name="answer"
)
counts = long.groupby(["question", long["answer"].astype(int)]).size().unstack(fill_value=0)
counts = counts.reindex(columns=range(1, 6), fill_value=0)
answer_share = counts.div(counts.sum(axis=1), axis=0)
