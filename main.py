"""Thin launcher: `python main.py` opens the app, `python main.py --help` lists commands.

It is also the built app's entry point (packaging/pmo_desktop.spec), where the same
executable runs the .mpp converter process (``mppjava.converter_command``).
"""
import sys

if __name__ == "__main__":
    if sys.argv[1:2] == ["--mpp-converter"] and len(sys.argv) == 3:
        from pmo_desktop.importing.mppjava import serve

        sys.exit(serve(sys.argv[2]))
    # A name the console's code page cannot spell (Windows, output redirected to a file:
    # cp1252 has no Polish ł) prints as "?" instead of ending the command with a traceback.
    for stream in (sys.stdout, sys.stderr):
        if stream is not None and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    from pmo_desktop.cli import main

    sys.exit(main())
