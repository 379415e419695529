// newsgraph.Error and its subclasses, and the translation of a C++ Status into them.
#include <Python.h>

#include "bindings.h"

namespace newsgraph::python {
namespace {

// Created once at import and never freed (the module lives as long as the interpreter).
PyObject* g_error = nullptr;
PyObject* g_not_found = nullptr;
PyObject* g_invalid_argument = nullptr;

// A stable name for each code, set as the exception's `code` attribute.
const char* CodeName(StatusCode code) {
  switch (code) {
    case StatusCode::kOk: return "OK";
    case StatusCode::kInvalidArgument: return "InvalidArgument";
    case StatusCode::kNotFound: return "NotFound";
    case StatusCode::kCorruption: return "Corruption";
    case StatusCode::kIOError: return "IOError";
    case StatusCode::kTooLarge: return "TooLarge";
    case StatusCode::kUnsupported: return "Unsupported";
    case StatusCode::kInternal: return "Internal";
  }
  return "Unknown";
}

PyObject* NewClass(const char* name, const char* doc, PyObject* bases) {
  PyObject* cls = PyErr_NewExceptionWithDoc(name, doc, bases, nullptr);
  if (!cls) throw py::error_already_set();
  return cls;
}

// Sets the Python error for `status` (called with the GIL held, by pybind11's translator).
void Raise(const Status& status) {
  PyObject* cls = status.code() == StatusCode::kNotFound          ? g_not_found
                  : status.code() == StatusCode::kInvalidArgument ? g_invalid_argument
                                                                  : g_error;
  std::string text = status.ToString();
  PyObject* message = PyUnicode_DecodeUTF8(text.data(), static_cast<Py_ssize_t>(text.size()), "replace");
  if (!message) return;
  PyObject* exc = PyObject_CallOneArg(cls, message);
  Py_DECREF(message);
  if (!exc) return;
  PyObject* code = PyUnicode_FromString(CodeName(status.code()));
  if (code) {
    PyObject_SetAttrString(exc, "code", code);
    Py_DECREF(code);
  }
  PyErr_SetObject(cls, exc);
  Py_DECREF(exc);
}

}  // namespace

void ThrowStatus(Status status) {
  if (status.ok()) status = Status::Internal("an error was raised with an OK status");
  throw StatusError{std::move(status)};
}

void BindErrors(py::module_& m) {
  g_error = NewClass("newsgraph.Error",
                     "A newsgraph failure, with the C++ engine's message (\"Corruption: ...\"). "
                     "`code` names the kind: NotFound, InvalidArgument, Corruption, IOError, "
                     "TooLarge, Unsupported, Internal.",
                     nullptr);
  PyObject* bases = Py_BuildValue("(OO)", g_error, PyExc_LookupError);
  g_not_found = NewClass("newsgraph.NotFound", "No such document, person, event or story (also a LookupError).", bases);
  Py_XDECREF(bases);
  bases = Py_BuildValue("(OO)", g_error, PyExc_ValueError);
  g_invalid_argument = NewClass("newsgraph.InvalidArgument", "An unusable argument (also a ValueError).", bases);
  Py_XDECREF(bases);
  PyObject_SetAttrString(g_error, "code", Py_None);
  m.attr("Error") = py::handle(g_error);
  m.attr("NotFound") = py::handle(g_not_found);
  m.attr("InvalidArgument") = py::handle(g_invalid_argument);
  py::register_exception_translator([](std::exception_ptr p) {
    try {
      if (p) std::rethrow_exception(p);
    } catch (const StatusError& e) {
      Raise(e.status);
    }
  });
}

}  // namespace newsgraph::python
