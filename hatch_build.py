"""Build hook: compile the gettext catalogs (.po → .mo) into the wheel.

The .po files are the source and live in git; the .mo files are build output
(ignored by git), made here for every wheel and editable install, so a changed
message is one edited file. ``vardservice._i18n`` compiles a .po in memory when
its .mo is missing or older, so an unbuilt source tree works too.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CatalogsBuildHook(BuildHookInterface):  # type: ignore[misc]
    """Compile ``src/vardservice/locale/*/LC_MESSAGES/*.po`` next to themselves."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        """Write each catalog's .mo and include it in the build."""
        from babel.messages.mofile import write_mo
        from babel.messages.pofile import read_po

        root = Path(self.root)
        for po in sorted((root / "src" / "vardservice" / "locale").glob("*/LC_MESSAGES/*.po")):
            with po.open("rb") as file:
                catalog = read_po(file, locale=po.parent.parent.name)
            mo = po.with_suffix(".mo")
            with mo.open("wb") as file:
                write_mo(file, catalog, use_fuzzy=False)
            build_data["force_include"][str(mo)] = str(mo.relative_to(root / "src"))
