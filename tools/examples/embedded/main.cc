// Embeds stargraph: opens (or creates) a database, writes a small graph in a transaction, and
// asks who supplies whom. Usage: embedded_example DB_DIR
#include <iostream>

#include "stargraph/database.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: embedded_example DB_DIR\n";
    return 2;
  }
  auto db = stargraph::Database::Open(argv[1]);
  if (!db.ok()) {
    std::cerr << db.status().ToString() << "\n";
    return 1;
  }
  auto session = (*db)->Connect();
  stargraph::QueryResult created = session->Execute(
      "MERGE (n:Company {name: $supplier}) MERGE (o:Company {name: $customer}) "
      "MERGE (n)-[:SUPPLIES {what: 'chips'}]->(o)",
      {{"supplier", stargraph::Value("Nvidia")}, {"customer", stargraph::Value("Oracle")}});
  created.FetchAll();
  if (!created.ok()) {
    std::cerr << created.error().message << "\n";
    return 1;
  }
  stargraph::QueryResult r = session->Execute(
      "MATCH (a:Company)-[s:SUPPLIES]->(b:Company) RETURN a.name, s.what, b.name");
  while (r.Next()) {
    std::cout << r.row()[0].ToString() << " supplies " << r.row()[1].ToString() << " to "
              << r.row()[2].ToString() << "\n";
  }
  if (!r.ok()) {
    std::cerr << r.error().message << "\n";
    return 1;
  }
  return 0;
}
