// Installs the SDK as its users get it, for TypeScriptSdkIT (and by hand):
//   node scripts/install-packed.mjs <dir>
// packs the package (npm pack, which builds it), installs the tarball into <dir>/node_modules,
// copies the tests to <dir>/test (they import '@engram/sdk', now the installed copy) and compiles
// seed 001's example (examples/typescript/customer-support.ts) against the installed package's
// type declarations into <dir>/example/dist/customer-support.js.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const sdk = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const example = resolve(sdk, '../../examples/typescript');
const [dirArg] = process.argv.slice(2);
if (!dirArg) {
  console.error('usage: node scripts/install-packed.mjs <dir>');
  process.exit(2);
}
const dir = resolve(dirArg);
mkdirSync(dir, { recursive: true });

function run(cwd, command, ...args) {
  console.log(`$ (${cwd}) ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  if (result.stdout) process.stdout.write(result.stdout);
  if (result.status !== 0) {
    console.error(`install-packed: ${command} ${args.join(' ')} failed with exit code ${result.status}`);
    process.exit(1);
  }
  return result.stdout;
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const packed = JSON.parse(run(sdk, npm, 'pack', '--json', '--pack-destination', dir));
const tarball = resolve(dir, packed[0].filename);
console.log(`install-packed: packed ${packed[0].files.length} files into ${tarball}`);

writeFileSync(resolve(dir, 'package.json'), JSON.stringify({ name: 'engram-sdk-check', private: true, type: 'module' }, null, 2));
// the package has no dependencies: nothing is fetched from the registry
run(dir, npm, 'install', '--no-audit', '--no-fund', '--offline', '--no-save', tarball);

// the example's compiler and Node's type declarations: the SDK's own devDependencies
mkdirSync(resolve(dir, 'node_modules/@types'), { recursive: true });
symlinkSync(resolve(sdk, 'node_modules/@types/node'), resolve(dir, 'node_modules/@types/node'), 'dir');

mkdirSync(resolve(dir, 'test'), { recursive: true });
for (const file of readdirSync(resolve(sdk, 'test'))) {
  if (file.endsWith('.mjs')) cpSync(resolve(sdk, 'test', file), resolve(dir, 'test', file));
}

mkdirSync(resolve(dir, 'example'), { recursive: true });
cpSync(resolve(example, 'customer-support.ts'), resolve(dir, 'example/customer-support.ts'));
cpSync(resolve(example, 'tsconfig.json'), resolve(dir, 'example/tsconfig.json'));
run(dir, process.execPath, resolve(sdk, 'node_modules/typescript/bin/tsc'), '-p', 'example');
console.log(`install-packed: ready in ${dir}`);
