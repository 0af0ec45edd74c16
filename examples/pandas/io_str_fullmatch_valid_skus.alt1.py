import pandas as pd

catalog = pd.DataFrame(
    {"sku": ["ABC-1234", "abc-1234", "ABC-12345", "XY-0001", "QRS-0042 ", "DEF-9876"]}
)
# \A and \Z pin the pattern to the start and the very end of the text
catalog["valid"] = catalog["sku"].str.contains(r"\A[A-Z]{3}-\d{4}\Z", regex=True)
