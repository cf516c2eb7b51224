"""Where the app keeps its settings, portfolios and logs (one module, all overridable).

Without a profile: ``QStandardPaths`` (``AppConfigLocation`` for settings,
``AppDataLocation`` for the default portfolio and logs). With ``--profile DIR``
everything lives under ``DIR``, so a test or a portable copy never touches the
user's real files.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QStandardPaths

DEFAULT_PORTFOLIO = "Portfolio.pmo"
SETTINGS_FILE = "pmo-desktop.ini"


@dataclass(frozen=True)
class AppPaths:
    config_dir: Path
    data_dir: Path

    @property
    def settings_file(self) -> Path:
        return self.config_dir / SETTINGS_FILE

    @property
    def default_portfolio(self) -> Path:
        return self.data_dir / DEFAULT_PORTFOLIO

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"

    def ensure(self) -> AppPaths:
        """Create the folders; an ``OSError`` that says which one and why when one cannot
        be made (a profile under a file, a home folder that cannot be written)."""
        for folder in (self.config_dir, self.data_dir, self.log_dir):
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise OSError(f"PMO Desktop cannot create its folder {folder}: "
                              f"{exc.strerror or exc}. Start it with --profile DIR, a "
                              "folder you can write to.") from None
        return self


def app_paths(profile: str | Path | None = None) -> AppPaths:
    """The paths for ``profile`` (a folder), else the platform's standard ones.

    Call after ``QCoreApplication`` has its organisation and application names.
    """
    if profile:
        root = Path(profile).expanduser().resolve()
        return AppPaths(config_dir=root, data_dir=root)
    config = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppConfigLocation)
    data = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return AppPaths(config_dir=Path(config), data_dir=Path(data))
