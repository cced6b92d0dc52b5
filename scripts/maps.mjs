// Draws the two maps of the edition from public-domain Natural Earth shapes
// (the world-atlas package) and the snapshot's locations, and writes each to
// public/data/map-{world,japan}.json: its source, its size, the land as one
// SVG path and each item's point as `[id, x, y]`, already projected, in
// whole pixels. The app and the prerendered pages draw them as inline SVG
// from those files; nothing is fetched from anyone else, at build time or
// after.
//
//   node scripts/maps.mjs           regenerate the files
//   node scripts/maps.mjs --check   fail if one is out of date (scripts/test)
//   node scripts/maps.mjs --snapshot FILE --out DIR
//                                   an edition's maps, from its snapshot
//                                   (scripts/build, into dist/data/)
//
// - world: ICLEI's offices (world.offices[].location) on the land of
//   land-110m without Antarctica, Equal Earth projection, 1000 px wide.
// - japan: the member municipalities (municipalities[].location, members
//   only) on Japan from countries-50m, Mercator, fitted to the four main
//   islands and Sado (Okinawa and the outlying islands hold no member and
//   would shrink the rest), islands under 3 px² left out.
// Both are simplified (topojson-simplify, spherical triangle area) before
// projection; coordinates are rounded to whole pixels.
import { resolve } from 'node:path';
import { edition } from './edition.mjs';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { geoEqualEarth, geoMercator, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import { presimplify, quantile, simplify, sphericalTriangleArea } from 'topojson-simplify';

const require = createRequire(import.meta.url);
const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const option = (flag) => {
  const at = process.argv.indexOf(flag);
  return at < 0 ? undefined : process.argv[at + 1];
};
const outDir = option('--out') ?? here('../public/data');
const out = (name) => `${outDir}/map-${name}.json`;
// The checked-in maps are those of the edition `trunk serve` serves: $EDITION,
// else the newest published.
const SNAPSHOT = option('--snapshot') ?? resolve(here('..'), edition(process.env.EDITION).snapshot);
const atlasVersion = require('world-atlas/package.json').version;
/** What a reader is told the shapes come from (the map's caption). */
const source = `Natural Earth（パブリックドメイン、world-atlas ${atlasVersion}）`;
const atlas = (name) => JSON.parse(readFileSync(require.resolve(`world-atlas/${name}`), 'utf8'));

/** Simplified topology: keeps the share `keep` of the points that matter most. */
function simplified(topology, keep) {
  const pre = presimplify(topology, sphericalTriangleArea);
  return simplify(pre, quantile(pre, 1 - keep));
}

/** The polygons of a (multi)polygon feature that pass `keep`, as one MultiPolygon. */
function polygons(geometry, keep) {
  const all = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return { type: 'MultiPolygon', coordinates: all.filter(keep) };
}

const px = ([x, y]) => [Math.round(x), Math.round(y)];

/**
 * Fits `projection` to `width` px across `frame` (GeoJSON), with its top at
 * y = 0, and clips it there; returns the height.
 */
function fit(projection, width, frame) {
  projection.fitWidth(width, frame);
  const [[, top], [, bottom]] = geoPath(projection).bounds(frame);
  const [x, y] = projection.translate();
  projection.translate([x, y - top]);
  const height = Math.ceil(bottom - top);
  projection.clipExtent([[0, 0], [width, height]]);
  return height;
}

/** A map: its size, its land as one path, and each place's point. */
function draw(projection, width, height, land, places) {
  const points = places.map(({ id, location }) => [id, ...px(projection([location.lon, location.lat]))]);
  return { source, width, height, land: geoPath(projection).digits(0)(land), points };
}

function world(report) {
  const topology = simplified(atlas('land-110m.json'), 0.35);
  const [land] = feature(topology, topology.objects.land).features;
  const withoutAntarctica = polygons(land.geometry, (rings) => rings[0].some(([, lat]) => lat > -60));
  const projection = geoEqualEarth();
  const height = fit(projection, 1000, withoutAntarctica);
  return draw(projection, 1000, height, withoutAntarctica, report.world.offices);
}

function japan(report) {
  const topology = simplified(atlas('countries-50m.json'), 0.5);
  const country = feature(topology, topology.objects.countries).features.find((f) => f.id === '392');
  // The main islands and Sado, with a margin.
  const frame = { type: 'MultiPoint', coordinates: [[129.3, 31.0], [145.9, 45.6]] };
  const projection = geoMercator();
  const height = fit(projection, 600, frame);
  const area = geoPath(projection).area;
  const land = polygons(country.geometry, (rings) => area({ type: 'Polygon', coordinates: rings }) >= 3);
  return draw(projection, 600, height, land, report.municipalities.filter((m) => m.member));
}

const report = JSON.parse(readFileSync(SNAPSHOT, 'utf8'));
const missing = [...report.world.offices, ...report.municipalities.filter((m) => m.member)].filter((p) => !p.location).map((p) => p.id);
if (missing.length) {
  console.error(`maps: no location for ${missing.join(', ')} in the snapshot`);
  process.exit(1);
}
const maps = { world: world(report), japan: japan(report) };
let stale = false;
for (const [name, map] of Object.entries(maps)) {
  const text = `${JSON.stringify(map, null, 1)}\n`;
  if (process.argv.includes('--check')) {
    const current = readFileSync(out(name), 'utf8');
    if (current !== text) {
      console.error(`${out(name)} is out of date: run \`node scripts/maps.mjs\``);
      stale = true;
    }
  } else {
    writeFileSync(out(name), text);
    console.log(`${name}: ${map.width}×${map.height} px, ${map.points.length} points, land path ${map.land.length} bytes`);
  }
}
if (stale) process.exit(1);
