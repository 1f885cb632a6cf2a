from pathlib import Path
print(Path(__file__).name, Path(__file__).suffix, "__file__" in globals())
