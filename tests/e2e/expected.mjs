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
 * The ids of the entities whose own data names municipality `id` (in a
 * `members` list, a `municipality` field or a members block), each entity
 * once (two entities may share an id: the COP16 event and its highlight),
 * sorted: what the member's page must link to. The member list itself
 * and the municipality's own record are not appearances; editorial notes
 * (`discrepancies`) are shown where they apply, not listed.
 */
export function appearancesOf(id) {
  const found = new Set();
  const walk = (value, owner) => {
    if (Array.isArray(value)) return value.forEach((v) => walk(v, owner));
    if (value === null || typeof value !== 'object') return;
    const here = typeof value.id === 'string' ? value : owner;
    const names = [
      ...(Array.isArray(value.members) ? value.members : []),
      ...(value.type === 'members' && Array.isArray(value.ids) ? value.ids : []),
      ...(typeof value.municipality === 'string' ? [value.municipality] : []),
    ];
    if (here && names.includes(id)) found.add(here);
    for (const [key, child] of Object.entries(value)) if (key !== 'members') walk(child, here);
  };
  const { municipalities, discrepancies, people, japan, ...rest } = report;
  const { member_list: memberList, ...japanRest } = japan;
  walk({ ...rest, japan: japanRest }, null);
  return [...found].map((entity) => entity.id).sort();
}

/** The entity a link names: its fragment, or else the last segment of its path. */
export function namedBy(href) {
  const [path, fragment] = href.split('#');
  return fragment ?? path.split('/').filter(Boolean).at(-1) ?? '';
}
