// The edition a build is of, read from editions.json (the one list of
// editions; docs/editions.md), or the list $EDITIONS_FILE names.
//   node scripts/edition.mjs show [YEAR | path/to/report-YYYY.json]
//       prints year=, snapshot=, base=, status= lines for the shell
//       (no argument: the newest published edition). A snapshot that is in
//       no entry is a draft of the year in its file name.
//   node scripts/edition.mjs stage [DIR]
//       puts that edition's snapshot in DIR/data/report.json (the one file
//       the app fetches) and removes the other editions' snapshots from
//       DIR/data/. DIR defaults to $TRUNK_STAGING_DIR: this is Trunk's
//       post-build hook, so `trunk serve` serves an edition too. The edition
//       is $EDITION (a year or a snapshot path), else the newest published.
import { copyFileSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const fail = (message) => {
  console.error(`edition: ${message}`);
  process.exit(2);
};

/** The edition named by a year, by a snapshot path, or (none) the newest published. */
export function edition(which) {
  const file = resolve(root, process.env.EDITIONS_FILE ?? 'editions.json');
  let editions;
  try {
    ({ editions } = JSON.parse(readFileSync(file, 'utf8')));
  } catch (error) {
    fail(`${file}: ${error.message}`);
  }
  if (!Array.isArray(editions)) fail(`${file}: no "editions" list`);
  if (!which) {
    const published = editions.filter((e) => e.status === 'published').sort((a, b) => a.year - b.year);
    return published.at(-1) ?? fail(`${file} lists no published edition`);
  }
  if (/^\d{4}$/.test(which)) {
    return editions.find((e) => String(e.year) === which) ?? fail(`${file} has no edition ${which}`);
  }
  const path = resolve(which);
  const listed = editions.find((e) => resolve(root, e.snapshot) === path);
  if (listed) return listed;
  const year = basename(path).match(/^report-(\d{4})\.json$/)?.[1]
    ?? fail(`${which}: a snapshot file is named report-YYYY.json`);
  return { year: Number(year), snapshot: path, base: `/report/${year}/`, status: 'draft' };
}

// As a command; scripts/maps.mjs imports edition() alone.
if (import.meta.url === `file://${process.argv[1]}`) {
  const [command, argument] = process.argv.slice(2);
  if (command === 'show') {
    const e = edition(argument);
    console.log(`year=${e.year}\nsnapshot=${resolve(root, e.snapshot)}\nbase=${e.base}\nstatus=${e.status}`);
  } else if (command === 'stage') {
    const dir = argument ?? process.env.TRUNK_STAGING_DIR ?? fail('stage: no DIR and no $TRUNK_STAGING_DIR');
    const e = edition(process.env.EDITION);
    const data = join(dir, 'data');
    for (const name of readdirSync(data)) {
      if (/^report-\d{4}\.json$/.test(name)) rmSync(join(data, name));
    }
    try {
      copyFileSync(resolve(root, e.snapshot), join(data, 'report.json'));
    } catch (error) {
      fail(`the snapshot of edition ${e.year}: ${error.message}`);
    }
  } else {
    fail('usage: node scripts/edition.mjs show [YEAR | SNAPSHOT] | stage [DIR]');
  }
}
