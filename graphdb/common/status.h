// Status and Result<T>: the error values returned across storage, catalog, ingest and api.
//
// A Status is either OK or carries a code and a message. Result<T> holds a T or a non-OK Status.
// Both are [[nodiscard]]: ignoring one is a bug unless written `.IgnoreError()`.
#pragma once

#include <cassert>
#include <string>
#include <utility>
#include <variant>

namespace stargraph {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,   // the caller passed something malformed
  kNotFound,          // the named thing does not exist
  kAlreadyExists,     // a create collided with an existing thing
  kConstraint,        // a uniqueness or existence constraint would be violated
  kCorruption,        // stored bytes are not what this version wrote
  kIOError,           // the file system or RocksDB failed
  kLocked,            // another process holds the database for writing
  kNotSupported,      // a valid request this version cannot serve
  kAborted,           // the transaction was rolled back or cancelled
  kInternal,          // a bug: an invariant of ours does not hold
};

const char* StatusCodeName(StatusCode code);

class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status OK() { return Status(); }
  static Status InvalidArgument(std::string m) { return {StatusCode::kInvalidArgument, std::move(m)}; }
  static Status NotFound(std::string m) { return {StatusCode::kNotFound, std::move(m)}; }
  static Status AlreadyExists(std::string m) { return {StatusCode::kAlreadyExists, std::move(m)}; }
  static Status Constraint(std::string m) { return {StatusCode::kConstraint, std::move(m)}; }
  static Status Corruption(std::string m) { return {StatusCode::kCorruption, std::move(m)}; }
  static Status IOError(std::string m) { return {StatusCode::kIOError, std::move(m)}; }
  static Status Locked(std::string m) { return {StatusCode::kLocked, std::move(m)}; }
  static Status NotSupported(std::string m) { return {StatusCode::kNotSupported, std::move(m)}; }
  static Status Aborted(std::string m) { return {StatusCode::kAborted, std::move(m)}; }
  static Status Internal(std::string m) { return {StatusCode::kInternal, std::move(m)}; }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  // "<CodeName>: <message>", or "OK".
  std::string ToString() const;
  // Marks a deliberately ignored status so that grep finds every instance.
  void IgnoreError() const {}

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : data_(std::move(value)) {}  // NOLINT(google-explicit-constructor)
  Result(Status status) : data_(std::move(status)) {  // NOLINT(google-explicit-constructor)
    assert(!std::get<Status>(data_).ok());
  }

  bool ok() const { return std::holds_alternative<T>(data_); }
  const Status& status() const {
    static const Status kOkStatus;
    return ok() ? kOkStatus : std::get<Status>(data_);
  }
  T& value() & { return std::get<T>(data_); }
  const T& value() const& { return std::get<T>(data_); }
  T&& value() && { return std::get<T>(std::move(data_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

 private:
  std::variant<T, Status> data_;
};

}  // namespace stargraph

// Returns early from the enclosing function when `expr` (a Status) is not OK.
#define SG_RETURN_IF_ERROR(expr)             \
  do {                                       \
    ::stargraph::Status sg_status_ = (expr); \
    if (!sg_status_.ok()) return sg_status_; \
  } while (0)

#define SG_CONCAT_INNER(a, b) a##b
#define SG_CONCAT(a, b) SG_CONCAT_INNER(a, b)
// Declares `lhs` from a Result<T> expression, or returns its Status from the enclosing function.
#define SG_ASSIGN_OR_RETURN(lhs, expr)                                  \
  auto SG_CONCAT(sg_result_, __LINE__) = (expr);                        \
  if (!SG_CONCAT(sg_result_, __LINE__).ok())                            \
    return SG_CONCAT(sg_result_, __LINE__).status();                    \
  lhs = std::move(SG_CONCAT(sg_result_, __LINE__)).value()
