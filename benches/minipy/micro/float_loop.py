# 300,000 float multiply-adds in a function: str_float_build.py's second loop alone.
def run():
    x = 0.5
    for i in range(300000):
        x = x * 1.000001 + 0.25
    return x
print(run())
