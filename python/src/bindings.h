// The newsgraph._core extension module (pybind11): what each binding file adds to it, and the
// helpers they share. The pure-Python package python/newsgraph/ wraps it (docs/python.md).
//
// GIL discipline: every binding that does real work (analysis, extraction, any store call) drops
// the GIL for the C++ call and takes it back only to build Python objects or to call back into
// Python (progress callbacks). A Store is locked by its own mutex, always taken *after* the GIL
// has been released, so two Python threads sharing a Store never deadlock.
#pragma once

#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <nlohmann/json.hpp>

#include <string>

#include "newsgraph/status.h"

namespace newsgraph::python {

namespace py = pybind11;

// A non-OK Status on its way to Python; the translator registered by BindErrors turns it into
// newsgraph.Error (newsgraph.NotFound, newsgraph.InvalidArgument) with the Status's message.
struct StatusError {
  Status status;
};
[[noreturn]] void ThrowStatus(Status status);

// JSON (as the CLI prints it) to Python objects: dicts keep the JSON's key order; strings that are
// not valid UTF-8 have the bad bytes replaced. Needs the GIL.
py::object ToPython(const nlohmann::ordered_json& j);
py::object ToPython(const nlohmann::json& j);
// A Python str (encoded to UTF-8; lone surrogates become '?') or bytes (as they are), as bytes.
// Anything else raises TypeError naming `what`. Needs the GIL.
std::string BytesOf(py::handle value, const char* what);
// True for YYYY-MM-DD with a plausible month and day (the CLI's --published check).
bool ValidDate(const std::string& date);

void BindErrors(py::module_& m);
void BindText(py::module_& m);   // analyze(), extract()
void BindStore(py::module_& m);  // Store

}  // namespace newsgraph::python
