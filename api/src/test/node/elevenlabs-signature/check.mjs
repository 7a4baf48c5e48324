// Runs ElevenLabs' own webhook signature check on each case of the JSON file given as argument
// ([{name, body, header, secret}]) and prints [{name, accepted, error}] as JSON.
import { readFileSync } from "node:fs";
import { ElevenLabsClient } from "@elevenlabs/elevenlabs-js";

const cases = JSON.parse(readFileSync(process.argv[2], "utf8"));
const webhooks = new ElevenLabsClient({ apiKey: "unused" }).webhooks;
const out = [];
for (const c of cases) {
  try {
    await webhooks.constructEvent(c.body, c.header, c.secret);
    out.push({ name: c.name, accepted: true });
  } catch (e) {
    out.push({ name: c.name, accepted: false, error: String(e.message ?? e) });
  }
}
process.stdout.write(JSON.stringify(out));
