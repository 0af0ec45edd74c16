import pandas as pd

students = pd.DataFrame(
    {
        "name": ["ana", "ben", "cy", "dee", "eve"],
        "score": [91, 85, 50, 40, 88],
        "attendance": [0.95, 0.80, 0.75, 0.90, 0.60],
    }
)


def grade(row):
    if row.attendance < 0.75:
        return "fail"
    if row.score >= 85:
        return "distinction"
    return "pass" if row.score >= 50 else "fail"


students["result"] = [grade(row) for row in students.itertuples()]
