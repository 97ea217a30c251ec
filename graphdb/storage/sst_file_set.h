// SstFileSet: the SST files of one bulk load, any number per column family, ingested together.
//
// Invariants:
//  1. Open() may be called from several threads (it takes mutex_); each writer it returns is
//     used by one thread at a time, and stays valid until Clear() or destruction.
//  2. Files of one column family hold disjoint key ranges (the caller's duty), so ingestion keeps
//     them side by side.
#pragma once

#include <rocksdb/db.h>
#include <rocksdb/sst_file_writer.h>

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "common/status.h"
#include "storage/rocks_options.h"
#include "storage/store_context.h"

namespace stargraph::storage {

class SstFileSet {
 public:
  // Files are created in `dir`, which the caller owns and removes.
  SstFileSet(StoreContext* ctx, std::string dir) : ctx_(ctx), dir_(std::move(dir)) {}

  // A new open file of `cf`. Errors: IOError.
  Result<rocksdb::SstFileWriter*> Open(Cf cf);
  // Finishes every file (on up to `threads` threads) and returns the ingestion arguments, one per
  // column family (files are moved in). Errors: IOError, InvalidArgument for a file with no
  // entries.
  Result<std::vector<rocksdb::IngestExternalFileArg>> FinishAll(int threads);
  // Closes the writers; the files stay in the directory.
  void Clear();

 private:
  struct File {
    Cf cf;
    std::string path;
    std::unique_ptr<rocksdb::SstFileWriter> writer;
  };

  StoreContext* const ctx_;
  const std::string dir_;
  std::mutex mutex_;
  std::vector<File> files_;
};

}  // namespace stargraph::storage
