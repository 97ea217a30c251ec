// kuzu_bench: the in-process Kuzu side of tools/bench (run.py drives it; KUZU_MODULES names the
// node_modules folder holding kuzu@0.11.3).
//
//   node kuzu_bench.js import DATA_DIR DB            schema.cypher + COPY FROM of every CSV
//   node kuzu_bench.js reads  DB QUERIES PARAMS RUNS WARMUP
//   node kuzu_bench.js writes DB QUERIES RUNS        each run on a fresh database DB.<run>,
//                                                    one line per step and run
//
// Prints one JSON line per workload, as stargraph_bench does: {name, rows, first, ms, median_ms}
// or {name, error}; import prints {name: "import", ms}. Timing = execution + fetching every row.
'use strict';
const fs = require('fs');
const path = require('path');
const kuzu = require(path.join(process.env.KUZU_MODULES || '', 'kuzu'));

const kBudgetMs = 20000;  // stop repeating a query once its timed runs took this long

function openDb(dbPath) {
  const db = new kuzu.Database(dbPath);
  return {db, conn: new kuzu.Connection(db)};
}

function plain(v) {
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (Array.isArray(v)) return v.map(plain);
  return v;
}

function drain(result) {
  const results = Array.isArray(result) ? result : [result];
  const last = results[results.length - 1];
  let rows = 0, first = null, row;
  while ((row = last.getNextSync()) !== null) {
    if (rows === 0) first = Object.values(row).map(plain);
    ++rows;
  }
  for (const r of results) r.close();
  return {rows, first};
}

function substitute(text, params) {
  return text.replace(/\$\{(\w+)\}/g, (_, k) => String(params[k]));
}

// Runs `once` WARMUP times, then up to RUNS times (fewer once kBudgetMs is spent).
function timeRuns(once, runs, warmup) {
  let out;
  for (let i = 0; i < warmup; ++i) out = once();
  const ms = [];
  let spent = 0;
  for (let i = 0; i < runs && (i === 0 || spent < kBudgetMs); ++i) {
    const t0 = process.hrtime.bigint();
    out = once();
    const t = Number(process.hrtime.bigint() - t0) / 1e6;
    ms.push(t);
    spent += t;
  }
  const sorted = [...ms].sort((a, b) => a - b);
  return {...out, ms, median_ms: sorted[(sorted.length - 1) >> 1]};
}

function report(name, fn) {
  let line;
  try {
    line = {name, ...fn()};
  } catch (e) {
    line = {name, error: String(e.message || e)};
  }
  console.log(JSON.stringify(line));
}

function runImport(dataDir, dbPath) {
  const plan = JSON.parse(fs.readFileSync(path.join(dataDir, 'plan.json'), 'utf8'));
  const schema = fs.readFileSync(path.join(dataDir, 'kuzu', 'schema.cypher'), 'utf8');
  report('import', () => {
    const t0 = process.hrtime.bigint();
    const {conn} = openDb(dbPath);
    for (const ddl of schema.split(';').map((s) => s.trim()).filter(Boolean)) conn.querySync(ddl);
    for (const n of plan.nodes) {
      conn.querySync(`COPY ${n.label} FROM '${path.resolve(dataDir, n.kuzu)}' (header=true)`);
    }
    for (const r of plan.relationships) {
      const file = path.resolve(dataDir, r.kuzu);
      conn.querySync(`COPY ${r.type} FROM '${file}' (from='${r.from}', to='${r.to}', header=true)`);
    }
    conn.querySync('CHECKPOINT');
    return {ms: [Number(process.hrtime.bigint() - t0) / 1e6]};
  });
}

function runReads(dbPath, queriesFile, paramsFile, runs, warmup) {
  const queries = JSON.parse(fs.readFileSync(queriesFile, 'utf8')).reads;
  const params = JSON.parse(fs.readFileSync(paramsFile, 'utf8'));
  const {conn} = openDb(dbPath);
  for (const q of queries) {
    const text = substitute(q.kuzu || q.cypher, params);
    report(q.name, () => {
      if (!q.each) return timeRuns(() => drain(conn.querySync(text)), runs, warmup);
      const prepared = conn.prepareSync(text);
      if (!prepared.isSuccess()) throw new Error(prepared.getErrorMessage());
      return timeRuns(() => {
        let rows = 0, first = null;
        for (const name of params[q.each]) {
          const d = drain(conn.executeSync(prepared, {name}));
          if (first === null) first = d.first;
          rows += d.rows;
        }
        return {rows, first};
      }, runs, warmup);
    });
  }
}

function writeParams() {
  const rows = [], pairs = [];
  for (let i = 1; i <= 100000; ++i) {
    rows.push({name: `item${i}`, rank: i, score: i * 0.5});
    pairs.push({a: `item${i}`, b: `item${(i * 7919) % 100000 + 1}`});
  }
  return {rows, pairs};
}

// Each step is timed once per run, and its line printed at once (run.py kills a driver that
// exceeds its time limit and keeps the lines so far); every run starts from an empty database.
function runWrites(dbPath, queriesFile, runs) {
  const writes = JSON.parse(fs.readFileSync(queriesFile, 'utf8')).writes;
  const params = writeParams();
  for (let run = 0; run < runs; ++run) {
    const {conn} = openDb(`${dbPath}.${run}`);
    for (const ddl of writes.kuzu_schema) conn.querySync(ddl);
    for (const step of writes.steps) {
      const name = step.cypher.includes('$rows') ? 'rows' : 'pairs';
      report(step.name, () => {
        const t0 = process.hrtime.bigint();
        const prepared = conn.prepareSync(step.cypher);
        if (!prepared.isSuccess()) throw new Error(prepared.getErrorMessage());
        const out = drain(conn.executeSync(prepared, {[name]: params[name]}));
        const ms = Number(process.hrtime.bigint() - t0) / 1e6;
        return {...out, ms: [ms], median_ms: ms};
      });
    }
  }
}

const [mode, ...args] = process.argv.slice(2);
if (mode === 'import') {
  runImport(args[0], args[1]);
} else if (mode === 'reads') {
  runReads(args[0], args[1], args[2], Number(args[3]), Number(args[4]));
} else if (mode === 'writes') {
  runWrites(args[0], args[1], Number(args[2]));
} else {
  console.error('usage: kuzu_bench.js import|reads|writes ...');
  process.exit(2);
}
