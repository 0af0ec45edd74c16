import pandas as pd

people = pd.DataFrame({"name": ["Smith, John", "Lee, Ann", "Garcia, Maria"]})
parts = people["name"].str.extract(r"^(?P<last>[^,]+),\s*(?P<first>.+)$")
people = people.join(parts)
