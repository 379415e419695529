// JSON to Python objects, and Python text arguments to UTF-8 bytes.
#include <Python.h>

#include "bindings.h"

namespace newsgraph::python {
namespace {

py::str Str(const std::string& s) {
  PyObject* o = PyUnicode_DecodeUTF8(s.data(), static_cast<Py_ssize_t>(s.size()), "replace");
  if (!o) throw py::error_already_set();
  return py::reinterpret_steal<py::str>(o);
}

template <typename Json>
py::object Convert(const Json& j) {
  switch (j.type()) {
    case nlohmann::json::value_t::null:
    case nlohmann::json::value_t::discarded:
      return py::none();
    case nlohmann::json::value_t::boolean:
      return py::bool_(j.template get<bool>());
    case nlohmann::json::value_t::number_integer:
      return py::int_(j.template get<int64_t>());
    case nlohmann::json::value_t::number_unsigned:
      return py::int_(j.template get<uint64_t>());
    case nlohmann::json::value_t::number_float:
      return py::float_(j.template get<double>());
    case nlohmann::json::value_t::string:
      return Str(j.template get_ref<const std::string&>());
    case nlohmann::json::value_t::array: {
      py::list out(j.size());
      size_t i = 0;
      for (const auto& v : j) out[i++] = Convert(v);
      return out;
    }
    case nlohmann::json::value_t::object: {
      py::dict out;
      for (auto it = j.begin(); it != j.end(); ++it) out[Str(it.key())] = Convert(it.value());
      return out;
    }
    case nlohmann::json::value_t::binary:
      break;
  }
  return py::none();
}

}  // namespace

py::object ToPython(const nlohmann::ordered_json& j) { return Convert(j); }
py::object ToPython(const nlohmann::json& j) { return Convert(j); }

std::string BytesOf(py::handle value, const char* what) {
  if (PyBytes_Check(value.ptr())) {
    char* data = nullptr;
    Py_ssize_t size = 0;
    if (PyBytes_AsStringAndSize(value.ptr(), &data, &size) != 0) throw py::error_already_set();
    return std::string(data, static_cast<size_t>(size));
  }
  if (PyUnicode_Check(value.ptr())) {
    Py_ssize_t size = 0;
    const char* data = PyUnicode_AsUTF8AndSize(value.ptr(), &size);
    if (data) return std::string(data, static_cast<size_t>(size));
    PyErr_Clear();  // lone surrogates: encode them as '?'
    PyObject* b = PyUnicode_AsEncodedString(value.ptr(), "utf-8", "replace");
    if (!b) throw py::error_already_set();
    std::string out(PyBytes_AS_STRING(b), static_cast<size_t>(PyBytes_GET_SIZE(b)));
    Py_DECREF(b);
    return out;
  }
  throw py::type_error(std::string(what) + ": expected str or bytes, got " +
                       std::string(py::str(py::type::handle_of(value).attr("__name__"))));
}

bool ValidDate(const std::string& d) {
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
  for (int i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (d[i] < '0' || d[i] > '9') return false;
  int month = (d[5] - '0') * 10 + (d[6] - '0'), day = (d[8] - '0') * 10 + (d[9] - '0');
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

}  // namespace newsgraph::python
