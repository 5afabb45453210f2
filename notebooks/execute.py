"""Re-run notebooks/seed_timeline.ipynb in place, from the repository root, with this Python's packages.

    .venv/bin/python notebooks/execute.py

No Jupyter server or registered kernel is needed (nbclient and ipykernel come with `pip install -e '.[test]'`).
The outputs are stored without execution timestamps, so re-running an unchanged notebook on unchanged code
changes nothing but what the code prints.
"""

import sys
from pathlib import Path

import nbclient
import nbformat
from jupyter_client.kernelspec import KernelSpec, KernelSpecManager

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = ROOT / "notebooks" / "seed_timeline.ipynb"


class ThisPython(KernelSpecManager):
    """A kernel running this interpreter (a fresh venv has no registered kernelspec)."""

    def get_kernel_spec(self, kernel_name):
        return KernelSpec(argv=[sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
                          display_name="Python 3", language="python")


def main() -> int:
    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(nb, timeout=300, kernel_name="python3", record_timing=False,
                                     resources={"metadata": {"path": str(ROOT)}})
    km = client.create_kernel_manager()
    km.kernel_spec_manager = ThisPython()
    client.km = km
    client.execute()
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
    nb.metadata["kernelspec"] = {"display_name": "Python 3", "language": "python", "name": "python3"}
    nbformat.validate(nb)
    nbformat.write(nb, NOTEBOOK)
    print(f"executed and wrote {NOTEBOOK.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
