// The typed API client's schema (src/lib/api-schema.d.ts) is generated from the OpenAPI document
// the api module produces at compile time (api/target/classes/META-INF/swagger/engram.yml).
//   node scripts/openapi.mjs generate [spec]  rewrites the schema
//   node scripts/openapi.mjs check [spec]     fails when the console's calls do not type-check against
//                                             the document (an endpoint or field it uses changed)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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
  // What must hold: every endpoint, parameter and field the console uses exists in the document
  // with the type the console expects. The console's code is type-checked against a schema
  // generated fresh from the document; a changed or removed endpoint/field it uses fails here.
  mkdirSync(resolve(here, '../target/drift'), { recursive: true });
  writeFileSync(resolve(here, '../target/drift/api-schema.d.ts'), generated);
  const tsc = spawnSync(process.execPath, [resolve(here, '../node_modules/typescript/bin/tsc'), '-p', 'tsconfig.drift.json'], {
    cwd: resolve(here, '..'),
    encoding: 'utf8',
  });
  if (tsc.status !== 0) {
    console.error(
      "openapi: the console's API client no longer matches the API's OpenAPI document:\n" +
        (tsc.stdout + tsc.stderr).replaceAll('target/drift/', '') +
        'Fix the console (or the API), then run `cd admin-ui && npm run gen:api` to refresh src/lib/api-schema.d.ts.',
    );
    process.exit(1);
  }
  const committed = existsSync(target) ? readFileSync(target, 'utf8') : '';
  console.log(
    committed === generated
      ? 'openapi: the console client matches the OpenAPI document'
      : 'openapi: the console client is compatible with the OpenAPI document; src/lib/api-schema.d.ts is older than the document (npm run gen:api refreshes it)',
  );
} else {
  console.error('usage: node scripts/openapi.mjs generate|check [spec.yml]');
  process.exit(2);
}
