# /// example
# task = """
# The CSV text `report` below has two header rows: the first names the city, the second the \
# measure, and the first column is the date. Read it with both header rows and reshape it to the \
# long table `long` with one row per date and city, columns `date`, `city`, `tmax`, `tmin`, in \
# date order (cities in header order within a date), with a fresh 0..n-1 index.
#
# ```text
# date,Bonn,Bonn,Koln,Koln
# ,tmax,tmin,tmax,tmin
# 2024-03-01,13.0,4.2,12.4,3.1
# 2024-03-02,10.1,0.3,9.8,-0.5
# ```
#
# Wanted `long`:
#
# ```text
#          date  city  tmax  tmin
# 0  2024-03-01  Bonn  13.0   4.2
# 1  2024-03-01  Koln  12.4   3.1
# 2  2024-03-02  Bonn  10.1   0.3
# 3  2024-03-02  Koln   9.8  -0.5
# ```"""
# prompt = """
# A weather portal exports CSV with two header lines (city on the first, measure on the second). I \
# have it as a string `report`. How do I get a tidy `long` table with columns `date`, `city`, \
# `tmax`, `tmin`, in date order, with a clean index?
#
# ```text
# date,Bonn,Bonn,Koln,Koln
# ,tmax,tmin,tmax,tmin
# 2024-03-01,13.0,4.2,12.4,3.1
# 2024-03-02,10.1,0.3,9.8,-0.5
# ```
#
# Target:
#
# ```text
#          date  city  tmax  tmin
# 0  2024-03-01  Bonn  13.0   4.2
# 1  2024-03-01  Koln  12.4   3.1
# 2  2024-03-02  Bonn  10.1   0.3
# 3  2024-03-02  Koln   9.8  -0.5
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'list(long.columns) == ["date", "city", "tmax", "tmin"]',
#     'long["city"].tolist() == ["Bonn", "Koln", "Bonn", "Koln"]',
#     'pd.to_datetime(long["date"]).dt.strftime("%Y-%m-%d").tolist() == ["2024-03-01", "2024-03-01", "2024-03-02", "2024-03-02"]',
#     'np.allclose(long["tmax"].to_numpy(dtype=float), [13.0, 12.4, 10.1, 9.8]) and np.allclose(long["tmin"].to_numpy(dtype=float), [4.2, 3.1, 0.3, -0.5])',
#     'list(long.index) == [0, 1, 2, 3]',
# ]
# difficulty = 'advanced'
# tags = ['file-io', 'hierarchical-index', 'reshaping']
# ///
import io

import pandas as pd

report = """date,Bonn,Bonn,Koln,Koln
,tmax,tmin,tmax,tmin
2024-03-01,13.0,4.2,12.4,3.1
2024-03-02,10.1,0.3,9.8,-0.5
"""
# header=[0, 1] builds (city, measure) column pairs; stack(level=0) moves the city into the rows
long = (
    pd.read_csv(io.StringIO(report), header=[0, 1], index_col=0)
    .stack(level=0)
    .rename_axis(["date", "city"])
    .reset_index()
)
