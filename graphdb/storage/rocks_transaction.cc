// Lifecycle, tokens and the low-level write helpers of RocksTransaction.
#include "storage/rocks_transaction.h"

#include "storage/index_catalog.h"
#include "storage/key_codec.h"

namespace stargraph::storage {
namespace {

Status Ended() { return Status::Aborted("the transaction has already ended"); }

}  // namespace

RocksTransaction::RocksTransaction(StoreContext* ctx, TxMode mode) : ctx_(ctx), mode_(mode) {}

Result<std::unique_ptr<Transaction>> RocksTransaction::Begin(StoreContext* ctx, TxMode mode) {
  if (mode == TxMode::kWrite && ctx->read_only) {
    return Status::NotSupported("database " + ctx->path + " is open read-only");
  }
  std::unique_ptr<RocksTransaction> tx(new RocksTransaction(ctx, mode));
  SG_RETURN_IF_ERROR(tx->Start());
  return std::unique_ptr<Transaction>(std::move(tx));
}

Status RocksTransaction::Start() {
  if (mode_ == TxMode::kWrite) {
    writer_lock_ = std::unique_lock(ctx_->writer_mutex);
    batch_ = std::make_unique<rocksdb::WriteBatchWithIndex>(rocksdb::BytewiseComparator(), 0,
                                                            /*overwrite_key=*/true);
  }
  if (ctx_->read_only) {
    // Catch up only when no other transaction is reading; otherwise keep the current view.
    if (ctx_->catch_up_mutex.try_lock()) {
      Status caught_up = FromRocks(ctx_->db->TryCatchUpWithPrimary());
      if (caught_up.ok()) caught_up = ctx_->tokens->Load();
      ctx_->catch_up_mutex.unlock();
      SG_RETURN_IF_ERROR(caught_up);
    }
    catch_up_lock_ = std::shared_lock(ctx_->catch_up_mutex);
  } else {
    snapshot_ = ctx_->db->GetSnapshot();
  }
  reader_ = std::make_unique<KvReader>(ctx_->db, &ctx_->handles, snapshot_, batch_.get());
  adjacency_ = std::make_unique<AdjacencyReader>(reader_.get(), /*reusable=*/!batch_);
  figures_ = std::make_unique<FigureCounter>(
      std::make_unique<KvReader>(ctx_->db, &ctx_->handles, snapshot_, nullptr));
  SG_ASSIGN_OR_RETURN(indexes_, LoadIndexDefinitions(*reader_));
  return Status::OK();
}

RocksTransaction::~RocksTransaction() { End(); }

void RocksTransaction::End() {
  if (ended_) return;
  ended_ = true;
  adjacency_.reset();
  figures_.reset();
  reader_.reset();
  batch_.reset();
  if (snapshot_ != nullptr) ctx_->db->ReleaseSnapshot(snapshot_);
  snapshot_ = nullptr;
  if (catch_up_lock_.owns_lock()) catch_up_lock_.unlock();
  if (writer_lock_.owns_lock()) writer_lock_.unlock();
}

Status RocksTransaction::CheckLive() const { return ended_ ? Ended() : Status::OK(); }

Status RocksTransaction::CheckWritable() const {
  SG_RETURN_IF_ERROR(CheckLive());
  if (mode_ != TxMode::kWrite) return Status::InvalidArgument("write in a read transaction");
  return Status::OK();
}

Status RocksTransaction::Commit() {
  SG_RETURN_IF_ERROR(CheckLive());
  Status status;
  if (mode_ == TxMode::kWrite && batch_->GetWriteBatch()->Count() > 0) {
    if (allocated_ids_) {
      std::string node_hwm, rel_hwm;
      PutFixed64BE(&node_hwm, ctx_->next_node_id);
      PutFixed64BE(&rel_hwm, ctx_->next_rel_id);
      status = Put(Cf::kMeta, kMetaNextNodeId, node_hwm);
      if (status.ok()) status = Put(Cf::kMeta, kMetaNextRelId, rel_hwm);
    }
    if (status.ok()) status = figures_->WriteTo(batch_.get());
    if (status.ok()) {
      status = FromRocks(ctx_->db->Write(DurableWriteOptions(), batch_->GetWriteBatch()));
    }
  }
  End();
  return status;
}

void RocksTransaction::Rollback() { End(); }

void RocksTransaction::SetSavePoint() {
  if (ended_ || mode_ != TxMode::kWrite) return;
  batch_->SetSavePoint();
  figures_->SetSavePoint();
  savepoint_indexes_.push_back(indexes_);
}

Status RocksTransaction::RollbackToSavePoint() {
  SG_RETURN_IF_ERROR(CheckWritable());
  if (savepoint_indexes_.empty()) return Status::NotFound("no savepoint to roll back to");
  SG_RETURN_IF_ERROR(FromRocks(batch_->RollbackToSavePoint()));
  figures_->RollbackToSavePoint();
  indexes_ = std::move(savepoint_indexes_.back());
  savepoint_indexes_.pop_back();
  return Status::OK();
}

Status RocksTransaction::Atomically(const std::function<Status()>& mutation) {
  SG_RETURN_IF_ERROR(CheckWritable());
  batch_->SetSavePoint();
  figures_->SetSavePoint();
  const std::vector<IndexDefinition> indexes = indexes_;
  Status status = mutation();
  if (status.ok()) {
    figures_->PopSavePoint();
    return FromRocks(batch_->PopSavePoint());
  }
  Status rolled_back = FromRocks(batch_->RollbackToSavePoint());
  figures_->RollbackToSavePoint();
  indexes_ = indexes;
  return rolled_back.ok() ? status : rolled_back;
}

Result<TokenId> RocksTransaction::GetOrCreateToken(TokenKind kind, std::string_view name) {
  SG_RETURN_IF_ERROR(CheckLive());
  return ctx_->tokens->GetOrCreate(kind, name);
}

std::optional<TokenId> RocksTransaction::FindToken(TokenKind kind, std::string_view name) const {
  return ctx_->tokens->Find(kind, name);
}

Result<std::string> RocksTransaction::TokenName(TokenKind kind, TokenId id) const {
  return ctx_->tokens->Name(kind, id);
}

std::vector<std::pair<TokenId, std::string>> RocksTransaction::ListTokens(TokenKind kind) const {
  return ctx_->tokens->List(kind);
}

NameTokens RocksTransaction::name_tokens() const {
  NameTokens tokens;
  tokens.name = ctx_->tokens->Find(TokenKind::kPropertyKey, "name").value_or(0);
  tokens.aliases = ctx_->tokens->Find(TokenKind::kPropertyKey, "aliases").value_or(0);
  return tokens;
}

Status RocksTransaction::Put(Cf cf, std::string_view key, std::string_view value) {
  return FromRocks(batch_->Put(reader_->handle(cf), rocksdb::Slice(key), rocksdb::Slice(value)));
}

Status RocksTransaction::Delete(Cf cf, std::string_view key) {
  return FromRocks(batch_->Delete(reader_->handle(cf), rocksdb::Slice(key)));
}

}  // namespace stargraph::storage
