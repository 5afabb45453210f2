"""The seed notebook runs top to bottom (with this interpreter's ipykernel, no kernelspec install needed)."""

import sys
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")

ROOT = Path(__file__).resolve().parents[1]


def test_seed_notebook_executes(tmp_path):
    from jupyter_client.kernelspec import KernelSpec, KernelSpecManager

    class ThisPython(KernelSpecManager):
        """Always hand out a kernel running the interpreter running the tests (a clean venv has no
        registered kernelspec, and the system one may be another Python without our packages)."""

        def get_kernel_spec(self, kernel_name):
            return KernelSpec(argv=[sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
                              display_name="this python", language="python")

    nb = nbformat.read(ROOT / "notebooks/seed_timeline.ipynb", as_version=4)
    client = nbclient.NotebookClient(nb, timeout=300, kernel_name="python3",
                                     resources={"metadata": {"path": str(ROOT)}})
    km = client.create_kernel_manager()
    km.kernel_spec_manager = ThisPython()
    client.km = km
    client.execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    assert any("image/png" in o.get("data", {}) for o in outputs)
    text = " ".join(str(o.get("data", {}).get("text/plain", "")) for o in outputs)
    assert "met" in text and "2023-07" in text
