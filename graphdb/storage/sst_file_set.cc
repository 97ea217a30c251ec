#include "storage/sst_file_set.h"

#include <filesystem>
#include <map>

#include "storage/kv_reader.h"
#include "storage/parallel_jobs.h"

namespace stargraph::storage {

Result<rocksdb::SstFileWriter*> SstFileSet::Open(Cf cf) {
  rocksdb::ColumnFamilyHandle* handle = ctx_->handles[static_cast<size_t>(cf)];
  auto writer = std::make_unique<rocksdb::SstFileWriter>(rocksdb::EnvOptions(),
                                                         ctx_->db->GetOptions(handle), handle);
  std::lock_guard<std::mutex> lock(mutex_);
  const std::string path = (std::filesystem::path(dir_) / (std::string(CfName(cf)) + "-" +
                                                           std::to_string(files_.size()) + ".sst"))
                               .string();
  SG_RETURN_IF_ERROR(FromRocks(writer->Open(path)));
  files_.push_back(File{cf, path, std::move(writer)});
  return files_.back().writer.get();
}

Result<std::vector<rocksdb::IngestExternalFileArg>> SstFileSet::FinishAll(int threads) {
  std::vector<Job> jobs;
  std::map<Cf, std::vector<std::string>> paths;
  for (File& file : files_) {
    jobs.push_back([&file] { return FromRocks(file.writer->Finish()); });
    paths[file.cf].push_back(file.path);
  }
  SG_RETURN_IF_ERROR(RunJobs(jobs, threads));
  std::vector<rocksdb::IngestExternalFileArg> args;
  for (auto& [cf, cf_paths] : paths) {
    rocksdb::IngestExternalFileArg arg;
    arg.column_family = ctx_->handles[static_cast<size_t>(cf)];
    arg.external_files = std::move(cf_paths);
    arg.options.move_files = true;
    args.push_back(std::move(arg));
  }
  return args;
}

void SstFileSet::Clear() { files_.clear(); }

}  // namespace stargraph::storage
