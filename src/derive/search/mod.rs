//! Full-text search over the whole report, for Japanese and Latin text.
//!
//! - **Folding.** [`normalize`] folds width (full-width ASCII, half-width
//!   katakana), case, katakana to hiragana and Latin accents, drops the long
//!   vowel mark `ー`, and treats whitespace and punctuation (middle dots
//!   included) as separators: they end a Latin word and are otherwise
//!   dropped, so `サンパウロ・戦略` finds `サンパウロ戦略` and `竹本和彦`
//!   finds `竹本 和彦`. Dropping `ー` means `コーヒー` and `コヒ` fold alike
//!   (and so do `ゼロカーボン` and `ゼロカボン`): a fair price for finding
//!   `サーバ` from `サーバー`. Commas between digits are dropped too
//!   (`2,500` = `2500`). Common variant kanji fold to one form (`髙` =
//!   `高`, `濱` = `浜`: the table in `fold`). [`Normalized`] keeps, for each
//!   folded character, the original characters it comes from, for
//!   highlighting.
//! - **Readings.** A term in kana or romaji that sounds like the reading of
//!   a place name in the snapshot (`yokohama`, `よこはま`, `toukyou`) also
//!   matches the name as written (`横浜`), which is what is highlighted; the
//!   hit carries the reading it was found by (`readings`, `romaji`).
//! - **Documents.** One per linkable entity of [`Graph::of`] that has a
//!   [`crate::site::routes::location`] (discrepancies excluded), in the graph's
//!   order. Its text is every string of the entity that is not an id or a
//!   reference, without what belongs to entities nested in it (a highlight's
//!   stories, a section's story blocks), plus the names its page prints
//!   beside it (a municipality's head, a message's signatory, a body's
//!   members, a person's seats).
//! - **Tokens.** Japanese has no spaces, so text is cut into overlapping
//!   character bigrams (and single characters, for one-character queries)
//!   rather than words. Bigrams need no dictionary, find any substring of
//!   two or more characters whatever its context (`ゼロカーボン` inside
//!   `ゼロカーボンシティ`), and behave identically natively and in wasm.
//!   A word segmenter (`Intl.Segmenter`) would only exist in the browser, and
//!   its dictionary boundaries depend on the engine and on context, so a
//!   query segmented alone can miss the same words segmented in a sentence.
//!   The price of bigrams is a bigger index and false positives, removed by
//!   checking each candidate. Latin words (runs of ASCII letters and digits)
//!   are indexed by every prefix up to `MAX_PREFIX` (24) bytes, so `cop` finds
//!   `COP29` but `op29` does not: Latin terms match at the start of a word.
//! - **Postings.** Tokens are `u64` (a char, a pair of chars, or a hash of a
//!   word prefix), sorted once, with document numbers in one flat array.
//! - **Queries.** Whitespace splits the query into terms; a document must
//!   hold every token of every term (intersection of postings), then every
//!   term must occur in its folded title or text, which removes bigram and
//!   hash false positives. Ranking: a title match outweighs anything the
//!   text adds; then more and earlier occurrences, then shorter text; ties
//!   keep the report's order. A municipality whose name holds every term
//!   comes before everything else: a reader typing a member's name is
//!   looking for the member.
//! - **Nothing found.** [`SearchIndex::closest`] offers queries that find
//!   something: the closest names and terms of the report by spelling or
//!   by sound (`closest`).
//!
//! One module each: [`fold`] (folding), [`tokens`], [`documents`] (what
//! each entity contributes), [`index`] (postings, building, querying),
//! [`ranking`], [`snippet`], [`readings`] and [`romaji`] (finding names by
//! how they sound), [`closest`] (close names when nothing is found). Written here rather than taken from a
//! library: the search is part of the product (a Japanese-aware index that
//! behaves the same natively and in wasm, with no dictionary to ship).

mod closest;
mod documents;
mod fold;
mod index;
mod ranking;
mod readings;
mod romaji;
mod snippet;
mod tokens;

pub use fold::{normalize, Normalized};

/// The longest query taken, in characters: longer text is cut (a URL
/// holding it must stay within what hosts and browsers accept).
pub const MAX_QUERY_CHARS: usize = 200;
pub use index::{group_hits, Hit, SearchIndex};
pub use snippet::Segment;

/// Documents and indexes for the tests of the modules above.
#[cfg(test)]
mod testing {
    use super::documents::Document;
    use super::index::{Hit, SearchIndex};
    use super::readings::Readings;
    use super::snippet::Segment;
    use crate::report::identity::Kind;
    use crate::site::routes::{Page, Route};

    pub fn doc(id: &str, title: &str, text: &str) -> Document {
        Document::new(
            Kind::Story,
            id,
            title.to_string(),
            text.to_string(),
            Route::new(Page::Calendar),
            Some(id.to_string()),
            0,
        )
    }

    pub fn index(docs: Vec<Document>) -> SearchIndex {
        SearchIndex::from_documents(
            docs,
            vec!["活動カレンダー".to_string()],
            Readings::default(),
        )
    }

    pub fn ids(hits: &[Hit]) -> Vec<&str> {
        hits.iter().map(|h| h.id.as_str()).collect()
    }

    /// The snippet with highlights in brackets.
    pub fn marked(segments: &[Segment]) -> String {
        segments
            .iter()
            .map(|s| {
                if s.highlighted {
                    format!("[{}]", s.text)
                } else {
                    s.text.clone()
                }
            })
            .collect()
    }
}
