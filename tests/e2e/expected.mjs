// What the pages must show, worked out here from the snapshot itself, not
// from the app's own code: the route list the app prints (`routes.json`)
// says which pages and items exist, but its headings, titles and member
// appearances come from the code under test, so they are no oracle for it.
import { report } from './helpers.mjs';

/** Headings of the pages whose heading is a UI label rather than report text. */
const LABELLED = {
  '/message': 'ごあいさつ',
  '/highlights': 'ハイライト',
  '/activities': '活動報告',
  '/calendar': '活動カレンダー',
  '/iclei': '世界のイクレイ',
};

/** The heading of the page at `path`, from the snapshot (or the label above). */
export function headingOf(path) {
  if (LABELLED[path]) return LABELLED[path];
  const [, part, id] = path.split('/');
  const byId = (list) => list.find((x) => x.id === id);
  switch (part) {
    case '': return report.meta.title;
    case 'pathways': return id ? byId(report.about.pathways.items).name : report.about.pathways.title;
    case 'membership': return report.membership.title;
    case 'governance': return report.japan.title;
    case 'members': return id ? byId(report.municipalities).name : report.japan.member_list.title;
    case 'highlights': return byId(report.highlights).title;
    case 'activities': return byId(report.chapters).title;
    default: throw new Error(`no heading known for ${path}`);
  }
}

/** The document title of the page at `path`: its heading, then the report's title. */
export const titleOf = (path) => (path === '/' ? report.meta.title : `${headingOf(path)} | ${report.meta.title}`);

/**
 * The ids of the entities that refer to municipality `id` in their own data
 * (a `members` list, a `municipality` field or a members block) or whose
 * own text names it (its name or a longer form, `aliases`), each entity
 * once (two entities may share an id: the COP16 event and its highlight),
 * sorted: what the member's page must link to. A string belongs to the
 * nearest object with an id. The member list itself, the records of
 * municipalities and people, and editorial notes (`discrepancies`, shown
 * where they apply) are not appearances.
 */
export function appearancesOf(id) {
  const member = report.municipalities.find((m) => m.id === id);
  const names = [member.name, ...(member.aliases ?? [])];
  // Another municipality's name that holds the member's (長野県小布施町) names that one.
  const others = report.municipalities.filter((m) => m.id !== id)
    .flatMap((m) => [m.name, ...(m.aliases ?? [])])
    .filter((other) => names.some((n) => other.includes(n)));
  const namesIt = (text) => {
    const rest = others.reduce((t, other) => t.replaceAll(other, '／'), text);
    return names.some((n) => rest.includes(n));
  };
  const found = new Set();
  const refs = ['members', 'ids', 'person', 'municipality', 'event', 'id'];
  const walk = (value, owner) => {
    if (typeof value === 'string' && owner && namesIt(value)) found.add(owner);
    if (Array.isArray(value)) return value.forEach((v) => walk(v, owner));
    if (value === null || typeof value !== 'object') return;
    const here = typeof value.id === 'string' ? value : owner;
    const listed = [
      ...(Array.isArray(value.members) ? value.members : []),
      ...(value.type === 'members' && Array.isArray(value.ids) ? value.ids : []),
      ...(typeof value.municipality === 'string' ? [value.municipality] : []),
    ];
    if (here && listed.includes(id)) found.add(here);
    for (const [key, child] of Object.entries(value)) {
      if (!refs.includes(key)) walk(child, here);
    }
  };
  const { municipalities, discrepancies, people, japan, meta, place_readings: readings, ...rest } = report;
  const { member_list: memberList, ...japanRest } = japan;
  walk({ ...rest, japan: japanRest }, null);
  return [...found].map((entity) => entity.id).sort();
}

/** The entity a link names: its fragment, or else the last segment of its path. */
export function namedBy(href) {
  const [path, fragment] = href.split('#');
  return fragment ?? path.split('/').filter(Boolean).at(-1) ?? '';
}

/** Where a page's share card is served, under the base path: the page's
 * path under /cards, the overview as /cards/index.png. */
export const cardOf = (path) => `/cards${path === '/' ? '/index' : path}.png`;
