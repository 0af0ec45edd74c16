import pandas as pd

files = pd.DataFrame({"file": ["report.final.csv", "data.json", "README"]})
parts = files["file"].str.extract(r"^(?P<stem>.*?)(?:\.(?P<extension>[^.]*))?$")
files["stem"] = parts["stem"]
files["extension"] = parts["extension"]
