# /// example
# task = """
# For the plate results `dose_response` (columns `concentration` in uM and `response`), add a \
# column `dose_label`: each concentration written with 3 significant digits followed by \
# ` uM` (`0.0373 uM`, `100 uM`), as an ordered categorical whose categories are the distinct \
# labels in increasing concentration (not alphabetical) order."""
# prompt = """
# I want readable dose labels for plots of `dose_response`: a new column `dose_label` with each \
# `concentration` as text with 3 significant digits and the unit, like `0.0373 uM` or `100 uM`, \
# ordered by the numeric concentration (so `100 uM` comes last, not before `2 uM`), as an \
# ordered categorical with one category per distinct concentration."""
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = { dose_response = 'dose_response' }
# checks = [
#     'isinstance(dose_response["dose_label"].dtype, pd.CategoricalDtype) and dose_response["dose_label"].cat.ordered',
#     'list(dose_response["dose_label"].cat.categories) == list(dict.fromkeys(f"{c:.3g} uM" for c in sorted(dose_response["concentration"].dropna())))',
#     '[None if pd.isna(v) else v for v in dose_response["dose_label"]] == [None if np.isnan(c) else f"{c:.3g} uM" for c in dose_response["concentration"].to_numpy(dtype=float)]',
# ]
# difficulty = 'intermediate'
# tags = ['categorical', 'recoding', 'sorting']
# edge_cases = true
# ///
import pandas as pd

levels = sorted(dose_response["concentration"].dropna().unique())
# format the sorted levels, so the category order follows the numbers, not the text
level_labels = list(dict.fromkeys(f"{level:.3g} uM" for level in levels))
dose_response["dose_label"] = pd.Categorical(
    dose_response["concentration"].map(lambda c: f"{c:.3g} uM", na_action="ignore"),
    categories=level_labels,
    ordered=True,
)
