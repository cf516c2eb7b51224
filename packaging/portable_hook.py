"""PyInstaller runtime hook of the portable build: its portfolio, settings and logs live in
``profile/`` beside the executable (``--profile`` is added unless one is given), so the
copy can run from a folder the user owns or a USB stick and leaves nothing on the machine.
Where that folder cannot be written (a read-only share, a locked-down Program Files), the
copy runs as an installed one does, with the user's own folders. The ``.mpp`` converter
process (``--mpp-converter``) takes no profile."""
import os
import sys


def _portable_profile() -> None:
    if "--profile" in sys.argv or sys.argv[1:2] == ["--mpp-converter"]:
        return
    profile = os.path.join(os.path.dirname(os.path.abspath(sys.executable)), "profile")
    try:
        os.makedirs(profile, exist_ok=True)
        probe = os.path.join(profile, ".writable")
        with open(probe, "w", encoding="ascii"):
            pass
        os.remove(probe)
    except OSError:
        return
    sys.argv[1:1] = ["--profile", profile]


_portable_profile()
