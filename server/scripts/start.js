// `npm start`: builds what is missing or older than its sources, then runs the server in this process.
// A fresh clone builds once (server and portal); later starts only check file times.
const { spawnSync } = require('node:child_process');
const { existsSync, readdirSync, rmSync, statSync, writeFileSync } = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..', '..');
const at = (...parts) => path.join(root, ...parts);

/** Newest modification time of the files under the given paths (0 when none exist). */
function newest(paths) {
  let latest = 0;
  const visit = (p) => {
    if (!existsSync(p)) return;
    const stat = statSync(p);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(p)) if (entry !== 'node_modules' && entry !== 'dist') visit(path.join(p, entry));
    } else latest = Math.max(latest, stat.mtimeMs);
  };
  paths.forEach(visit);
  return latest;
}

function stale(output, sources) {
  return !existsSync(output) || statSync(output).mtimeMs < newest(sources);
}

function run(label, command, args) {
  const started = Date.now();
  process.stdout.write(`Building ${label} … `);
  const result = spawnSync(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (result.status !== 0) {
    process.stdout.write('failed\n');
    process.stderr.write(`${result.stdout}${result.stderr}`);
    process.exit(result.status ?? 1);
  }
  process.stdout.write(`done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

const serverEntry = at('server', 'dist', 'server', 'src', 'main.js');
// tsc rewrites only the files that changed, so a stamp marks when the last build finished.
const serverStamp = at('server', 'dist', '.build-stamp');
if (
  !existsSync(serverEntry) ||
  stale(serverStamp, [
    at('server', 'src'),
    at('migrations'),
    at('seeds'),
    at('server', 'tsconfig.json'),
    at('server', 'tsconfig.build.json'),
  ])
) {
  // A clean build: a compiled migration whose source was deleted must not linger and run.
  rmSync(at('server', 'dist'), { recursive: true, force: true });
  run('server', process.execPath, [require.resolve('typescript/bin/tsc'), '-p', at('server', 'tsconfig.build.json')]);
  writeFileSync(serverStamp, new Date().toISOString());
}
if (
  stale(at('web', 'dist', 'index.html'), [
    at('web', 'src'),
    at('web', 'index.html'),
    at('web', 'vite.config.ts'),
    at('web', 'public'),
  ])
) {
  run('portal', process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build', '-w', 'web']);
}
require(serverEntry);
