//! The index: postings from tokens to documents, building it from a
//! report, and answering a query with ranked hits.

use std::fmt;
use std::sync::OnceLock;

use super::closest::Vocabulary;
use super::documents::{joined, Document};
use super::fold::normalize;
use super::ranking::{score, Query, Term};
use super::readings::Readings;
use super::snippet::{marked_title, snippet, Segment};
use super::tokens::{document_tokens, query_tokens, Token};
use crate::report::graph::Graph;
use crate::report::identity::Kind;
use crate::report::model::Report;
use crate::report::order;
use crate::site::entity::{search_text, title, Locator};
use crate::site::labels;
use crate::site::meta::page_meta;
use crate::site::routes::Route;

/// Documents by token: `docs[starts[t]..starts[t + 1]]` hold `tokens[t]`,
/// in document order.
#[derive(Clone, Debug, Default)]
struct Postings {
    tokens: Vec<Token>,
    starts: Vec<u32>,
    docs: Vec<u32>,
}

impl Postings {
    fn of(documents: &[Document]) -> Postings {
        let mut pairs: Vec<(Token, u32)> = Vec::new();
        let mut tokens = Vec::new();
        for (n, doc) in documents.iter().enumerate() {
            tokens.clear();
            document_tokens(&doc.folded_title, &mut tokens);
            document_tokens(&doc.folded_text, &mut tokens);
            pairs.extend(tokens.iter().map(|&t| (t, n as u32)));
        }
        order::sort_pairs(&mut pairs);
        pairs.dedup();
        let mut postings = Postings {
            tokens: Vec::new(),
            starts: Vec::new(),
            docs: Vec::with_capacity(pairs.len()),
        };
        for (token, doc) in pairs {
            if postings.tokens.last() != Some(&token) {
                postings.tokens.push(token);
                postings.starts.push(postings.docs.len() as u32);
            }
            postings.docs.push(doc);
        }
        postings.starts.push(postings.docs.len() as u32);
        postings
    }

    fn get(&self, token: Token) -> &[u32] {
        match self.tokens.binary_search(&token) {
            Ok(t) => &self.docs[self.starts[t] as usize..self.starts[t + 1] as usize],
            Err(_) => &[],
        }
    }

    /// Documents that hold every token.
    fn all_of(&self, tokens: &[Token]) -> Vec<u32> {
        let mut lists: Vec<&[u32]> = tokens.iter().map(|&t| self.get(t)).collect();
        order::sort_by_key(&mut lists, |l| l.len() as u64);
        let Some((shortest, others)) = lists.split_first() else {
            return Vec::new();
        };
        let mut docs = shortest.to_vec();
        for list in others {
            docs.retain(|d| list.binary_search(d).is_ok());
        }
        docs
    }

    /// Documents that hold every token of one of the term's forms.
    fn any_form(&self, term: &Term) -> Vec<u32> {
        let mut docs: Vec<u32> = Vec::new();
        let mut tokens = Vec::new();
        for form in term.forms() {
            tokens.clear();
            query_tokens(form, &mut tokens);
            docs.extend(self.all_of(&tokens));
        }
        order::sort_by_key(&mut docs, |&d| u64::from(d));
        docs.dedup();
        docs
    }

    fn heap_bytes(&self) -> usize {
        self.tokens.capacity() * 8 + self.starts.capacity() * 4 + self.docs.capacity() * 4
    }
}

/// A search result.
#[derive(Clone, Debug, PartialEq)]
pub struct Hit {
    pub kind: Kind,
    pub id: String,
    pub title: String,
    /// The title with the query's matches highlighted.
    pub marked_title: Vec<Segment>,
    /// The reading of the title (`よこはまし`) when the query found it by
    /// its reading.
    pub reading: Option<String>,
    /// The part of the report it comes from: the heading of its page.
    pub group: String,
    pub route: Route,
    pub fragment: Option<String>,
    /// Original text around the first match, matches highlighted.
    pub snippet: Vec<Segment>,
    pub score: u32,
}

/// The search index of one report: build it once, query it as often as
/// needed.
#[derive(Clone, Debug, Default)]
pub struct SearchIndex {
    /// In the graph's (the report's) order.
    documents: Vec<Document>,
    /// Page headings that documents point into.
    groups: Vec<String>,
    postings: Postings,
    readings: Readings,
    /// Built on the first search that finds nothing.
    vocabulary: OnceLock<Vocabulary>,
}

impl fmt::Display for SearchIndex {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} documents, {} tokens",
            self.documents.len(),
            self.postings.tokens.len()
        )
    }
}

impl SearchIndex {
    pub fn build(report: &Report) -> SearchIndex {
        let graph = Graph::of(report);
        let locator = Locator::new(&graph, report);
        let mut groups: Vec<(Route, String)> = Vec::new();
        let mut documents = Vec::new();
        for entity in &graph.entities {
            let (kind, id) = (entity.key.kind, entity.key.id);
            if kind == Kind::Discrepancy {
                continue;
            }
            let (Some((route, fragment)), Some(title)) =
                (locator.locate(entity.key), title(report, kind, id))
            else {
                continue;
            };
            let group = group_of(&route, report, &mut groups);
            documents.push(Document::new(
                kind,
                id,
                title,
                joined(search_text(report, kind, id)),
                route,
                fragment,
                group,
            ));
        }
        SearchIndex::from_documents(
            documents,
            groups.into_iter().map(|(_, heading)| heading).collect(),
            Readings::of(&report.place_readings),
        )
    }

    pub(super) fn from_documents(
        documents: Vec<Document>,
        groups: Vec<String>,
        readings: Readings,
    ) -> SearchIndex {
        let postings = Postings::of(&documents);
        SearchIndex {
            documents,
            groups,
            postings,
            readings,
            vocabulary: OnceLock::new(),
        }
    }

    /// The number of documents.
    pub fn len(&self) -> usize {
        self.documents.len()
    }

    pub fn is_empty(&self) -> bool {
        self.documents.is_empty()
    }

    /// An estimate of the memory the index holds, in bytes.
    pub fn heap_bytes(&self) -> usize {
        let documents: usize = self.documents.iter().map(Document::heap_bytes).sum();
        let groups: usize = self.groups.iter().map(String::capacity).sum();
        documents
            + self.documents.capacity() * std::mem::size_of::<Document>()
            + groups
            + self.postings.heap_bytes()
            + self.readings.heap_bytes()
            + std::mem::size_of::<SearchIndex>()
    }

    /// The best `limit` documents holding every term of `query` (or a name
    /// it reads as), best first.
    pub fn search(&self, query: &str, limit: usize) -> Vec<Hit> {
        let query = Query::parse(query, &self.readings);
        if query.terms.is_empty() || limit == 0 {
            return Vec::new();
        }
        let mut candidates: Option<Vec<u32>> = None;
        for term in &query.terms {
            let docs = self.postings.any_form(term);
            candidates = Some(match candidates {
                None => docs,
                Some(mut c) => {
                    c.retain(|d| docs.binary_search(d).is_ok());
                    c
                }
            });
        }
        let mut ranked: Vec<(u32, u32)> = candidates
            .unwrap_or_default()
            .into_iter()
            .filter_map(|d| Some((score(&self.documents[d as usize], &query)?, d)))
            .collect();
        // Best score first; ties in the report's order.
        order::sort_by_key(&mut ranked, |&(score, d)| {
            order::key2(order::descending(score), d)
        });
        ranked
            .into_iter()
            .take(limit)
            .map(|(score, d)| self.hit(&self.documents[d as usize], &query, score))
            .collect()
    }

    /// Queries close to one that finds nothing, each finding something, at
    /// most `limit`: its first term that finds nothing alone is replaced by
    /// the closest names and terms of the report (`closest`); when each term
    /// finds something, only not together, each term alone.
    pub fn closest(&self, query: &str, limit: usize) -> Vec<String> {
        let terms: Vec<&str> = query.split_whitespace().collect();
        let Some(at) = terms.iter().position(|t| self.search(t, 1).is_empty()) else {
            return if terms.len() > 1 {
                terms.into_iter().take(limit).map(str::to_string).collect()
            } else {
                Vec::new()
            };
        };
        let vocabulary = self
            .vocabulary
            .get_or_init(|| Vocabulary::of(&self.documents, &self.readings));
        let mut queries: Vec<String> = Vec::new();
        for word in vocabulary.closest(&normalize(terms[at]), limit * 2) {
            let mut replaced = terms.clone();
            replaced[at] = word;
            let query = replaced.join(" ");
            if !queries.contains(&query) && !self.search(&query, 1).is_empty() {
                queries.push(query);
            }
            if queries.len() == limit {
                break;
            }
        }
        queries
    }

    fn hit(&self, doc: &Document, query: &Query, score: u32) -> Hit {
        let read = query.terms.iter().any(|t| !t.read_as.is_empty());
        Hit {
            kind: doc.kind,
            id: doc.id.clone(),
            title: doc.title.clone(),
            marked_title: marked_title(doc, query),
            reading: read
                .then(|| self.readings.reading_of(&doc.folded_title))
                .flatten()
                .map(str::to_string),
            group: self.groups[doc.group].clone(),
            route: doc.route.clone(),
            fragment: doc.fragment.clone(),
            snippet: snippet(doc, query),
            score,
        }
    }
}

/// The index of the heading of `route`'s page in `groups`, added if new.
fn group_of(route: &Route, report: &Report, groups: &mut Vec<(Route, String)>) -> usize {
    if let Some(i) = groups.iter().position(|(r, _)| r == route) {
        return i;
    }
    let heading = route.resolve(report).map_or_else(
        || labels::page(route.page).to_string(),
        |target| page_meta(&target, report).heading,
    );
    groups.push((route.clone(), heading));
    groups.len() - 1
}

/// Hits grouped by the part of the report they come from, the group of the
/// best hit first; hits keep their order within a group.
pub fn group_hits(hits: &[Hit]) -> Vec<(String, Vec<&Hit>)> {
    let mut groups: Vec<(String, Vec<&Hit>)> = Vec::new();
    for hit in hits {
        match groups.iter_mut().find(|(g, _)| *g == hit.group) {
            Some((_, members)) => members.push(hit),
            None => groups.push((hit.group.clone(), vec![hit])),
        }
    }
    // Stable: groups whose best hits tie stay in order of first appearance.
    order::sort_by_key(&mut groups, |(_, members)| {
        u64::from(order::descending(
            members.iter().map(|h| h.score).max().unwrap_or(0),
        ))
    });
    groups
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::derive::search::testing::{doc, ids, index};
    use crate::site::routes::Page;

    #[test]
    fn finds_across_scripts_and_widths() {
        let idx = index(vec![
            doc(
                "cafe",
                "イクレイカフェの開催",
                "会員自治体と関係者による情報交換",
            ),
            doc("cop", "UNFCCC-COP29", "バクーで開催されました。"),
        ]);
        for q in ["カフェ", "かふぇ", "ｶﾌｪ", "いくれい かふぇ"] {
            assert_eq!(ids(&idx.search(q, 10)), ["cafe"], "{q}");
        }
        for q in ["ＣＯＰ２９", "cop", "COP29", "unfccc-cop29", "バクー"] {
            assert_eq!(ids(&idx.search(q, 10)), ["cop"], "{q}");
        }
        assert!(
            idx.search("op29", 10).is_empty(),
            "Latin terms match at word starts"
        );
    }

    #[test]
    fn empty_and_unmatched_queries_find_nothing() {
        let idx = index(vec![doc("a", "干潟の保全", "藤前干潟")]);
        for q in ["", "   ", "\u{3000}", "・", "ー"] {
            assert!(idx.search(q, 10).is_empty(), "{q:?}");
        }
        assert!(idx.search("砂漠", 10).is_empty());
        assert!(
            idx.search("干潟 砂漠", 10).is_empty(),
            "every term must match"
        );
        assert!(idx.search("干潟", 0).is_empty());
    }

    #[test]
    fn removes_pair_false_positives() {
        // Both pairs of 東京都 occur, but not the word.
        let idx = index(vec![doc("a", "東京の都市", "京都と東京")]);
        assert_eq!(idx.search("京都", 10).len(), 1);
        assert!(idx.search("東京都", 10).is_empty());
    }

    #[test]
    fn groups_follow_their_best_hit() {
        let hit = |id: &str, group: &str, score: u32| Hit {
            kind: Kind::Story,
            id: id.into(),
            title: id.into(),
            marked_title: Vec::new(),
            reading: None,
            group: group.into(),
            route: Route::new(Page::Calendar),
            fragment: None,
            snippet: Vec::new(),
            score,
        };
        let hits = [
            hit("a", "X", 50),
            hit("b", "Y", 900),
            hit("c", "X", 40),
            hit("d", "Z", 50),
        ];
        let groups = group_hits(&hits);
        let shape: Vec<(&str, Vec<&str>)> = groups
            .iter()
            .map(|(g, hs)| (g.as_str(), hs.iter().map(|h| h.id.as_str()).collect()))
            .collect();
        assert_eq!(
            shape,
            [("Y", vec!["b"]), ("X", vec!["a", "c"]), ("Z", vec!["d"])]
        );
    }
}
