// Runs one mem0 client flow against Engram and prints what every call returned, as JSON
// ({step: result}); a call that throws stops the flow and is reported as {error}. Arguments:
// <client: v3 | v2> <host, e.g. http://127.0.0.1:8080/mem0> <api key> <user id>.
// Mem0ClientIT checks the answers against what Engram stored.
import MemoryClientV3 from "mem0ai";
import MemoryClientV2 from "mem0ai-v2";

const [which, host, apiKey, user] = process.argv.slice(2);
const out = {};

async function step(name, call) {
  try {
    out[name] = await call();
  } catch (e) {
    out[name] = { error: String(e.message ?? e), name: e.name };
    throw e;
  }
}

async function v3() {
  const client = new MemoryClientV3({ apiKey, host });
  await step("add", () =>
    client.add([{ role: "user", content: "I love hiking in the Alps" }], {
      userId: user,
      agentId: "trip-planner",
      metadata: { source: "mem0-js" },
      infer: false,
    }),
  );
  await step("event", async () => {
    const r = await fetch(`${host}/v1/event/${out.add.eventId}/`, {
      headers: { Authorization: `Token ${apiKey}` },
    });
    return { status: r.status, body: await r.json() };
  });
  await step("add2", () =>
    client.add([{ role: "user", content: "My favourite drink is green tea" }], {
      userId: user,
      infer: false,
    }),
  );
  await step("inferred", () =>
    client.add(
      [
        { role: "user", content: "I prefer window seats on long flights." },
        { role: "assistant", content: "Noted, window seats it is." },
      ],
      { userId: user },
    ),
  );
  await step("getAll", () => client.getAll({ filters: { user_id: user } }));
  await step("getAllAgent", () =>
    client.getAll({ filters: { AND: [{ user_id: user }, { agent_id: "trip-planner" }] } }),
  );
  await step("search", () => client.search("hiking in the mountains", { filters: { user_id: user } }));
  const id = out.search.results[0].id;
  await step("get", () => client.get(id));
  await step("update", () => client.update(id, { text: "I love hiking in the Dolomites" }));
  await step("history", () => client.history(id));
  await step("feedback", () => client.feedback({ memoryId: id, feedback: "POSITIVE" }));
  await step("users", () => client.users());
  await step("delete", () => client.delete(id));
  await step("deleteAll", () => client.deleteAll({ userId: user }));
  await step("afterDeleteAll", () => client.getAll({ filters: { user_id: user } }));
}

async function v2() {
  const client = new MemoryClientV2({ apiKey, host });
  await step("add", () =>
    client.add([{ role: "user", content: "I love hiking in the Alps" }], {
      user_id: user,
      agent_id: "trip-planner",
      metadata: { source: "mem0-js" },
      infer: false,
    }),
  );
  await step("add2", () =>
    client.add([{ role: "user", content: "My favourite drink is green tea" }], {
      user_id: user,
      infer: false,
    }),
  );
  await step("getAll", () => client.getAll({ user_id: user }));
  await step("getAllV2", () =>
    client.getAll({
      api_version: "v2",
      filters: { AND: [{ user_id: user }, { agent_id: "trip-planner" }] },
    }),
  );
  await step("search", () => client.search("hiking in the mountains", { user_id: user }));
  await step("searchV2", () =>
    client.search("hiking in the mountains", {
      api_version: "v2",
      filters: { AND: [{ user_id: user }, { agent_id: { in: ["trip-planner"] } }] },
    }),
  );
  const id = out.search[0].id;
  await step("get", () => client.get(id));
  await step("update", () => client.update(id, { text: "I love hiking in the Dolomites" }));
  await step("history", () => client.history(id));
  await step("users", () => client.users());
  await step("delete", () => client.delete(id));
  await step("deleteAll", () => client.deleteAll({ user_id: user }));
  await step("afterDeleteAll", () => client.getAll({ user_id: user }));
}

try {
  await (which === "v2" ? v2() : v3());
} catch (e) {
  // reported in its step
}
process.stdout.write(JSON.stringify(out));
