# /// example
# task = """
# Free-text sample notes `notes` look like `"lab=A; tube=12; status=ok"`. Split them on `"; "` \
# with `str.split(expand=True)` and build `samples` with `lab` (upper case), `tube` (integer) and \
# `failed` (True when the status mentions "failed" in any case, `str.contains(case=False)`)."""
# prompt = """
# My free-text sample notes `notes` (a Series) look like "lab=A; tube=12; status=ok"; the four I \
# have are "lab=A; tube=12; status=ok", "lab=B; tube=7; status=FAILED", "lab=a; tube=3; \
# status=ok" and "lab=C; tube=15; status=failed (haemolysed)". Split them on "; " into columns \
# and build `samples` with `lab` (upper case), `tube` (integer) and `failed` (True when the \
# status mentions "failed" in any case)."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     # each field parsed straight from the notes
#     'samples["lab"].tolist() == [note.split("; ")[0].split("=")[1].upper() for note in notes]',
#     'samples["tube"].tolist() == [int(note.split("; ")[1].split("=")[1]) for note in notes]',
#     'samples["failed"].tolist() == ["failed" in note.split("; ")[2].lower() for note in notes]',
# ]
# difficulty = 'intermediate'
# tags = ['text-processing', 'parsing']
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
# expand=True returns one column per field instead of a Series of lists
parts = notes.str.split("; ", expand=True)
samples = pd.DataFrame(
    {
        "lab": parts[0].str.removeprefix("lab=").str.upper(),
        "tube": parts[1].str.removeprefix("tube=").astype(int),
        # case=False matches FAILED and failed alike
        "failed": parts[2].str.contains("failed", case=False),
    }
)
