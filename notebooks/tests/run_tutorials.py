#!/usr/bin/env python3
"""Executes every tutorial through the installed `neuron-java` kernelspec with nbclient, as Jupyter
does, and checks each: no error output, at least one chart (image/png), and the tutorial's own
check cell (its last cell) succeeded. Prints one line per tutorial with its run time.

    /usr/bin/python3 notebooks/tests/run_tutorials.py [notebook ...]   (from the repository root)

Needs Debian's python3-nbclient (or nbclient from pip) and `install/install.sh` run first.
"""
import glob
import os
import shutil
import sys
import tempfile
import time

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def run(path, workdir):
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(nb, kernel_name="neuron-java", timeout=600, resources={"metadata": {"path": workdir}})
    start = time.perf_counter()
    failure = None
    try:
        client.execute()
    except CellExecutionError as e:
        failure = str(e).strip().splitlines()[-1]
    seconds = time.perf_counter() - start
    errors = [o for c in nb.cells for o in c.get("outputs", []) if o.output_type == "error"]
    images = sum(1 for c in nb.cells for o in c.get("outputs", []) if "image/png" in o.get("data", {}))
    last = [o for o in nb.cells[-1].get("outputs", []) if o.output_type == "execute_result"]
    summary = last[0]["data"]["text/plain"] if last else None
    ok = failure is None and not errors and images > 0 and summary is not None
    nbformat.validate(nb)
    return ok, seconds, images, failure or (errors[0]["evalue"] if errors else None), summary


def main():
    paths = sys.argv[1:] or sorted(glob.glob(os.path.join(ROOT, "notebooks", "[0-9][0-9]-*.ipynb")))
    failed = 0
    for path in paths:
        workdir = tempfile.mkdtemp(prefix="tutorial-")
        try:
            ok, seconds, images, error, summary = run(path, workdir)
        finally:
            shutil.rmtree(workdir, ignore_errors=True)
        print("%s %-28s %6.1f s  %d charts  %s" % ("ok  " if ok else "FAIL", os.path.basename(path), seconds, images,
                                                   summary if ok else error))
        failed += not ok
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
