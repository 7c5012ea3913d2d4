"""The one build step pyproject.toml cannot declare: the wheel carries the top-level themes/ and sample.db.

The repository keeps the theme palettes (themes/*.toml) and the demo database (sample.db) at its top level,
where the layout wants them. An installed package has no top level, so the wheel puts them inside the
package, as app/themes/*.toml and app/sample.db, where app/bundled.py finds them with importlib.resources.
setuptools' own options cannot do this: package-data refuses paths outside a package's folder, and mapping
the project root as a package would ship whatever else lies there. Everything else is in pyproject.toml.
"""
from __future__ import annotations

import glob
import os

from setuptools import setup
from setuptools.command.build_py import build_py


def bundled_files() -> list[str]:
    """Paths relative to the project root; the same relative path inside the package."""
    return ["sample.db", *sorted(glob.glob("themes/*.toml"))]


class BuildPyWithBundledFiles(build_py):
    def run(self) -> None:
        super().run()
        if self.editable_mode:  # an editable install reads them where they are (see app/bundled.py)
            return
        for name in bundled_files():
            target = os.path.join(self.build_lib, "app", name)
            self.mkpath(os.path.dirname(target))
            self.copy_file(name, target, preserve_mode=False)

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        outputs = super().get_outputs(include_bytecode)
        if self.editable_mode:
            return outputs
        return outputs + [os.path.join(self.build_lib, "app", name) for name in bundled_files()]

    def get_source_files(self) -> list[str]:  # the sdist carries them too, so a wheel built from it has them
        return super().get_source_files() + bundled_files()


setup(cmdclass={"build_py": BuildPyWithBundledFiles})
