//! Close names and terms, offered when a search finds nothing: a slip of
//! the keyboard (`ゼロカーボンシテイ`), an unfamiliar spelling (`sustainble`)
//! or a misheard reading (`よこはば`) still leads somewhere.
//!
//! The vocabulary is the report's own words: the titles of its documents
//! (names of members, people, events, initiatives), the words of its text
//! that a reader would type as one term (runs of katakana, of kanji, Latin
//! words) and the place names with readings. A word is close when its
//! folded spelling, or its sound key against a term in kana or romaji, is
//! within [`MIN_SIMILARITY`] by Levenshtein distance (the `strsim` crate),
//! relative to the longer of the two.

use super::documents::Document;
use super::fold::{normalize, FIELD_SEPARATOR};
use super::readings::{sound_key, Readings};
use crate::report::order;

/// The least similarity (1 − distance / length of the longer) of a word
/// offered: one slip in three characters, two in five. Latin terms need
/// more: short romaji and English words are close to too much by chance
/// (`machi` to `aichi`, `sake` to `State`).
pub(super) const MIN_SIMILARITY: f64 = 0.6;
pub(super) const MIN_SIMILARITY_LATIN: f64 = 0.7;
/// Titles longer than this (in characters) are sentences, not names.
const MAX_TITLE_CHARS: usize = 30;
/// Kanji runs longer than this are several words run together.
const MAX_KANJI_RUN: usize = 10;

/// A word of the report.
#[derive(Clone, Debug)]
struct Word {
    /// As the report writes it (for a place name with a reading: folded,
    /// which leaves kanji as written).
    written: String,
    folded: String,
    /// The sound key of its reading, for place names.
    key: Option<String>,
}

/// The words a query is compared with.
#[derive(Clone, Debug, Default)]
pub(super) struct Vocabulary {
    words: Vec<Word>,
}

impl Vocabulary {
    pub(super) fn of(documents: &[Document], readings: &Readings) -> Vocabulary {
        let mut words: Vec<Word> = Vec::new();
        let mut add = |written: &str, key: Option<String>| {
            let folded = normalize(written);
            if folded.chars().count() < 2 {
                return;
            }
            match words.iter_mut().find(|w| w.folded == folded) {
                Some(word) => {
                    if word.key.is_none() {
                        word.key = key;
                    }
                }
                None => words.push(Word {
                    written: written.to_string(),
                    folded,
                    key,
                }),
            }
        };
        for (name, key) in readings.keyed() {
            add(name, Some(key.to_string()));
        }
        for doc in documents {
            if doc.title.chars().count() <= MAX_TITLE_CHARS {
                add(&doc.title, None);
            }
        }
        for doc in documents {
            for word in terms(&doc.text) {
                add(word, None);
            }
        }
        Vocabulary { words }
    }

    /// The words closest to a folded term, closest first (ties in the
    /// vocabulary's order), at most `limit`.
    pub(super) fn closest(&self, term: &str, limit: usize) -> Vec<&str> {
        // Latin that is not romaji (`sapproro`) is still compared with the
        // romaji of the readings as it is.
        let key = sound_key(term).or_else(|| {
            term.bytes()
                .all(|b| b.is_ascii_lowercase())
                .then(|| term.to_string())
        });
        let least = if term.is_ascii() {
            MIN_SIMILARITY_LATIN
        } else {
            MIN_SIMILARITY
        };
        let mut scored: Vec<(u32, &Word)> = self
            .words
            .iter()
            .filter(|w| w.folded != term)
            .filter_map(|w| {
                let spelled = strsim::normalized_levenshtein(term, &w.folded);
                let sounded = match (&key, &w.key) {
                    (Some(a), Some(b)) => strsim::normalized_levenshtein(a, b),
                    _ => 0.0,
                };
                let similarity = spelled.max(sounded);
                (similarity >= least).then_some(((similarity * 1000.0) as u32, w))
            })
            .collect();
        order::sort_by_key(&mut scored, |&(s, _)| u64::from(order::descending(s)));
        scored
            .into_iter()
            .take(limit)
            .map(|(_, w)| w.written.as_str())
            .collect()
    }
}

/// What a reader would type as one term: runs of katakana (with `ー` and
/// `・`), of kanji, of Latin letters and digits.
fn terms(text: &str) -> impl Iterator<Item = &str> + '_ {
    #[derive(PartialEq, Clone, Copy)]
    enum Script {
        Katakana,
        Kanji,
        Latin,
        Other,
    }
    fn script(c: char) -> Script {
        match c {
            'ァ'..='ヶ' | 'ー' | '・' => Script::Katakana,
            '一'..='\u{9FFF}' | '々' => Script::Kanji,
            c if c.is_ascii_alphanumeric() || c == '-' => Script::Latin,
            _ => Script::Other,
        }
    }
    let mut rest = text;
    std::iter::from_fn(move || loop {
        let first = rest.chars().next()?;
        let kind = script(first);
        let len = rest
            .find(|c: char| script(c) != kind || c == FIELD_SEPARATOR)
            .unwrap_or(rest.len());
        let (run, tail) = rest.split_at(len.max(first.len_utf8()));
        rest = tail;
        let chars = run.chars().count();
        let wanted = match kind {
            Script::Katakana => chars >= 3,
            Script::Kanji => (2..=MAX_KANJI_RUN).contains(&chars),
            Script::Latin => chars >= 3 && run.starts_with(|c: char| c.is_ascii_alphabetic()),
            Script::Other => false,
        };
        if wanted {
            return Some(run.trim_matches(['・', '-']));
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::derive::search::testing::doc;
    use crate::report::model::PlaceReading;

    fn vocabulary() -> Vocabulary {
        let readings = Readings::of(&[PlaceReading {
            name: "横浜市".into(),
            reading: "よこはまし".into(),
            source: "test".into(),
        }]);
        Vocabulary::of(
            &[
                doc(
                    "a",
                    "横浜市",
                    "ゼロカーボンシティを宣言。Sustainable Cities",
                ),
                doc("b", "COP29", "生物多様性の会議"),
            ],
            &readings,
        )
    }

    #[test]
    fn cuts_text_into_terms() {
        let found: Vec<&str> =
            terms("ゼロカーボンシティを宣言。ICLEI-Japanの生物多様性・COP29").collect();
        assert_eq!(
            found,
            [
                "ゼロカーボンシティ",
                "宣言",
                "ICLEI-Japan",
                "生物多様性",
                "COP29"
            ]
        );
    }

    #[test]
    fn offers_words_close_in_spelling_or_sound() {
        let v = vocabulary();
        assert_eq!(
            v.closest(&normalize("ゼロカーボンシテイ"), 3),
            ["ゼロカーボンシティ"]
        );
        assert_eq!(v.closest(&normalize("sustainble"), 3), ["Sustainable"]);
        assert_eq!(v.closest(&normalize("よこはば"), 3)[0], "横浜");
        assert_eq!(v.closest(&normalize("yokohamasi"), 3)[0], "横浜市");
        assert_eq!(v.closest(&normalize("生物多用性"), 3), ["生物多様性"]);
        assert!(v.closest(&normalize("xyz"), 3).is_empty());
        assert!(v.closest(&normalize("砂漠"), 3).is_empty());
    }
}
