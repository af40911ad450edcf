#!/usr/bin/env python3
"""Runs every tutorial and checks it: no error output, at least one chart, nbformat-valid, and the
tutorial's own check cell (its last cell) gave its result. One line per tutorial with its run time.

    /usr/bin/python3 notebooks/tests/run_tutorials.py [--via nbclient|headless|nbconvert] [notebook ...]

  nbclient   through the installed `neuron-java` kernelspec, as Jupyter runs a notebook (default)
  headless   with `java -jar kernel/target/neuron-kernel.jar run`, no Jupyter at all; also checks
             the HTML report and the chart files it writes
  nbconvert  `jupyter nbconvert --to html --execute` through the kernelspec; checks that the HTML
             embeds the charts

Run from the repository root; needs Debian's python3-nbclient and jupyter-nbconvert, the kernelspec
installed (install/install.sh) and the kernel jar built.
"""
import argparse
import glob
import os
import shutil
import subprocess
import sys
import tempfile
import time

import nbformat

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
JAR = os.path.join(ROOT, "kernel", "target", "neuron-kernel.jar")


def check_notebook(nb):
    """@return (ok, charts, problem, summary) for an executed notebook."""
    nbformat.validate(nb)
    errors = [o for c in nb.cells for o in c.get("outputs", []) if o.output_type == "error"]
    charts = sum(1 for c in nb.cells for o in c.get("outputs", []) if "image/png" in o.get("data", {}))
    last = [o for o in nb.cells[-1].get("outputs", []) if o.output_type == "execute_result"]
    summary = last[0]["data"]["text/plain"] if last else None
    problem = (errors[0]["ename"] + ": " + errors[0]["evalue"]) if errors else None
    if not problem and not charts:
        problem = "no chart"
    if not problem and summary is None:
        problem = "the check cell gave no result"
    return problem is None, charts, problem, summary


def via_nbclient(path, work):
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError
    nb = nbformat.read(path, as_version=4)
    try:
        NotebookClient(nb, kernel_name="neuron-java", timeout=600, resources={"metadata": {"path": work}}).execute()
    except CellExecutionError:
        pass  # the error output is in the notebook; check_notebook reports it
    return check_notebook(nb)


def via_headless(path, work):
    out = os.path.join(work, "out")
    # --cwd .: the cells run beside data/, as in a notebook server (without it they run in --out)
    p = subprocess.run(["java", "-jar", JAR, "run", path, "--out", out, "--cwd", "."], cwd=work, capture_output=True,
                       text=True)
    name = os.path.basename(path)[:-len(".ipynb")]
    executed = os.path.join(out, name + ".ipynb")
    if not os.path.exists(executed):
        return False, 0, "no executed notebook (exit %d): %s" % (p.returncode, p.stderr.strip()[-300:]), None
    ok, charts, problem, summary = check_notebook(nbformat.read(executed, as_version=4))
    if ok and p.returncode != 0:
        ok, problem = False, "exit status %d" % p.returncode
    html = open(os.path.join(out, name + ".html"), encoding="utf-8").read()
    pngs = glob.glob(os.path.join(out, "charts", "*.png"))
    if ok and (html.count("data:image/png;base64,") != charts or len(pngs) != charts):
        ok, problem = False, "HTML report or chart files do not hold the %d charts" % charts
    return ok, charts, problem, summary


def via_nbconvert(path, work):
    name = os.path.basename(path)[:-len(".ipynb")]
    shutil.copy(path, work)
    p = subprocess.run(["jupyter", "nbconvert", "--to", "html", "--execute",
                        "--ExecutePreprocessor.kernel_name=neuron-java", "--ExecutePreprocessor.timeout=600",
                        name + ".ipynb"], cwd=work, capture_output=True, text=True)
    html_path = os.path.join(work, name + ".html")
    if p.returncode != 0 or not os.path.exists(html_path):
        return False, 0, "nbconvert failed: " + p.stderr.strip()[-300:], None
    html = open(html_path, encoding="utf-8").read()
    charts = html.count("data:image/png;base64,")
    ok = charts > 0 and "output_error" not in html and 'class="jp-OutputArea-output" data-mime-type="application/vnd.jupyter.stderr"' not in html
    return ok, charts, None if ok else "no chart or an error in the HTML", "HTML with %d embedded charts" % charts


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--via", choices=("nbclient", "headless", "nbconvert"), default="nbclient")
    ap.add_argument("notebooks", nargs="*")
    args = ap.parse_args()
    paths = [os.path.abspath(p) for p in args.notebooks] or sorted(
        glob.glob(os.path.join(ROOT, "notebooks", "[0-9][0-9]-*.ipynb")))
    run = {"nbclient": via_nbclient, "headless": via_headless, "nbconvert": via_nbconvert}[args.via]
    failed = 0
    for path in paths:
        work = tempfile.mkdtemp(prefix="tutorial-")
        # the tutorials' data files (an SWC morphology), beside the notebook as a user has them
        shutil.copytree(os.path.join(ROOT, "notebooks", "data"), os.path.join(work, "data"))
        start = time.perf_counter()
        try:
            ok, charts, problem, summary = run(path, work)
        finally:
            shutil.rmtree(work, ignore_errors=True)
        print("%s %-9s %-28s %6.1f s  %d charts  %s" % ("ok  " if ok else "FAIL", args.via, os.path.basename(path),
                                                       time.perf_counter() - start, charts,
                                                       summary if ok else problem), flush=True)
        failed += not ok
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
