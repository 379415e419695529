"""The type stubs (python/newsgraph/_core.pyi) declare exactly the extension's public names."""
import ast
import inspect
import pathlib

import newsgraph
from newsgraph import _core


def stub_names():
    tree = ast.parse((pathlib.Path(_core.__file__).parent / "_core.pyi").read_text())
    top, methods = set(), set()
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            top.add(node.name)
        elif isinstance(node, ast.AnnAssign):
            top.add(node.target.id)
        if isinstance(node, ast.ClassDef) and node.name == "Store":
            methods = {n.name for n in node.body if isinstance(n, ast.FunctionDef)}
    return top - {"Row"}, methods


def test_stubs_match_the_module():
    top, methods = stub_names()
    assert top == {n for n in dir(_core) if not n.startswith("_")} | {"__version__"}
    assert methods - {"__init__"} == {n for n in dir(_core.Store) if not n.startswith("_")}


def test_everything_has_a_docstring():
    for name in newsgraph.__all__:
        obj = getattr(newsgraph, name)
        if callable(obj):
            assert inspect.getdoc(obj), name
    for name in dir(_core.Store):
        if not name.startswith("_"):
            assert inspect.getdoc(getattr(_core.Store, name)), name
