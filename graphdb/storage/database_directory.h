// The database directory before RocksDB opens it: what is there, and crash-safe creation.
//
// Creation is marked by the file "stargraph.creating", written before RocksDB creates anything
// and removed once the format version is durable. A directory holding the marker is an
// interrupted creation: it has no committed data, so the next writer wipes and recreates it.
#pragma once

#include <string>

#include "common/status.h"
#include "storage/graph_store.h"

namespace stargraph::storage {

enum class DirState { kNew, kInterrupted, kExisting };

// Classifies `path`, creating it when missing and allowed. Corruption for a file or a non-empty
// directory without RocksDB files; NotFound when missing (or unfinished) and not creatable.
Result<DirState> InspectDirectory(const std::string& path, const OpenOptions& options);
// Call with the writer lock held: removes everything but the lock file, then writes the marker.
Status BeginCreation(const std::string& path);
// Removes the marker; the database is complete from here on.
Status FinishCreation(const std::string& path);

}  // namespace stargraph::storage
