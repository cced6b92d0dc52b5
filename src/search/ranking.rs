//! Queries and ranking: a query's terms, where they occur, and the
//! score of a document.

use super::documents::Document;
use super::fold::{normalize, FIELD_SEPARATOR};

pub(super) struct Query {
    /// Folded, non-empty, without repeats.
    pub(super) terms: Vec<String>,
    /// The whole query folded, to recognise a title that is exactly it.
    pub(super) whole: String,
}

impl Query {
    pub(super) fn parse(text: &str) -> Query {
        let text: String = text.chars().filter(|&c| c != FIELD_SEPARATOR).collect();
        let mut terms: Vec<String> = Vec::new();
        for term in text.split_whitespace().map(normalize) {
            if !term.is_empty() && !terms.contains(&term) {
                terms.push(term);
            }
        }
        Query {
            terms,
            whole: normalize(&text),
        }
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
    for term in &query.terms {
        let in_title = occurrences(&doc.folded_title, term).next().is_some();
        let mut in_text = occurrences(&doc.folded_text, term);
        let first = in_text.next();
        if !in_title && first.is_none() {
            return None;
        }
        if in_title {
            total += weight::TITLE;
            if doc.folded_title.starts_with(term.as_str()) {
                total += weight::TITLE_START;
            }
        }
        if let Some(first) = first {
            let count = 1 + in_text.take(weight::MAX_OCCURRENCES as usize - 1).count() as u32;
            let len = doc.folded_text.len().max(1);
            total +=
                count * weight::PER_OCCURRENCE + weight::EARLY * (len - first) as u32 / len as u32;
        }
    }
    if doc.folded_title == query.whole {
        total += weight::TITLE_EXACT;
    }
    let length_penalty = (doc.folded_text.len() / weight::BYTES_PER_POINT) as u32;
    Some(total + weight::SHORT.saturating_sub(length_penalty))
}

#[cfg(test)]
mod tests {
    use crate::search::testing::{doc, ids, index};

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
