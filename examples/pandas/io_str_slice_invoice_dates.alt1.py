import pandas as pd

invoices = pd.DataFrame(
    {"invoice": ["INV20240315-0042", "INV20231130-0007", "CRN20240102-0311", "INV20240229-0100"]}
)
parts = invoices["invoice"].str.extract(r"^(?P<kind>[A-Z]{3})(?P<date>\d{8})-\d+$")
invoices["kind"] = parts["kind"]
invoices["issued"] = pd.to_datetime(parts["date"], format="%Y%m%d")
