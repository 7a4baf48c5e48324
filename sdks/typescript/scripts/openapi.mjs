// The SDK's API types (src/generated/openapi.ts) are generated from the OpenAPI document the
// server serves (GET /openapi/engram.yml; the api module writes it at compile time to
// api/target/classes/META-INF/swagger/engram.yml).
//   node scripts/openapi.mjs generate [spec]  rewrites src/generated/openapi.ts
//   node scripts/openapi.mjs check [spec]     fails (exit 1) when the committed file differs from
//                                             what the document generates: the API changed and
//                                             the SDK has not been regenerated and rebuilt
// [spec] is a file or an http(s) URL (e.g. http://localhost:8080/openapi/engram.yml).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const here = dirname(fileURLToPath(import.meta.url));
const [mode, specArg] = process.argv.slice(2);
const target = resolve(here, '../src/generated/openapi.ts');
const HEADER =
  '// Generated from the OpenAPI document Engram serves at /openapi/engram.yml by\n' +
  '// `npm run gen:openapi` (sdks/typescript/scripts/openapi.mjs); do not edit.\n' +
  '// TypeScriptSdkIT fails the build when this file differs from what the document generates.\n';

if (mode !== 'generate' && mode !== 'check') {
  console.error('usage: node scripts/openapi.mjs generate|check [spec.yml or URL]');
  process.exit(2);
}
const spec = specSource(specArg ?? resolve(here, '../../../api/target/classes/META-INF/swagger/engram.yml'));
const generated = HEADER + astToString(await openapiTS(spec, { alphabetize: true }));

if (mode === 'generate') {
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, generated);
  console.log(`openapi: wrote ${target}`);
} else {
  const committed = existsSync(target) ? readFileSync(target, 'utf8') : '';
  if (committed !== generated) {
    console.error(
      `openapi: src/generated/openapi.ts differs from the OpenAPI document ${spec}\n` +
        firstDifference(committed, generated) +
        'The API changed: run `npm run gen:openapi` in sdks/typescript (after compiling the api module),\n' +
        'rebuild (`npm run build`, which type-checks the SDK against the new types) and commit the file.',
    );
    process.exit(1);
  }
  console.log('openapi: src/generated/openapi.ts matches the OpenAPI document');
}

function specSource(arg) {
  if (/^https?:\/\//.test(arg)) {
    return new URL(arg);
  }
  const file = resolve(arg);
  if (!existsSync(file)) {
    console.error(`openapi: no OpenAPI document at ${file}; compile the api module first (mvn -pl api -am compile)`);
    process.exit(2);
  }
  return pathToFileURL(file);
}

function firstDifference(a, b) {
  const left = a.split('\n');
  const right = b.split('\n');
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    if (left[i] !== right[i]) {
      return (
        `  first difference at line ${i + 1}:\n` +
        `  committed: ${left[i] ?? '(end of file)'}\n` +
        `  generated: ${right[i] ?? '(end of file)'}\n`
      );
    }
  }
  return '';
}
