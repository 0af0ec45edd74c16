# /// example
# task = """
# In the survey table `likert`, `q1` holds ordered answers 1-5. Collapse it into three ordered \
# levels in `q1_3level`: 1-2 `disagree`, 3 `neutral`, 4-5 `agree` (an ordered categorical with \
# exactly these categories in this order, missing answers kept missing), and count the \
# respondents per level in that order, zero counts included, in `q1_3level_counts`."""
# prompt = """
# For the report I want `q1` from my `likert` table (answers 1-5) on a 3-point scale: 1 and 2 \
# become `disagree`, 3 `neutral`, 4 and 5 `agree`. Keep it an ordered categorical \
# (`disagree` < `neutral` < `agree`) as `q1_3level`, leave unanswered ones missing, and give me \
# the counts per level in scale order, including levels nobody chose, as `q1_3level_counts`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { likert = 'likert' }
# checks = [
#     'isinstance(q1_3level.dtype, pd.CategoricalDtype) and q1_3level.cat.ordered and list(q1_3level.cat.categories) == ["disagree", "neutral", "agree"]',
#     '[v if isinstance(v, str) else None for v in q1_3level] == [None if pd.isna(a) else ("disagree" if int(a) <= 2 else "neutral" if int(a) == 3 else "agree") for a in likert["q1"]]',
#     'list(q1_3level_counts.index) == ["disagree", "neutral", "agree"]',
#     'q1_3level_counts.tolist() == [int(likert["q1"].isin([1, 2]).sum()), int((likert["q1"] == 3).sum()), int(likert["q1"].isin([4, 5]).sum())]',
# ]
# difficulty = 'intermediate'
# tags = ['categorical', 'recoding', 'binning']
# edge_cases = true
# ///
import pandas as pd

# right-closed bins (0, 2], (2, 3], (3, 5] put 1-2, 3 and 4-5 together
q1_3level = pd.cut(
    likert["q1"].astype(float), bins=[0, 2, 3, 5], labels=["disagree", "neutral", "agree"]
)
q1_3level_counts = q1_3level.value_counts(sort=False)
