// Shared by the tests: a client of the Engram named by ENGRAM_URL / ENGRAM_API_KEY, unique user
// ids, and a ten-message conversation. Inside ./engram test, TypeScriptSdkIT starts Engram, issues
// a key with every scope and runs these tests against the package installed from `npm pack`.
// By hand: ENGRAM_URL=http://localhost:8080 ENGRAM_API_KEY=eng_... npm test
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { Engram, VERSION } from '@engram/sdk';

export const URL = process.env.ENGRAM_URL;
export const KEY = process.env.ENGRAM_API_KEY;

/** Options for tests that need a running Engram: skipped (with the reason) without one. */
export const server = {
  skip: URL && KEY ? false : 'ENGRAM_URL and ENGRAM_API_KEY are not set: needs a running Engram (TypeScriptSdkIT runs these)',
};

export function client(options = {}) {
  return new Engram(options);
}

export function user() {
  return `ts-${randomUUID().slice(0, 10)}`;
}

/** Ten messages (the server's default conversation size): the user's lines, answered. */
export function conversation(...lines) {
  const messages = [];
  lines.forEach((line, i) => {
    messages.push({ id: `u${i}`, role: 'user', content: line });
    messages.push({ id: `a${i}`, role: 'assistant', content: 'Noted.' });
  });
  while (messages.length < 10) {
    const n = messages.length;
    messages.push({ id: `f${n}`, role: n % 2 ? 'assistant' : 'user', content: 'Okay.' });
  }
  return messages.slice(0, 10);
}

/** Which copy of the package runs (TypeScriptSdkIT checks that it is the packed one). */
export function origin() {
  const resolved = fileURLToPath(import.meta.resolve('@engram/sdk'));
  return `engram SDK ${VERSION} from ${resolved}`;
}
