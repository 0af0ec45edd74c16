import pandas as pd

addresses = pd.Series(["12  Main   St", " 4 Elm Rd ", "99 Oak\tAve"])
clean = addresses.str.split().str.join(" ")
