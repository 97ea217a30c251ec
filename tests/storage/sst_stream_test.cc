// SstStream: what is put arrives in the file in order (across many batches), and a writer error
// on its thread comes back to the caller.
#include "storage/sst_stream.h"

#include <rocksdb/options.h>
#include <rocksdb/sst_file_reader.h>

#include <catch2/catch.hpp>
#include <memory>

#include "storage_test_util.h"

using namespace stargraph;
using namespace stargraph::storage;
using namespace stargraph::storage::testing;

namespace {

std::string Key(int i) {
  char buf[16];
  snprintf(buf, sizeof(buf), "k%08d", i);
  return buf;
}

}  // namespace

TEST_CASE("SstStream writes every entry in order", "[storage][sst]") {
  TempDir dir;
  const std::string path = dir.path() + "/a.sst";
  rocksdb::Options options;
  rocksdb::SstFileWriter writer(rocksdb::EnvOptions(), options);
  REQUIRE(writer.Open(path).ok());
  const int n = 100000;  // several 1 MiB batches
  const std::string value(40, 'v');
  {
    SstStream stream(&writer);
    for (int i = 0; i < n; ++i) MustOk(stream.Put(Key(i), value + std::to_string(i)));
    MustOk(stream.Close());
  }
  REQUIRE(writer.Finish().ok());
  rocksdb::SstFileReader reader(options);
  REQUIRE(reader.Open(path).ok());
  std::unique_ptr<rocksdb::Iterator> it(reader.NewIterator(rocksdb::ReadOptions()));
  int i = 0;
  for (it->SeekToFirst(); it->Valid(); it->Next(), ++i) {
    REQUIRE(it->key().ToString() == Key(i));
    REQUIRE(it->value().ToString() == value + std::to_string(i));
  }
  CHECK(i == n);
}

TEST_CASE("SstStream returns the writer's error", "[storage][sst]") {
  TempDir dir;
  rocksdb::Options options;
  rocksdb::SstFileWriter writer(rocksdb::EnvOptions(), options);
  REQUIRE(writer.Open(dir.path() + "/b.sst").ok());
  SstStream stream(&writer);
  MustOk(stream.Put("b", "1"));
  MustOk(stream.Put("a", "2"));  // out of order: the thread's Put fails
  CHECK_FALSE(stream.Close().ok());
}
