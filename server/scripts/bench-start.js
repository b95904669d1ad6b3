// `npm run bench:start`: how long `npm start` takes until it prints its address —
// first run (no build, empty database: build, initdb, migrate, seed) and a later run.
// Uses its own data folder and port; removes server/dist and web/dist to measure the first build.
const { spawn } = require('node:child_process');
const { mkdtempSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const path = require('node:path');

const root = path.resolve(__dirname, '..', '..');
const dataDir = mkdtempSync(path.join(tmpdir(), 'allmende-bench-'));
const port = String(3900 + Math.floor(Math.random() * 90));

function startOnce(label) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, [path.join(root, 'server', 'scripts', 'start.js')], {
      cwd: root,
      env: { ...process.env, PORT: port, EMBEDDED_PG_DIR: dataDir, LOG_LEVEL: 'info', DATABASE_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`${label}: not ready within 180 s\n${output}`));
    }, 180_000);
    const onData = (chunk) => {
      output += chunk;
      if (output.includes('Allmende is ready at')) {
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        clearTimeout(timer);
        child.once('exit', () => resolve(seconds));
        child.kill('SIGTERM');
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      if (!output.includes('Allmende is ready at')) reject(new Error(`${label}: exited with ${code}\n${output}`));
    });
  });
}

(async () => {
  rmSync(path.join(root, 'server', 'dist'), { recursive: true, force: true });
  rmSync(path.join(root, 'web', 'dist'), { recursive: true, force: true });
  const first = await startOnce('first start');
  const warm = [];
  for (let i = 0; i < 3; i += 1) warm.push(await startOnce(`later start ${i + 1}`));
  rmSync(dataDir, { recursive: true, force: true });
  const fmt = (s) => `${s.toFixed(1)} s`;
  console.log(`first start (build server + portal, initdb, migrate, seed): ${fmt(first)}   target < 60 s`);
  console.log(
    `later starts: ${warm.map(fmt).join(', ')} (median ${fmt([...warm].sort((a, b) => a - b)[1])})   target < 10 s`,
  );
})().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
