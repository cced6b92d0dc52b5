//! Index tokens: character bigrams (and single characters) for Japanese
//! and other scripts, hashed word prefixes for Latin words.

use super::fold::FIELD_SEPARATOR;

/// An index token: one character, a pair of characters, or (hashed) a Latin
/// word prefix, packed so that the three never collide.
pub(super) type Token = u64;

const BIGRAM_TAG: Token = 1 << 42;
const WORD_TAG: Token = 1 << 63;

/// Latin words are indexed by prefixes up to this many bytes; longer query
/// words look up their first `MAX_PREFIX` bytes and are checked in full.
pub(super) const MAX_PREFIX: usize = 24;

pub(super) fn unigram(c: char) -> Token {
    c as Token
}

pub(super) fn bigram(a: char, b: char) -> Token {
    BIGRAM_TAG | ((a as Token) << 21) | b as Token
}

/// FNV-1a, extended one byte at a time so every prefix costs one step.
struct WordHash(u64);

impl WordHash {
    fn new() -> WordHash {
        WordHash(0xcbf2_9ce4_8422_2325)
    }

    fn push(&mut self, byte: u8) {
        self.0 = (self.0 ^ byte as u64).wrapping_mul(0x0000_0100_0000_01b3);
    }

    fn token(&self) -> Token {
        WORD_TAG | (self.0 >> 1)
    }
}

pub(super) fn word_token(word: &str) -> Token {
    let mut hash = WordHash::new();
    word.bytes().take(MAX_PREFIX).for_each(|b| hash.push(b));
    hash.token()
}

/// A maximal stretch of folded text of one script.
#[derive(Debug, PartialEq)]
pub(super) enum Run<'a> {
    /// ASCII letters and digits.
    Latin(&'a str),
    /// Anything else that is kept: kana, kanji, other letters.
    Other(&'a str),
}

#[derive(Clone, Copy, PartialEq)]
enum Class {
    Latin,
    Other,
    Gap,
}

fn class(c: char) -> Class {
    if c.is_ascii_alphanumeric() {
        Class::Latin
    } else if c == ' ' || c == FIELD_SEPARATOR {
        Class::Gap
    } else {
        Class::Other
    }
}

/// Cuts folded text into runs; spaces and field ends separate them.
pub(super) fn runs(folded: &str) -> impl Iterator<Item = Run<'_>> + '_ {
    let mut rest = folded;
    std::iter::from_fn(move || {
        rest = rest.trim_start_matches(|c: char| class(c) == Class::Gap);
        let first = class(rest.chars().next()?);
        let len = rest.find(|c: char| class(c) != first).unwrap_or(rest.len());
        let (run, tail) = rest.split_at(len);
        rest = tail;
        Some(if first == Class::Latin {
            Run::Latin(run)
        } else {
            Run::Other(run)
        })
    })
}

/// The tokens a document is found by: every prefix of its Latin words, every
/// character and pair of neighbouring characters of the rest.
pub(super) fn document_tokens(folded: &str, tokens: &mut Vec<Token>) {
    for run in runs(folded) {
        match run {
            Run::Latin(word) => {
                let mut hash = WordHash::new();
                for byte in word.bytes().take(MAX_PREFIX) {
                    hash.push(byte);
                    tokens.push(hash.token());
                }
            }
            Run::Other(text) => {
                let mut previous = None;
                for c in text.chars() {
                    tokens.push(unigram(c));
                    if let Some(p) = previous {
                        tokens.push(bigram(p, c));
                    }
                    previous = Some(c);
                }
            }
        }
    }
}

/// The tokens a document must have to hold the folded query term: each Latin
/// word as a prefix, and the pairs of the rest (the character itself when
/// a run is one character long).
pub(super) fn query_tokens(term: &str, tokens: &mut Vec<Token>) {
    for run in runs(term) {
        match run {
            Run::Latin(word) => tokens.push(word_token(word)),
            Run::Other(text) => {
                let chars: Vec<char> = text.chars().collect();
                match chars.as_slice() {
                    [one] => tokens.push(unigram(*one)),
                    more => tokens.extend(more.windows(2).map(|w| bigram(w[0], w[1]))),
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cuts_runs_by_script() {
        let runs: Vec<Run> = runs("cop29には e news\u{1F}139件").collect();
        assert_eq!(
            runs,
            [
                Run::Latin("cop29"),
                Run::Other("には"),
                Run::Latin("e"),
                Run::Latin("news"),
                Run::Latin("139"),
                Run::Other("件")
            ]
        );
    }

    #[test]
    fn indexes_pairs_characters_and_word_prefixes() {
        let mut tokens = Vec::new();
        document_tokens("かふぇ cop29", &mut tokens);
        for token in [
            unigram('か'),
            unigram('ぇ'),
            bigram('か', 'ふ'),
            bigram('ふ', 'ぇ'),
            word_token("c"),
            word_token("cop"),
            word_token("cop29"),
        ] {
            assert!(tokens.contains(&token), "{token:x}");
        }
        assert!(
            !tokens.contains(&word_token("op29")),
            "Latin words are found by their start"
        );
        assert!(
            !tokens.contains(&bigram('ぇ', 'c')),
            "no pairs across scripts"
        );

        let mut query = Vec::new();
        query_tokens("かふぇ", &mut query);
        assert_eq!(query, [bigram('か', 'ふ'), bigram('ふ', 'ぇ')]);
        query.clear();
        query_tokens("139件", &mut query);
        assert_eq!(query, [word_token("139"), unigram('件')]);
    }
}
