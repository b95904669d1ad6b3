export default async function globalTeardown(): Promise<void> {
  const database = (globalThis as { __ALLMENDE_DB__?: { stop(): Promise<void> } }).__ALLMENDE_DB__;
  await database?.stop();
}
