def run():
    x = 0
    for i in range(3000000):
        x += i
    return x
print(run())
