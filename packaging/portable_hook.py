"""PyInstaller runtime hook: a portable build keeps its data beside the executable."""
import os
import sys

_here = os.path.dirname(sys.executable)
if "--profile" not in sys.argv:
    sys.argv[1:1] = ["--profile", os.path.join(_here, "profile")]
