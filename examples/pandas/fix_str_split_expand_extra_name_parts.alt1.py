import pandas as pd

people = pd.DataFrame({"name": ["Ada Lovelace", "Alan Mathison Turing", "Grace Hopper"]})
parts = people["name"].str.extract(r"^(?P<first>.+)\s(?P<last>\S+)$")
people = people.join(parts)
