// The typed API client's schema (src/lib/api-schema.d.ts) is generated from the OpenAPI document
// the api module produces at compile time (api/target/classes/META-INF/swagger/engram.yml).
//   node scripts/openapi.mjs generate [spec]  rewrites the schema
//   node scripts/openapi.mjs check [spec]     fails when the committed schema differs (drift)
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const here = dirname(fileURLToPath(import.meta.url));
const [mode, specArg] = process.argv.slice(2);
const spec = resolve(specArg ?? resolve(here, '../../api/target/classes/META-INF/swagger/engram.yml'));
const target = resolve(here, '../src/lib/api-schema.d.ts');
const HEADER =
  '// Generated from the OpenAPI document served at /docs (api/target/classes/META-INF/swagger/engram.yml)\n' +
  '// by `npm run gen:api`; do not edit. The api build fails when this file drifts from the document.\n';

if (!existsSync(spec)) {
  console.error(`openapi: no OpenAPI document at ${spec}; compile the api module first (mvn -pl api -am compile)`);
  process.exit(2);
}
const generated = HEADER + astToString(await openapiTS(pathToFileURL(spec)));

if (mode === 'generate') {
  writeFileSync(target, generated);
  console.log(`openapi: wrote ${target}`);
} else if (mode === 'check') {
  const committed = existsSync(target) ? readFileSync(target, 'utf8') : '';
  if (committed !== generated) {
    const a = committed.split('\n');
    const b = generated.split('\n');
    const line = a.findIndex((l, i) => l !== b[i]);
    console.error(
      `openapi: admin-ui/src/lib/api-schema.d.ts differs from the API's OpenAPI document (first at line ${line + 1}:\n` +
        `  committed: ${a[line] ?? '<end>'}\n  document:  ${b[line] ?? '<end>'})\n` +
        'Run `cd admin-ui && npm run gen:api`, then fix the type errors the console shows (npm run build).',
    );
    process.exit(1);
  }
  console.log('openapi: the console client matches the OpenAPI document');
} else {
  console.error('usage: node scripts/openapi.mjs generate|check [spec.yml]');
  process.exit(2);
}
