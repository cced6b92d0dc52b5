//! Place names found by their reading: a query term in kana or romaji that
//! sounds like a reading of the snapshot (`model::PlaceReading`) also
//! searches for the name as written (`yokohama` → `横浜`).
//!
//! Each reading counts twice: for the whole name (`横浜市`, `よこはまし`)
//! and, when the name ends in the word for its kind of government and the
//! reading in that word's reading (市 し, 区 く, 町 まち or ちょう, 村 むら
//! or そん, 県 けん, 都 と, 府 ふ), for the name without it (`横浜`,
//! `よこはま`), as readers search for the city by its bare name and the
//! report often writes it so. A term matches a reading whose sound key
//! (`romaji`) equals its own, or, while it is being typed, starts with it:
//! once the term has [`MIN_TYPED_LATIN`] letters or [`MIN_TYPED_KANA`]
//! kana (`yok`, `よこ`, `とうき` on the way to とうきょう, `sapp`). A
//! reading followed by its government's kanji (`よこはま市`, as a phone's
//! input method leaves it) reads as the whole name.

use super::fold::normalize;
use super::romaji::{kana_key, open_key, romaji_key};
use crate::report::model::PlaceReading;

/// The least a term must have to match the readings it begins: letters of
/// romaji, or kana.
pub(super) const MIN_TYPED_LATIN: usize = 3;
pub(super) const MIN_TYPED_KANA: usize = 2;

/// Kinds of local government: the kanji a name ends with and the readings
/// of that kanji.
const GOVERNMENT_SUFFIXES: [(char, &[&str]); 7] = [
    ('市', &["し"]),
    ('区', &["く"]),
    ('町', &["まち", "ちょう"]),
    ('村', &["むら", "そん"]),
    ('県', &["けん"]),
    ('都', &["と"]),
    ('府', &["ふ"]),
];

/// A name and how it sounds.
#[derive(Clone, Debug)]
struct Entry {
    /// The name folded for matching, e.g. `横浜`.
    name: String,
    /// The reading as the snapshot gives it, e.g. `よこはまし` (for a name
    /// without its suffix too: the reading shown is the whole name's).
    reading: String,
    /// Whether this is the name as the snapshot gives it, not its stem.
    whole: bool,
    key: String,
}

/// The names a term reads as.
#[derive(Clone, Debug, Default)]
pub(super) struct Readings {
    entries: Vec<Entry>,
}

/// A name a term was read as.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct ReadAs {
    /// Folded, for matching.
    pub(super) name: String,
    /// The snapshot's reading of the whole name.
    pub(super) reading: String,
}

impl Readings {
    pub(super) fn of(readings: &[PlaceReading]) -> Readings {
        let mut entries = Vec::with_capacity(readings.len() * 2);
        for r in readings {
            let Some(key) = kana_key(&r.reading) else {
                continue;
            };
            // The bare name first: it finds everything the whole name does.
            if let Some((stem, stem_reading)) = without_suffix(&r.name, &r.reading) {
                if let Some(key) = kana_key(stem_reading) {
                    entries.push(Entry {
                        name: normalize(stem),
                        reading: r.reading.clone(),
                        whole: false,
                        key,
                    });
                }
            }
            entries.push(Entry {
                name: normalize(&r.name),
                reading: r.reading.clone(),
                whole: true,
                key,
            });
        }
        Readings { entries }
    }

    /// The names a folded query term reads as, without the term itself:
    /// those it sounds exactly like first, then those it begins, each in
    /// the snapshot's order.
    pub(super) fn read(&self, term: &str) -> Vec<ReadAs> {
        // `よこはま市`: the reading, and the kanji the whole name ends with.
        let (spoken, suffix) = match term.chars().last() {
            Some(last) if GOVERNMENT_SUFFIXES.iter().any(|(s, _)| *s == last) => {
                (&term[..term.len() - last.len_utf8()], Some(last))
            }
            _ => (term, None),
        };
        let Some(key) = sound_key(spoken) else {
            return Vec::new();
        };
        let typed = spoken.chars().count();
        let typing = if spoken.is_ascii() {
            typed >= MIN_TYPED_LATIN
        } else {
            typed >= MIN_TYPED_KANA
        };
        let open = open_key(&key);
        let exact = self.entries.iter().filter(|e| e.key == key);
        let begun = self
            .entries
            .iter()
            .filter(|e| typing && open.len() >= 2 && e.key != key && e.key.starts_with(open));
        let mut names: Vec<ReadAs> = Vec::new();
        for e in exact.chain(begun) {
            if suffix.is_some_and(|s| !e.name.ends_with(s)) {
                continue;
            }
            if e.name != term && !names.iter().any(|n| n.name == e.name) {
                names.push(ReadAs {
                    name: e.name.clone(),
                    reading: e.reading.clone(),
                });
            }
        }
        names
    }

    /// The snapshot's reading of a whole name, if it has one (`横浜市` →
    /// `よこはまし`).
    pub(super) fn reading_of(&self, folded_name: &str) -> Option<&str> {
        self.entries
            .iter()
            .find(|e| e.whole && e.name == folded_name)
            .map(|e| e.reading.as_str())
    }

    /// Every name with its reading key, for suggesting close names.
    pub(super) fn keyed(&self) -> impl Iterator<Item = (&str, &str)> + '_ {
        self.entries
            .iter()
            .map(|e| (e.name.as_str(), e.key.as_str()))
    }

    pub(super) fn heap_bytes(&self) -> usize {
        self.entries.capacity() * std::mem::size_of::<Entry>()
            + self
                .entries
                .iter()
                .map(|e| e.name.capacity() + e.reading.capacity() + e.key.capacity())
                .sum::<usize>()
    }
}

/// The sound key of a folded term: kana are read as kana, Latin letters as
/// romaji; anything else (kanji, digits) has none.
pub(super) fn sound_key(term: &str) -> Option<String> {
    if term.starts_with(|c: char| c.is_ascii_alphabetic()) {
        romaji_key(term)
    } else {
        kana_key(term)
    }
}

/// A name and reading without their government suffix (`横浜市`,
/// `よこはまし` → `横浜`, `よこはま`), when both end in one.
fn without_suffix<'a>(name: &'a str, reading: &'a str) -> Option<(&'a str, &'a str)> {
    let last = name.chars().last()?;
    let (_, readings) = GOVERNMENT_SUFFIXES.iter().find(|(s, _)| *s == last)?;
    let stem = &name[..name.len() - last.len_utf8()];
    let stem_reading = readings.iter().find_map(|r| reading.strip_suffix(r))?;
    (!stem.is_empty() && !stem_reading.is_empty()).then_some((stem, stem_reading))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(name: &str, reading: &str) -> PlaceReading {
        PlaceReading {
            name: name.into(),
            reading: reading.into(),
            source: "test".into(),
        }
    }

    fn names(readings: &Readings, term: &str) -> Vec<String> {
        readings
            .read(&normalize(term))
            .into_iter()
            .map(|r| r.name)
            .collect()
    }

    #[test]
    fn reads_names_whole_and_without_their_suffix() {
        let readings = Readings::of(&[
            place("横浜市", "よこはまし"),
            place("東京都", "とうきょうと"),
            place("下川町", "しもかわちょう"),
            place("小布施町", "おぶせまち"),
            place("藤前干潟", "ふじまえひがた"),
        ]);
        for term in ["yokohama", "よこはま", "ヨコハマ", "ﾖｺﾊﾏ", "YOKOHAMA"] {
            assert_eq!(names(&readings, term), ["横浜", "横浜市"], "{term}");
        }
        assert_eq!(names(&readings, "よこはまし"), ["横浜市"]);
        assert_eq!(names(&readings, "yokohamashi"), ["横浜市"]);
        for term in ["tokyo", "toukyou", "tōkyō", "トーキョー"] {
            assert_eq!(names(&readings, term), ["東京", "東京都"], "{term}");
        }
        assert_eq!(names(&readings, "shimokawa"), ["下川", "下川町"]);
        assert_eq!(names(&readings, "obuse"), ["小布施", "小布施町"]);
        assert_eq!(names(&readings, "fujimae"), ["藤前干潟"]);
    }

    #[test]
    fn short_terms_match_only_a_whole_key() {
        let readings =
            Readings::of(&[place("横浜市", "よこはまし"), place("京都市", "きょうとし")]);
        assert_eq!(
            names(&readings, "yok"),
            ["横浜", "横浜市"],
            "3 letters begin a name"
        );
        assert_eq!(
            names(&readings, "よこ"),
            ["横浜", "横浜市"],
            "2 kana begin a name"
        );
        assert!(names(&readings, "yo").is_empty());
        assert!(names(&readings, "よ").is_empty());
        assert_eq!(names(&readings, "kyou"), ["京都", "京都市"], "kyou is kyo");
        assert_eq!(
            names(&readings, "きょうと市"),
            ["京都市"],
            "a reading and its kanji"
        );
        assert_eq!(names(&readings, "yokohama市"), ["横浜市"]);
        assert_eq!(names(&readings, "kyoto"), ["京都", "京都市"]);
        assert!(
            names(&readings, "横浜").is_empty(),
            "kanji have no sound key"
        );
        assert!(names(&readings, "cop29").is_empty());
    }

    #[test]
    fn a_name_being_typed_never_loses_its_match() {
        let readings = Readings::of(&[
            place("東京都", "とうきょうと"),
            place("札幌市", "さっぽろし"),
            place("下川町", "しもかわちょう"),
            place("北九州市", "きたきゅうしゅうし"),
        ]);
        for (name, typed) in [
            ("東京", "tokyo"),
            ("東京", "toukyou"),
            ("東京", "とうきょう"),
            ("札幌", "sapporo"),
            ("札幌", "さっぽろ"),
            ("下川", "しもかわちょう"),
            ("北九州", "きたきゅうしゅう"),
        ] {
            let chars: Vec<char> = typed.chars().collect();
            let least = if typed.is_ascii() {
                MIN_TYPED_LATIN
            } else {
                MIN_TYPED_KANA
            };
            for end in least..=chars.len() {
                let prefix: String = chars[..end].iter().collect();
                assert!(
                    names(&readings, &prefix)
                        .iter()
                        .any(|n| n.starts_with(name)),
                    "{prefix} on the way to {typed}"
                );
            }
        }
    }

    #[test]
    fn keeps_the_whole_reading_for_display() {
        let readings = Readings::of(&[place("横浜市", "よこはまし")]);
        assert_eq!(readings.reading_of("横浜市"), Some("よこはまし"));
        assert_eq!(readings.reading_of("横浜"), None);
        assert_eq!(readings.read("yokohama")[0].reading, "よこはまし");
    }
}
