# /// example
# task = """
# Free-text sample notes `notes` look like `"lab=A; tube=12; status=ok"`. Split them on `"; "` \
# with `str.split(expand=True)` and build `samples` with `lab` (upper case), `tube` (integer) and \
# `failed` (True when the status mentions "failed" in any case, `str.contains(case=False)`)."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'samples["lab"].tolist() == ["A", "B", "A", "C"]',
#     'samples["tube"].tolist() == [12, 7, 3, 15]',
#     'samples["failed"].tolist() == [False, True, False, True]',
# ]
# difficulty = 'intermediate'
# tags = ['string-methods', 'parsing']
# ///
import pandas as pd

notes = pd.Series(
    [
        "lab=A; tube=12; status=ok",
        "lab=B; tube=7; status=FAILED",
        "lab=a; tube=3; status=ok",
        "lab=C; tube=15; status=failed (haemolysed)",
    ]
)
parts = notes.str.split("; ", expand=True)
samples = pd.DataFrame(
    {
        "lab": parts[0].str.removeprefix("lab=").str.upper(),
        "tube": parts[1].str.removeprefix("tube=").astype(int),
        "failed": parts[2].str.contains("failed", case=False),
    }
)
