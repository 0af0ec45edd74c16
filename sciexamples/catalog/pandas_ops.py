"""placeholder"""

def examples():
    return []
