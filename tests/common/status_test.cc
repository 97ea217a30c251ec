#include "common/status.h"

#include <catch2/catch.hpp>

namespace stargraph {
namespace {

Result<int> ParsePositive(int x) {
  if (x <= 0) return Status::InvalidArgument("not positive");
  return x;
}

Status Doubled(int x, int* out) {
  SG_ASSIGN_OR_RETURN(int v, ParsePositive(x));
  *out = 2 * v;
  return Status::OK();
}

TEST_CASE("Status carries code and message", "[status]") {
  Status s = Status::NotFound("node 7");
  CHECK_FALSE(s.ok());
  CHECK(s.code() == StatusCode::kNotFound);
  CHECK(s.ToString() == "NotFound: node 7");
  CHECK(Status::OK().ToString() == "OK");
}

TEST_CASE("Result propagates errors through SG_ASSIGN_OR_RETURN", "[status]") {
  int out = 0;
  CHECK(Doubled(21, &out).ok());
  CHECK(out == 42);
  Status err = Doubled(-1, &out);
  CHECK(err.code() == StatusCode::kInvalidArgument);
  CHECK(out == 42);
}

}  // namespace
}  // namespace stargraph
