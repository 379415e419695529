// Status and Result<T>: how every stage reports failure on data.
//
//   newsgraph::Result<Document> r = Parse(bytes);
//   if (!r.ok()) { std::cerr << r.status().ToString() << "\n"; return; }
//   Document doc = std::move(r).value();
//
// A Status carries a code and a human-readable message that says where (file, record, byte
// offset) and what went wrong. Never throw across a stage boundary for bad input; return a Status.
#pragma once

#include <cassert>
#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace newsgraph {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,  // the caller passed something unusable (usage error)
  kNotFound,         // a path, id or record that does not exist
  kCorruption,       // input bytes that do not parse (bad gzip, broken WARC, bad model file)
  kIOError,          // the operating system refused a read or write
  kTooLarge,         // input over a documented limit
  kUnsupported,      // a format or version this build does not read
  kInternal,         // a bug: should never reach a user
};

const char* StatusCodeName(StatusCode code);

class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string m) { return {StatusCode::kInvalidArgument, std::move(m)}; }
  static Status NotFound(std::string m) { return {StatusCode::kNotFound, std::move(m)}; }
  static Status Corruption(std::string m) { return {StatusCode::kCorruption, std::move(m)}; }
  static Status IOError(std::string m) { return {StatusCode::kIOError, std::move(m)}; }
  static Status TooLarge(std::string m) { return {StatusCode::kTooLarge, std::move(m)}; }
  static Status Unsupported(std::string m) { return {StatusCode::kUnsupported, std::move(m)}; }
  static Status Internal(std::string m) { return {StatusCode::kInternal, std::move(m)}; }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  // "Corruption: <message>", or "OK".
  std::string ToString() const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

// Either a value or a non-OK Status.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : value_(std::move(value)) {}          // NOLINT(implicit)
  Result(Status status) : status_(std::move(status)) {   // NOLINT(implicit)
    assert(!status_.ok() && "Result built from an OK status without a value");
    if (status_.ok()) status_ = Status::Internal("Result built from OK status without value");
  }
  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  const T& value() const& { assert(ok()); return *value_; }
  T& value() & { assert(ok()); return *value_; }
  T&& value() && { assert(ok()); return std::move(*value_); }
  const T* operator->() const { return &*value_; }
  T* operator->() { return &*value_; }
  const T& operator*() const& { return *value_; }
  T& operator*() & { return *value_; }

 private:
  std::optional<T> value_;
  Status status_;
};

}  // namespace newsgraph

// Propagates a non-OK Status from an expression.
#define NEWSGRAPH_RETURN_IF_ERROR(expr)            \
  do {                                             \
    ::newsgraph::Status _ng_status = (expr);       \
    if (!_ng_status.ok()) return _ng_status;       \
  } while (0)
