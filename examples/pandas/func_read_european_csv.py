# /// example
# task = '''
# Write a function `read_european_csv` with the signature and docstring below. Write the table
# `measurements` to European-style CSV text (";" separator, "," decimal, no index) in
# `measurements_eu`, and read it back with your function into `measurements_back`.
#
# ```python
# def read_european_csv(text):
#     """Read CSV text written with European number conventions.
#
#     Fields are separated by ";", the decimal mark is "," and "." groups
#     thousands, so "1.234,5" is 1234.5. The first line is the header;
#     empty fields become NaN. Returns a DataFrame with a RangeIndex.
#     """
# ```'''
# prompt = """
# Colleagues in Germany send CSV exports like `1.234,5;7`: fields split by ";", "," as the decimal \
# mark and "." between thousands (so `1.234,5` means 1234.5). Please write \
# `read_european_csv(text)` that reads such CSV text (header on the first line, empty fields as \
# NaN) into a DataFrame with a normal 0..n-1 index. To \
# test it, write my `measurements` table as European CSV text (";" separator, "," decimal, no \
# index) into `measurements_eu` and read it back into `measurements_back`."""
# task_type = 'function'
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = { measurements = 'measurements' }
# checks = [
#     'read_european_csv("name;price;qty\nA;1.234,50;3\nB;0,75;\n")["price"].tolist() == [1234.5, 0.75] and np.allclose(read_european_csv("name;price;qty\nA;1.234,50;3\nB;0,75;\n")["qty"], [3.0, np.nan], equal_nan=True)',
#     'read_european_csv("x;y\n-2,5;7\n1.000.000;-8\n").to_dict("list") == {"x": [-2.5, 1000000.0], "y": [7, -8]}',
#     'read_european_csv("total\n12.500\n3,25\n")["total"].tolist() == [12500.0, 3.25]',
#     '";" in measurements_eu and measurements_eu.splitlines()[0] == ";".join(measurements.columns)',
#     'list(measurements_back.columns) == list(measurements.columns) and measurements_back.index.equals(pd.RangeIndex(len(measurements)))',
#     'np.allclose(measurements_back.to_numpy(dtype=float), measurements.to_numpy(dtype=float), rtol=1e-12, atol=0)',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'file-io', 'parsing']
# edge_cases = true
# ///
import io

import pandas as pd


def read_european_csv(text):
    """Read CSV text written with European number conventions.

    Fields are separated by ";", the decimal mark is "," and "." groups
    thousands, so "1.234,5" is 1234.5. The first line is the header;
    empty fields become NaN. Returns a DataFrame with a RangeIndex.
    """
    # read_csv reads from a path or a buffer, so wrap the text in one
    return pd.read_csv(io.StringIO(text), sep=";", decimal=",", thousands=".")


measurements_eu = measurements.to_csv(sep=";", decimal=",", index=False)
measurements_back = read_european_csv(measurements_eu)
