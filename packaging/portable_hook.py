"""PyInstaller runtime hook of the portable build: its portfolio, settings and logs live in
``profile/`` beside the executable (``--profile`` is added unless one is given), so the
copy can run from a folder the user owns or a USB stick and leaves nothing on the machine.
The ``.mpp`` converter process (``--mpp-converter``) takes no profile."""
import os
import sys

_here = os.path.dirname(os.path.abspath(sys.executable))
if "--profile" not in sys.argv and sys.argv[1:2] != ["--mpp-converter"]:
    sys.argv[1:1] = ["--profile", os.path.join(_here, "profile")]
