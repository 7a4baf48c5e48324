// Offline checks of terraform/ (no terraform binary or provider download needed):
//  1. every .tf file parses (@cdktf/hcl2json);
//  2. every .tf file is formatted as `terraform fmt` formats it (@cdktf/hcl-tools);
//  3. every mongodbatlas_* resource and data source, and each of its arguments and nested blocks,
//     exists in the schema of the pinned provider version: the bindings of
//     @cdktf/provider-mongodbatlas, generated from mongodb/mongodbatlas 1.41.1;
//  4. every module pins that provider version exactly.
// Prints one line per problem and exits 1 when there is any; last line `terraform_check=ok|failed`.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { parse } from "@cdktf/hcl2json";
import { format } from "@cdktf/hcl-tools";

const require = createRequire(import.meta.url);
const root = process.argv[2] ?? "..";
const providerDir = dirname(require.resolve("@cdktf/provider-mongodbatlas/package.json"));
const PINNED = "1.41.1";
const META = new Set(["count", "for_each", "depends_on", "lifecycle", "provider", "provisioner", "connection", "dynamic"]);

function tfFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === "node_modules" || name.startsWith(".")) return [];
    return statSync(path).isDirectory() ? tfFiles(path) : name.endsWith(".tf") ? [path] : [];
  });
}

// snake_case keys of the object literal a generated `…ToTerraform` function returns
function returnedKeys(source, fn) {
  const start = source.indexOf(`function ${fn}(`);
  if (start < 0) return null;
  const body = source.slice(start, source.indexOf("\n}\n", start));
  const ret = body.slice(body.lastIndexOf("return {"));
  return [...ret.matchAll(/^\s+(\w+): (.*)$/gm)].map((m) => ({ key: m[1], value: m[2] }));
}

// schema of one resource/data-source directory: { args: Set, blocks: {name: fnName} } per type
function loadSchema() {
  const types = new Map();
  const lib = join(providerDir, "lib");
  for (const dir of readdirSync(lib)) {
    const file = join(lib, dir, "index.js");
    let source;
    try { source = readFileSync(file, "utf8"); } catch { continue; }
    const type = source.match(/\.tfResourceType = "([\w]+)";/);
    if (!type) continue;
    const start = source.indexOf("synthesizeAttributes() {");
    const body = source.slice(start, source.indexOf("\n    }\n", start));
    const entries = [...body.matchAll(/^\s+(\w+): (.*)$/gm)].map((m) => ({ key: m[1], value: m[2] }));
    types.set((dir.startsWith("data-") ? "data." : "") + type[1], { source, entries });
  }
  return types;
}

function schemaOf(source, entries) {
  const args = new Set();
  const blocks = new Map();
  for (const { key, value } of entries) {
    args.add(key);
    const fn = value.match(/(\w+ToTerraform)\b/);
    if (fn && !/^cdktf\./.test(fn[1]) && !["stringToTerraform", "numberToTerraform", "booleanToTerraform"].includes(fn[1])) {
      blocks.set(key, fn[1]);
    }
  }
  return { args, blocks, source };
}

function checkBody(schema, body, where, problems) {
  for (const [key, value] of Object.entries(body)) {
    if (META.has(key)) {
      if (key === "dynamic") {
        for (const [name, instances] of Object.entries(value)) {
          for (const d of instances) checkNested(schema, name, d.content?.[0] ?? {}, `${where}.dynamic.${name}`, problems);
        }
      }
      continue;
    }
    if (!schema.args.has(key)) {
      problems.push(`${where}: argument '${key}' is not in mongodbatlas ${PINNED}`);
      continue;
    }
    if (schema.blocks.has(key) && Array.isArray(value)) {
      for (const block of value) {
        if (block && typeof block === "object" && !Array.isArray(block)) checkNested(schema, key, block, `${where}.${key}`, problems);
      }
    }
  }
}

function checkNested(schema, name, block, where, problems) {
  const fn = schema.blocks.get(name);
  if (!fn) {
    problems.push(`${where}: '${name}' is not a block of mongodbatlas ${PINNED}`);
    return;
  }
  const entries = returnedKeys(schema.source, fn);
  if (!entries) return;
  checkBody(schemaOf(schema.source, entries), block, where, problems);
}

const problems = [];
const types = loadSchema();
const files = tfFiles(root);
for (const file of files) {
  const name = relative(root, file);
  const text = readFileSync(file, "utf8");
  let json;
  try {
    json = await parse(name, text);
  } catch (e) {
    problems.push(`${name}: does not parse: ${e.message ?? e}`);
    continue;
  }
  const formatted = await format(text);
  if (formatted !== text) problems.push(`${name}: not formatted as terraform fmt formats it`);
  for (const kind of ["resource", "data"]) {
    for (const [type, named] of Object.entries(json[kind] ?? {})) {
      if (!type.startsWith("mongodbatlas_")) continue;
      const found = types.get(kind === "data" ? `data.${type}` : type);
      if (!found) {
        problems.push(`${name}: ${kind} type '${type}' does not exist in mongodbatlas ${PINNED}`);
        continue;
      }
      const schema = schemaOf(found.source, found.entries);
      for (const [resourceName, bodies] of Object.entries(named)) {
        for (const body of bodies) checkBody(schema, body, `${name}: ${type}.${resourceName}`, problems);
      }
    }
  }
  for (const block of json.terraform ?? []) {
    for (const providers of block.required_providers ?? []) {
      const atlas = providers.mongodbatlas;
      if (atlas && atlas.version !== PINNED) problems.push(`${name}: mongodbatlas must be pinned to ${PINNED}, is ${atlas.version}`);
      for (const [provider, spec] of Object.entries(providers)) {
        if (!/^\d+\.\d+\.\d+$/.test(spec.version ?? "")) problems.push(`${name}: provider ${provider} is not pinned to one version`);
      }
    }
  }
}
for (const problem of problems) console.log(problem);
console.log(`checked ${files.length} files against mongodbatlas ${PINNED} (${types.size} resource types)`);
console.log(`terraform_check=${problems.length === 0 ? "ok" : "failed"}`);
process.exit(problems.length === 0 ? 0 : 1);
