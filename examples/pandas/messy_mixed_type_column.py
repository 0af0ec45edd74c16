# /// example
# task = """
# The `dose` column of a merged export mixes Python types: ints, floats, numeric strings with \
# stray spaces or a decimal comma, missing cells (`None`) and junk text. Build `doses` with the \
# `patient` and `dose` columns below (as Python objects, exactly as listed). Count the cells of \
# each Python type by type name (`int`, `float`, `str`, `NoneType`) into `type_counts`, convert \
# the column into a float Series `dose_mg` (strip spaces, read a decimal comma as a point, \
# unparseable text becomes NaN), and store in `bad_patients` the list of patients whose dose was \
# filled in but could not be parsed.
#
# patient: P1, P2, P3, P4, P5, P6, P7, P8
# dose:    12, "15", 7.5, "n/a", None, " 3.2 ", "4,5" (meaning 4.5), "twelve" (in that order)."""
# prompt = """
# I merged two exports and the `dose` column is a mess of types. Make a DataFrame `doses` with \
# patients P1, P2, P3, P4, P5, P6, P7 and P8 and these doses as Python objects, in order: 12, \
# "15", 7.5, "n/a", None, " 3.2 ", "4,5" (a decimal comma, so 4.5) and "twelve". First count how \
# many cells there are of each Python type, keyed by type name (`int`, `float`, `str`, \
# `NoneType`), in `type_counts`. Then turn the column into floats in `dose_mg` (strip spaces, \
# decimal comma to point, anything unparseable to NaN), and list in `bad_patients` the patients \
# that had a dose entered that couldn't be read."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'doses["patient"].tolist() == ["P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8"]',
#     'doses["dose"].tolist() == [12, "15", 7.5, "n/a", None, " 3.2 ", "4,5", "twelve"]',
#     'dict(type_counts) == {name: sum(type(v).__name__ == name for v in doses["dose"]) for name in ("int", "float", "str", "NoneType")}',
#     'dose_mg.dtype.kind == "f" and len(dose_mg) == len(doses)',
#     'np.allclose(dose_mg, [12, 15, 7.5, np.nan, np.nan, 3.2, 4.5, np.nan], equal_nan=True)',
#     'list(bad_patients) == ["P4", "P8"]',
# ]
# difficulty = 'intermediate'
# tags = ['data-cleaning', 'data-types', 'parsing', 'counting']
# ///
import pandas as pd

doses = pd.DataFrame(
    {
        "patient": ["P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8"],
        "dose": pd.Series([12, "15", 7.5, "n/a", None, " 3.2 ", "4,5", "twelve"], dtype=object),
    }
)

type_counts = doses["dose"].map(lambda value: type(value).__name__).value_counts()

# clean only the text cells; numbers and None pass through unchanged
is_text = doses["dose"].map(lambda value: isinstance(value, str))
text = doses["dose"].str.strip().str.replace(",", ".", regex=False)
dose_mg = pd.to_numeric(doses["dose"].where(~is_text, text), errors="coerce").astype(float)
bad_patients = doses.loc[doses["dose"].notna() & dose_mg.isna(), "patient"].tolist()
