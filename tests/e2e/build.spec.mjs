// scripts/build as an editor meets it when something is wrong: it refuses
// before it deletes or builds anything, says why, and leaves the last good
// build in place. Runs once (@base-independent): no browser, no base path.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from './helpers.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const build = (args, env = {}, cwd = ROOT) =>
  spawnSync(join(ROOT, 'scripts/build'), args, { cwd, env: { ...process.env, ...env }, encoding: 'utf8' });

test.describe('@base-independent', () => {
  test.describe.configure({ timeout: 180_000 });

  test('a --dist that holds the repository\'s files is refused, and nothing is deleted', () => {
    for (const dist of ['public', '.', 'src/app', ROOT]) {
      const run = build(['--dist', dist]);
      expect(run.status, `${dist}: ${run.stderr}`).toBe(2);
      expect(run.stderr).toContain('holds the repository\'s own files');
    }
    expect(existsSync(join(ROOT, 'public/data/report-2024.json'))).toBe(true);
    expect(existsSync(join(ROOT, 'src/app/shell.rs'))).toBe(true);
  });

  test('a relative --dist is the caller\'s, as --edition is; --latest takes no edition', () => {
    const caller = mkdtempSync(join(tmpdir(), 'build-caller-'));
    try {
      // `public` here is the caller's folder, not the repository's: not refused
      // for that, but for the list, which names no published edition.
      const list = join(caller, 'editions.json');
      writeFileSync(list, JSON.stringify({ latest: '/report/latest/', editions: [] }));
      const run = build(['--dist', 'public'], { EDITIONS_FILE: list }, caller);
      expect(run.status, run.stderr).toBe(2);
      expect(run.stderr).not.toContain('holds the repository');
      expect(run.stderr).toContain('no edition is published');
      const latest = build(['--dist', 'out', '--latest', '--edition', '2024'], {}, caller);
      expect(latest.status).toBe(2);
      expect(latest.stderr).toContain('--latest leads to the newest published edition');
      expect(existsSync(join(ROOT, 'out'))).toBe(false);
      expect(existsSync(join(caller, 'out'))).toBe(false);
    } finally {
      rmSync(caller, { recursive: true, force: true });
    }
  });

  test('options without their value are named', () => {
    for (const option of ['--edition', '--dist', '--base']) {
      const run = build([option]);
      expect(run.status, run.stderr).toBe(2);
      expect(run.stderr).toContain(`${option} needs a value`);
    }
  });

  test('a broken editions list stops the build before the last good one is touched', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'build-list-'));
    const dist = join(scratch, 'dist');
    mkdirSync(dist);
    writeFileSync(join(dist, 'index.html'), 'the last good build');
    const list = (editions) => {
      const file = join(scratch, 'editions.json');
      writeFileSync(file, JSON.stringify({ latest: '/report/latest/', editions }));
      return file;
    };
    const published = { year: 2024, snapshot: 'public/data/report-2024.json', base: '/report/2024/', status: 'published' };
    try {
      for (const [editions, says] of [
        [[published, { ...published, year: 2025, snapshot: 'public/data/no-such.json', base: '/report/2025/' }], 'public/data/no-such.json'],
        [[published, { ...published, year: 2025, base: '/report/2025/' }], 'gives it as the 2025 edition'],
        [[{ ...published, status: 'Published' }], 'unknown variant'],
        [[published, { ...published, year: 2025, base: '/report/2024/2025/' }], 'one inside the other'],
      ]) {
        for (const args of [['--edition', '2024', '--dist', dist], ['--latest', '--dist', dist]]) {
          const run = build(args, { EDITIONS_FILE: list(editions) });
          expect(run.status, `${args.join(' ')}: ${run.stderr}`).toBe(2);
          expect(run.stderr).toContain(says);
          expect(run.stderr).toContain('nothing was built');
          expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('the last good build');
          expect(existsSync(`${dist}.partial`)).toBe(false);
        }
      }
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
