import pandas as pd

contacts = pd.DataFrame({"name": ["Ana", "Ben"], "phone": ["555-123-4567", "555-987-6543"]})
digits = contacts["phone"].replace(r"\D", "", regex=True)
