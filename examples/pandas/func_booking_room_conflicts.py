# /// example
# task = '''
# Write a function `booking_conflicts` with the signature and docstring below.
#
# ```python
# def booking_conflicts(bookings):
#     """Flag bookings that overlap another booking of the same room.
#
#     `bookings` has columns `room`, `start` and `end` (datetimes, start < end).
#     A booking occupies [start, end): one ending exactly when the next one
#     starts does not conflict with it. Returns a boolean Series aligned with
#     `bookings` (same index, same order).
#     """
# ```'''
# prompt = """
# I manage meeting-room bookings in a DataFrame with `room`, `start` and `end` columns. Please write \
# `booking_conflicts(bookings)` returning a boolean Series (same index and order as the input) that \
# is True for every booking overlapping another booking of the same room. Treat each booking as \
# [start, end), so back-to-back meetings are fine; different rooms never clash."""
# task_type = 'function'
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = {}
# checks = [
#     'booking_conflicts(pd.DataFrame({"room": ["A", "A", "A", "B"], "start": pd.to_datetime(["2024-05-01 09:00", "2024-05-01 10:00", "2024-05-01 10:30", "2024-05-01 09:30"]), "end": pd.to_datetime(["2024-05-01 10:00", "2024-05-01 11:00", "2024-05-01 12:00", "2024-05-01 10:30"])})).tolist() == [False, True, True, False]',
#     'booking_conflicts(pd.DataFrame({"room": ["X", "Y"], "start": pd.to_datetime(["2024-05-02 08:00", "2024-05-02 08:00"]), "end": pd.to_datetime(["2024-05-02 09:00", "2024-05-02 09:00"])}, index=[5, 5])).tolist() == [False, False]',
#     'list(booking_conflicts(pd.DataFrame({"room": ["C", "D", "C"], "start": pd.to_datetime(["2024-05-03 08:00", "2024-05-03 09:00", "2024-05-03 09:00"]), "end": pd.to_datetime(["2024-05-03 12:00", "2024-05-03 10:00", "2024-05-03 10:00"])}, index=[30, 10, 20])).items()) == [(30, True), (10, False), (20, True)]',
#     'booking_conflicts(pd.DataFrame({"room": ["A"], "start": pd.to_datetime(["2024-05-04 09:00"]), "end": pd.to_datetime(["2024-05-04 17:00"])})).tolist() == [False]',
# ]
# difficulty = 'advanced'
# tags = ['reusable-function', 'datetime', 'groupby']
# ///
import numpy as np
import pandas as pd


def booking_conflicts(bookings):
    """Flag bookings that overlap another booking of the same room.

    `bookings` has columns `room`, `start` and `end` (datetimes, start < end).
    A booking occupies [start, end): one ending exactly when the next one
    starts does not conflict with it. Returns a boolean Series aligned with
    `bookings` (same index, same order).
    """
    flags = np.zeros(len(bookings), dtype=bool)
    starts, ends = bookings["start"].to_numpy(), bookings["end"].to_numpy()
    # work on row positions, so a repeated index label cannot mix up bookings
    positions = pd.Series(np.arange(len(bookings)))
    for _, rows in positions.groupby(bookings["room"].to_numpy()):
        slots = pd.IntervalIndex.from_arrays(starts[rows], ends[rows], closed="left")
        for row, slot in zip(rows, slots, strict=True):
            # every slot overlaps itself, so a conflict means a second overlap
            flags[row] = slots.overlaps(slot).sum() > 1
    return pd.Series(flags, index=bookings.index)
