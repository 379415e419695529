// PYBIND11_MODULE for newsgraph._core: the C++ side of the Python module (docs/python.md).
#include "bindings.h"

PYBIND11_MODULE(_core, m) {
  m.doc() =
      "newsgraph's C++ engine (pybind11). Use the `newsgraph` package, which wraps this module "
      "with iterators and pandas helpers.";
  m.attr("__version__") = NEWSGRAPH_VERSION;
  newsgraph::python::BindErrors(m);
  newsgraph::python::BindText(m);
  newsgraph::python::BindStore(m);
}
