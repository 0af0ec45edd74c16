from io import StringIO

import pandas as pd

raw = "name,city\nRené,Genève\nAna,Porto\n".encode("latin-1")
contacts = pd.read_csv(StringIO(raw.decode("iso-8859-1")))
