//! Queries and ranking: a query's terms, where they occur, and the
//! score of a document.

use super::documents::Document;
use super::fold::{normalize, FIELD_SEPARATOR};
use super::readings::{ReadAs, Readings};
use crate::report::identity::Kind;

/// One whitespace-separated term of a query.
pub(super) struct Term {
    /// Folded, non-empty.
    pub(super) text: String,
    /// The place names it reads as (`yokohama` → 横浜, 横浜市).
    pub(super) read_as: Vec<ReadAs>,
}

impl Term {
    /// What a document may hold to match the term: the term, or a name it
    /// reads as.
    pub(super) fn forms(&self) -> impl Iterator<Item = &str> + '_ {
        std::iter::once(self.text.as_str()).chain(self.read_as.iter().map(|r| r.name.as_str()))
    }
}

pub(super) struct Query {
    /// Without repeats.
    pub(super) terms: Vec<Term>,
    /// The whole query folded, to recognise a title that is exactly it.
    pub(super) whole: String,
}

impl Query {
    pub(super) fn parse(text: &str, readings: &Readings) -> Query {
        let text: String = text.chars().filter(|&c| c != FIELD_SEPARATOR).collect();
        let mut terms: Vec<Term> = Vec::new();
        for term in text.split_whitespace().map(normalize) {
            if !term.is_empty() && !terms.iter().any(|t| t.text == term) {
                terms.push(Term {
                    read_as: readings.read(&term),
                    text: term,
                });
            }
        }
        Query {
            terms,
            whole: normalize(&text),
        }
    }

    /// Every form of every term, and the whole query when it has several
    /// terms (so that `Get Involved` lights up as one span).
    pub(super) fn patterns(&self) -> Vec<&str> {
        let mut patterns: Vec<&str> = self.terms.iter().flat_map(Term::forms).collect();
        if self.terms.len() > 1 {
            patterns.push(&self.whole);
        }
        patterns
    }
}

/// Byte offsets where `term` occurs in folded `text`. A term that begins
/// with a Latin letter or digit matches only at the start of a word, as the
/// index holds word prefixes.
pub(super) fn occurrences<'a>(text: &'a str, term: &'a str) -> impl Iterator<Item = usize> + 'a {
    let at_word_start = term.starts_with(|c: char| c.is_ascii_alphanumeric());
    text.match_indices(term).map(|(i, _)| i).filter(move |&i| {
        !at_word_start || !text[..i].ends_with(|c: char| c.is_ascii_alphanumeric())
    })
}

/// Weights of the ranking: a title match outweighs anything the text adds.
mod weight {
    pub const TITLE: u32 = 1000;
    /// A municipality whose name holds every term: a reader who types a
    /// member's name is looking for it.
    pub const MUNICIPALITY_NAME: u32 = 5000;
    /// The title is exactly the query.
    pub const TITLE_EXACT: u32 = 500;
    /// The title starts with the term.
    pub const TITLE_START: u32 = 200;
    pub const PER_OCCURRENCE: u32 = 20;
    pub const MAX_OCCURRENCES: u32 = 10;
    /// For a first occurrence at the very start, falling to 0 at the end.
    pub const EARLY: u32 = 50;
    /// For the shortest text, falling by one per `BYTES_PER_POINT`.
    pub const SHORT: u32 = 30;
    pub const BYTES_PER_POINT: usize = 100;
}

/// The score of a document for the query, `None` when a term is missing.
pub(super) fn score(doc: &Document, query: &Query) -> Option<u32> {
    let mut total = 0;
    let mut every_term_in_title = true;
    for term in &query.terms {
        let in_title = term
            .forms()
            .any(|f| occurrences(&doc.folded_title, f).next().is_some());
        let mut first = None;
        let mut count = 0;
        for form in term.forms() {
            let mut found = occurrences(&doc.folded_text, form);
            if let Some(at) = found.next() {
                first = Some(first.map_or(at, |f: usize| f.min(at)));
                count += 1 + found.take(weight::MAX_OCCURRENCES as usize).count() as u32;
            }
        }
        if !in_title && first.is_none() {
            return None;
        }
        every_term_in_title &= in_title;
        if in_title {
            total += weight::TITLE;
            if term.forms().any(|f| doc.folded_title.starts_with(f)) {
                total += weight::TITLE_START;
            }
        }
        if let Some(first) = first {
            let count = count.min(weight::MAX_OCCURRENCES);
            let len = doc.folded_text.len().max(1);
            total +=
                count * weight::PER_OCCURRENCE + weight::EARLY * (len - first) as u32 / len as u32;
        }
    }
    if every_term_in_title && doc.kind == Kind::Municipality {
        total += weight::MUNICIPALITY_NAME;
    }
    let exact = doc.folded_title == query.whole
        || matches!(query.terms.as_slice(), [term] if term.forms().any(|f| f == doc.folded_title));
    if exact {
        total += weight::TITLE_EXACT;
    }
    let length_penalty = (doc.folded_text.len() / weight::BYTES_PER_POINT) as u32;
    Some(total + weight::SHORT.saturating_sub(length_penalty))
}

#[cfg(test)]
mod tests {
    use crate::derive::search::testing::{doc, ids, index};

    #[test]
    fn title_beats_body_and_ties_keep_report_order() {
        let idx = index(vec![
            doc(
                "body",
                "会議の報告",
                "ラムサール湿地都市ネットワーク市長会議に参加。ラムサール条約。ラムサール。",
            ),
            doc("title", "ラムサール湿地都市", "名古屋市が登壇"),
            doc("twin-1", "別の記事", "ラムサール"),
            doc("twin-2", "別の記事", "ラムサール"),
        ]);
        let hits = idx.search("ラムサール", 10);
        assert_eq!(ids(&hits), ["title", "body", "twin-1", "twin-2"]);
        assert!(hits[0].score > hits[1].score);
        assert_eq!(hits[2].score, hits[3].score);
    }

    #[test]
    fn earlier_and_more_frequent_matches_rank_higher() {
        let idx = index(vec![
            doc(
                "late",
                "記事",
                "はじめに長い前置きがあって、そのあとで干潟の話になる",
            ),
            doc(
                "early",
                "記事",
                "干潟の話から始まって、そのあとで長い前置きになる",
            ),
        ]);
        assert_eq!(ids(&idx.search("干潟", 10)), ["early", "late"]);
        let idx = index(vec![
            doc(
                "once",
                "記事",
                "はじめに干潟の話があって、そのあとで湿地の話になる",
            ),
            doc(
                "twice",
                "記事",
                "はじめに干潟の話があって、そのあとで干潟の話になる",
            ),
        ]);
        assert_eq!(ids(&idx.search("干潟", 10)), ["twice", "once"]);
    }
}
