"""The build step of the sqlrisk package: compile libsqlrisk.so with the Swift toolchain (the Swift
runtime linked in statically, so the installed package needs no toolchain) and ship it inside the
package. The SQLRisk checkout is this directory's grandparent; an sdist records where it was made
(``sqlrisk_source_root.txt``), so ``python3 -m build`` (sdist, then a wheel from it) works from a
checkout too. SQLRISK_SOURCE_ROOT overrides both."""

import os
import shutil
import subprocess

from setuptools import setup
from setuptools.command.build_py import build_py
from setuptools.command.sdist import sdist
from setuptools.dist import Distribution

HERE = os.path.dirname(os.path.abspath(__file__))
RECORD = "sqlrisk_source_root.txt"


def source_root():
    candidates = [os.environ.get("SQLRISK_SOURCE_ROOT"), os.path.dirname(os.path.dirname(HERE))]
    recorded = os.path.join(HERE, RECORD)
    if os.path.exists(recorded):
        with open(recorded) as handle:
            candidates.append(handle.read().strip())
    for root in candidates:
        if root and os.path.exists(os.path.join(root, "Package.swift")) and os.path.exists(os.path.join(root, "Sources", "SQLRiskC")):
            return root
    raise SystemExit("sqlrisk: cannot find the SQLRisk sources (Package.swift); set SQLRISK_SOURCE_ROOT to a checkout")


class BuildWithSwift(build_py):
    def run(self):
        super().run()
        root = source_root()
        if shutil.which("swift") is None:
            raise SystemExit("sqlrisk: building needs the Swift toolchain (swift on PATH) and libpg-query-dev")
        # A scratch directory of its own: a build of the package (or its tests) may hold .build's lock.
        scratch = os.environ.get("SQLRISK_SWIFT_SCRATCH", os.path.join(root, ".build", "python-package"))
        subprocess.run(["swift", "build", "-c", "release", "--static-swift-stdlib", "-Xswiftc", "-static-stdlib", "--scratch-path", scratch,
                        "--product", "sqlrisk"], cwd=root, check=True)
        built = os.path.join(scratch, "release", "libsqlrisk.so")
        target = os.path.join(self.build_lib, "sqlrisk")
        os.makedirs(target, exist_ok=True)
        shutil.copyfile(built, os.path.join(target, "libsqlrisk.so"))


class RecordSource(sdist):
    def make_release_tree(self, base_dir, files):
        super().make_release_tree(base_dir, files)
        with open(os.path.join(base_dir, RECORD), "w") as handle:
            handle.write(source_root())


class BinaryDistribution(Distribution):
    """The wheel carries a native library: tag it for this platform, not as pure Python."""

    def has_ext_modules(self):
        return True


setup(cmdclass={"build_py": BuildWithSwift, "sdist": RecordSource}, distclass=BinaryDistribution)
