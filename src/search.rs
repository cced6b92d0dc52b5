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
//!   (`2,500` = `2500`). [`Normalized`] keeps, for each folded character,
//!   the original characters it comes from, for highlighting.
//! - **Documents.** One per linkable entity of [`Graph::of`] that has a
//!   [`crate::routes::location`] (discrepancies excluded), in the graph's
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
//!   keep the report's order.

use std::fmt;

use crate::appearances::title_of;
use crate::graph::{Graph, Kind};
use crate::labels;
use crate::meta::page_meta;
use crate::model::{Block, Report};
use crate::order;
use crate::routes::{Locator, Route};

// ---------------------------------------------------------------------------
// Folding

/// Joins the fields of a document's text. Queries never contain it, so no
/// match runs from one field into the next.
const FIELD_SEPARATOR: char = '\u{1F}';

/// U+FF61–U+FF9F, as NFKC widens them; the sound marks become combining.
const HALF_WIDTH_KANA: [char; 63] = [
    '。', '「', '」', '、', '・', 'ヲ', 'ァ', 'ィ', 'ゥ', 'ェ', 'ォ', 'ャ', 'ュ', 'ョ', 'ッ', 'ー',
    'ア', 'イ', 'ウ', 'エ', 'オ', 'カ', 'キ', 'ク', 'ケ', 'コ', 'サ', 'シ', 'ス', 'セ', 'ソ', 'タ',
    'チ', 'ツ', 'テ', 'ト', 'ナ', 'ニ', 'ヌ', 'ネ', 'ノ', 'ハ', 'ヒ', 'フ', 'ヘ', 'ホ', 'マ', 'ミ',
    'ム', 'メ', 'モ', 'ヤ', 'ユ', 'ヨ', 'ラ', 'リ', 'ル', 'レ', 'ロ', 'ワ', 'ン', '\u{3099}',
    '\u{309A}',
];

/// Hiragana that take the voiced mark (`か` → `が`: the next code point).
const VOICEABLE: &str = "かきくけこさしすせそたちつてとはひふへほ";
/// Hiragana that take the semi-voiced mark (`は` → `ぱ`: two code points on).
const SEMI_VOICEABLE: &str = "はひふへほ";

/// What one original character becomes.
enum Fold {
    Char(char),
    /// Left out: the long vowel mark.
    Dropped,
    /// Whitespace or punctuation (the narrowed character).
    Separator(char),
    /// Between fields.
    FieldEnd,
}

/// Full-width ASCII to ASCII, the ideographic space to a space, half-width
/// katakana to full-width.
fn narrow(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        '\u{FF61}'..='\u{FF9F}' => HALF_WIDTH_KANA[(c as u32 - 0xFF61) as usize],
        _ => c,
    }
}

fn fold_char(c: char) -> Fold {
    let c = narrow(c);
    match c {
        FIELD_SEPARATOR => Fold::FieldEnd,
        'ー' => Fold::Dropped,
        'ァ'..='ヶ' => Fold::Char(char::from_u32(c as u32 - 0x60).unwrap_or(c)),
        // Hiragana and common kanji, without the slower Unicode table look-up.
        'ぁ'..='ゖ' | '一'..='\u{9FFF}' | '々' => Fold::Char(c),
        c if c.is_ascii_alphanumeric() => Fold::Char(c.to_ascii_lowercase()),
        c if c.is_ascii() => Fold::Separator(c),
        c if c.is_alphanumeric() => Fold::Char(fold_letter(c)),
        c => Fold::Separator(c),
    }
}

/// Lower case, and Latin letters without their accents (`Malmö` = `malmo`,
/// `Tōkyō` = `tokyo`).
fn fold_letter(c: char) -> char {
    let mut lower = c.to_lowercase();
    let c = match (lower.next(), lower.next()) {
        (Some(l), None) => l,
        _ => c,
    };
    match c {
        'à'..='å' | 'ā' => 'a',
        'ç' => 'c',
        'è'..='ë' | 'ē' => 'e',
        'ì'..='ï' | 'ī' => 'i',
        'ñ' => 'n',
        'ò'..='ö' | 'ø' | 'ō' => 'o',
        'ù'..='ü' | 'ū' => 'u',
        'ý' | 'ÿ' => 'y',
        c => c,
    }
}

/// `か` followed by a (combining or spacing) voiced mark becomes `が`.
fn compose(kana: char, mark: char) -> Option<char> {
    let step = match narrow(mark) {
        '\u{3099}' | '\u{309B}' if kana == 'う' => return Some('ゔ'),
        '\u{3099}' | '\u{309B}' if VOICEABLE.contains(kana) => 1,
        '\u{309A}' | '\u{309C}' if SEMI_VOICEABLE.contains(kana) => 2,
        _ => return None,
    };
    char::from_u32(kana as u32 + step)
}

/// A run of separators since the last kept character.
#[derive(Clone, Copy)]
struct Gap {
    /// Where it starts, in original characters.
    at: usize,
    /// It is one comma (digit grouping when between digits).
    lone_comma: bool,
}

/// Latin words stay apart; anything else closes up across a gap.
fn needs_space(last: Option<char>, next: char, gap: Gap) -> bool {
    let Some(last) = last else { return false };
    let grouping = gap.lone_comma && last.is_ascii_digit() && next.is_ascii_digit();
    last.is_ascii_alphanumeric() && next.is_ascii_alphanumeric() && !grouping
}

/// Folds `text`, calling `emit(char, from, to)` for each folded character
/// with the range of original characters it comes from.
fn fold(text: &str, mut emit: impl FnMut(char, usize, usize)) {
    let mut chars = text.chars().enumerate().peekable();
    let mut last: Option<char> = None;
    let mut gap: Option<Gap> = None;
    while let Some((i, c)) = chars.next() {
        match fold_char(c) {
            Fold::Dropped => {}
            Fold::FieldEnd => {
                gap = None;
                last = Some(FIELD_SEPARATOR);
                emit(FIELD_SEPARATOR, i, i + 1);
            }
            Fold::Separator(s) => {
                gap = Some(match gap {
                    None => Gap {
                        at: i,
                        lone_comma: s == ',',
                    },
                    Some(g) => Gap {
                        lone_comma: false,
                        ..g
                    },
                });
            }
            Fold::Char(mut k) => {
                let mut end = i + 1;
                if let Some(composed) = chars.peek().and_then(|&(_, mark)| compose(k, mark)) {
                    k = composed;
                    chars.next();
                    end += 1;
                }
                if let Some(g) = gap.take() {
                    if needs_space(last, k, g) {
                        emit(' ', g.at, g.at + 1);
                    }
                }
                emit(k, i, end);
                last = Some(k);
            }
        }
    }
}

/// Folds text for matching: see the module documentation.
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    fold(text, |c, _, _| out.push(c));
    out
}

/// Where a folded character comes from.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Origin {
    /// Its byte offset in the folded text.
    byte: usize,
    /// The original characters it stands for: `start..end`.
    start: usize,
    end: usize,
}

/// Folded text that remembers where each character comes from, so matches
/// can be highlighted in the original.
#[derive(Clone, Debug, PartialEq)]
pub struct Normalized {
    pub text: String,
    origins: Vec<Origin>,
}

impl Normalized {
    pub fn of(text: &str) -> Normalized {
        let mut folded = String::with_capacity(text.len());
        let mut origins = Vec::with_capacity(text.len() / 2);
        fold(text, |c, start, end| {
            origins.push(Origin {
                byte: folded.len(),
                start,
                end,
            });
            folded.push(c);
        });
        Normalized {
            text: folded,
            origins,
        }
    }

    /// The original character range of the folded bytes `start..end`
    /// (boundaries of folded characters).
    pub fn original_range(&self, start: usize, end: usize) -> std::ops::Range<usize> {
        let first = self.origins.partition_point(|o| o.byte < start);
        let last = self
            .origins
            .partition_point(|o| o.byte < end)
            .saturating_sub(1);
        match (self.origins.get(first), self.origins.get(last)) {
            (Some(a), Some(b)) if first <= last => a.start..b.end,
            _ => 0..0,
        }
    }
}

// ---------------------------------------------------------------------------
// Tokens

/// An index token: one character, a pair of characters, or (hashed) a Latin
/// word prefix, packed so that the three never collide.
type Token = u64;

const BIGRAM_TAG: Token = 1 << 42;
const WORD_TAG: Token = 1 << 63;

/// Latin words are indexed by prefixes up to this many bytes; longer query
/// words look up their first `MAX_PREFIX` bytes and are checked in full.
const MAX_PREFIX: usize = 24;

fn unigram(c: char) -> Token {
    c as Token
}

fn bigram(a: char, b: char) -> Token {
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

fn word_token(word: &str) -> Token {
    let mut hash = WordHash::new();
    word.bytes().take(MAX_PREFIX).for_each(|b| hash.push(b));
    hash.token()
}

/// A maximal stretch of folded text of one script.
#[derive(Debug, PartialEq)]
enum Run<'a> {
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
fn runs(folded: &str) -> impl Iterator<Item = Run<'_>> + '_ {
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
fn document_tokens(folded: &str, tokens: &mut Vec<Token>) {
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
fn query_tokens(term: &str, tokens: &mut Vec<Token>) {
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

// ---------------------------------------------------------------------------
// Documents

/// One searchable entity.
#[derive(Clone, Debug)]
struct Document {
    kind: Kind,
    id: String,
    title: String,
    /// Its text fields, joined by [`FIELD_SEPARATOR`].
    text: String,
    folded_title: String,
    folded_text: String,
    route: Route,
    fragment: Option<String>,
    /// Index into [`SearchIndex::groups`].
    group: usize,
}

impl Document {
    fn new(
        kind: Kind,
        id: &str,
        title: String,
        text: String,
        route: Route,
        fragment: Option<String>,
        group: usize,
    ) -> Document {
        Document {
            kind,
            id: id.to_string(),
            folded_title: normalize(&title),
            folded_text: normalize(&text),
            title,
            text,
            route,
            fragment,
            group,
        }
    }

    fn heap_bytes(&self) -> usize {
        self.id.capacity()
            + self.title.capacity()
            + self.text.capacity()
            + self.folded_title.capacity()
            + self.folded_text.capacity()
            + self.route.id.as_ref().map_or(0, String::capacity)
            + self.fragment.as_ref().map_or(0, String::capacity)
    }
}

/// Collects text fields, skipping empty ones.
#[derive(Default)]
struct Fields(String);

impl Fields {
    fn add(&mut self, field: &str) {
        if field.trim().is_empty() {
            return;
        }
        if !self.0.is_empty() {
            self.0.push(FIELD_SEPARATOR);
        }
        self.0.push_str(field);
    }

    fn add_all<'s>(&mut self, fields: impl IntoIterator<Item = &'s String>) {
        fields.into_iter().for_each(|f| self.add(f));
    }

    fn add_opt(&mut self, field: &Option<String>) {
        if let Some(f) = field {
            self.add(f);
        }
    }

    /// A person by id, as the page prints them.
    fn add_person(&mut self, report: &Report, id: &str) {
        if let Some(p) = report.person(id) {
            self.add(&p.name);
        }
    }
}

/// The text of an entity besides its title; see the module documentation.
fn entity_text(report: &Report, kind: Kind, id: &str) -> String {
    let mut t = Fields::default();
    match kind {
        Kind::Activity => {
            if let Some(a) = report.about.activities.items.iter().find(|a| a.id == id) {
                t.add(&a.text);
            }
        }
        Kind::Pathway => {
            if let Some(p) = report.about.pathways.items.iter().find(|p| p.id == id) {
                t.add(&p.description);
            }
        }
        Kind::Benefit => {
            if let Some(b) = report.membership.benefits.iter().find(|b| b.id == id) {
                t.add(&b.number);
                t.add(&b.name_en);
                t.add(&b.description);
            }
        }
        Kind::Body => {
            for seat in report
                .japan
                .bodies
                .iter()
                .filter(|b| b.id == id)
                .flat_map(|b| &b.seats)
            {
                t.add(&seat.role);
                t.add_person(report, &seat.person);
                t.add(&seat.affiliation);
            }
        }
        Kind::Message => {
            if let Some(m) = report.japan.messages.iter().find(|m| m.id == id) {
                t.add_person(report, &m.person);
                t.add_all(&m.paragraphs);
            }
        }
        Kind::Municipality => {
            if let Some(m) = report.municipality(id) {
                t.add_all(&m.aliases);
                if let Some(head) = &m.head {
                    t.add(&head.title);
                    t.add_person(report, &head.person);
                }
            }
        }
        Kind::Person => person_text(report, id, &mut t),
        Kind::Highlight => {
            if let Some(h) = report.highlights.iter().find(|h| h.id == id) {
                t.add_opt(&h.subtitle);
                t.add(&h.place);
                t.add_all(&h.paragraphs);
                for f in &h.figures {
                    t.add(&f.value);
                    t.add(&f.label);
                }
                t.add_all(&h.captions);
            }
        }
        Kind::Story => {
            if let Some(s) = report.story(id) {
                t.add_opt(&s.place);
                t.add_all(&s.paragraphs);
            }
        }
        Kind::Chapter => {}
        Kind::Section => {
            let section = report
                .chapters
                .iter()
                .flat_map(|c| &c.sections)
                .find(|s| s.id == id);
            for block in section.iter().flat_map(|s| &s.blocks) {
                block_text(block, &mut t);
            }
        }
        Kind::Initiative => {
            if let Some(i) = report.initiative(id) {
                t.add_opt(&i.name_en);
                t.add_all(&i.paragraphs);
            }
        }
        Kind::Event => {
            if let Some(e) = report.event(id) {
                t.add_opt(&e.subtitle);
                t.add(labels::event_kind(e.kind));
                t.add(&e.date_text);
                t.add_opt(&e.place);
                t.add_opt(&e.organizer);
                t.add_opt(&e.co_organizer);
            }
        }
        Kind::GoverningBody => {
            if let Some(b) = report.world.bodies.iter().find(|b| b.id == id) {
                t.add(&b.text);
            }
        }
        Kind::Office => {
            if let Some(o) = report.world.offices.iter().find(|o| o.id == id) {
                t.add(&o.city);
                t.add(&o.country);
            }
        }
        // Its leaders are documents of their own.
        Kind::LeaderGroup => {}
        Kind::Leader => {
            if let Some(l) = report
                .world
                .leader_groups
                .iter()
                .flat_map(|g| &g.leaders)
                .find(|l| l.id == id)
            {
                t.add(&l.role);
                t.add(&l.position);
                t.add(&l.place);
                t.add_opt(&l.portfolio);
            }
        }
        Kind::Discrepancy => {}
    }
    t.0
}

/// A person's other names and, where they hold seats, what the governance
/// page prints beside them.
fn person_text(report: &Report, id: &str, t: &mut Fields) {
    if let Some(p) = report.person(id) {
        t.add_opt(&p.name_en);
    }
    for seat in report
        .japan
        .bodies
        .iter()
        .flat_map(|b| &b.seats)
        .filter(|s| s.person == id)
    {
        t.add(&seat.role);
        t.add(&seat.affiliation);
    }
    for special in report
        .japan
        .member_list
        .special
        .iter()
        .filter(|s| s.person == id)
    {
        t.add_opt(&special.role);
    }
}

/// A section block's own text; stories in it are documents of their own and
/// lists of ids are references.
fn block_text(block: &Block, t: &mut Fields) {
    match block {
        Block::Paragraph { text } => t.add(text),
        Block::List { items, .. } | Block::Captions { items } => t.add_all(items),
        Block::Figures { items } => {
            for f in items {
                t.add(&f.value);
                t.add(&f.label);
            }
        }
        Block::Members { label, .. } => t.add(label),
        Block::Table {
            caption,
            columns,
            rows,
        } => {
            t.add_opt(caption);
            t.add_all(columns);
            rows.iter().for_each(|r| t.add_all(&r.cells));
        }
        Block::Initiatives { .. } | Block::Events { .. } | Block::Story(_) => {}
    }
}

// ---------------------------------------------------------------------------
// Postings

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

    fn heap_bytes(&self) -> usize {
        self.tokens.capacity() * 8 + self.starts.capacity() * 4 + self.docs.capacity() * 4
    }
}

// ---------------------------------------------------------------------------
// The index

/// A search result.
#[derive(Clone, Debug, PartialEq)]
pub struct Hit {
    pub kind: Kind,
    pub id: String,
    pub title: String,
    /// The part of the report it comes from: the heading of its page.
    pub group: String,
    pub route: Route,
    pub fragment: Option<String>,
    /// Original text around the first match, matches highlighted.
    pub snippet: Vec<Segment>,
    pub score: u32,
}

/// A stretch of a snippet.
#[derive(Clone, Debug, PartialEq)]
pub struct Segment {
    pub text: String,
    pub highlighted: bool,
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
                (locator.locate(entity.key), title_of(report, kind, id))
            else {
                continue;
            };
            let group = group_of(&route, report, &mut groups);
            documents.push(Document::new(
                kind,
                id,
                title,
                entity_text(report, kind, id),
                route,
                fragment,
                group,
            ));
        }
        SearchIndex::from_documents(
            documents,
            groups.into_iter().map(|(_, heading)| heading).collect(),
        )
    }

    fn from_documents(documents: Vec<Document>, groups: Vec<String>) -> SearchIndex {
        let postings = Postings::of(&documents);
        SearchIndex {
            documents,
            groups,
            postings,
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
            + std::mem::size_of::<SearchIndex>()
    }

    /// The best `limit` documents holding every term of `query`, best first.
    pub fn search(&self, query: &str, limit: usize) -> Vec<Hit> {
        let query = Query::parse(query);
        if query.terms.is_empty() || limit == 0 {
            return Vec::new();
        }
        let mut tokens = Vec::new();
        query
            .terms
            .iter()
            .for_each(|t| query_tokens(t, &mut tokens));
        let mut ranked: Vec<(u32, u32)> = self
            .postings
            .all_of(&tokens)
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

    fn hit(&self, doc: &Document, query: &Query, score: u32) -> Hit {
        Hit {
            kind: doc.kind,
            id: doc.id.clone(),
            title: doc.title.clone(),
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

// ---------------------------------------------------------------------------
// Queries and ranking

struct Query {
    /// Folded, non-empty, without repeats.
    terms: Vec<String>,
    /// The whole query folded, to recognise a title that is exactly it.
    whole: String,
}

impl Query {
    fn parse(text: &str) -> Query {
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
fn occurrences<'a>(text: &'a str, term: &'a str) -> impl Iterator<Item = usize> + 'a {
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
fn score(doc: &Document, query: &Query) -> Option<u32> {
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

// ---------------------------------------------------------------------------
// Snippets

/// Characters of original text a snippet shows.
const SNIPPET_CHARS: usize = 80;
/// Of which, before the first match (when the field allows).
const SNIPPET_LEAD: usize = 20;
const ELLIPSIS: &str = "…";

/// Original text around the first match: in the text if any term occurs
/// there, else in the title.
fn snippet(doc: &Document, query: &Query) -> Vec<Segment> {
    let in_text = query
        .terms
        .iter()
        .any(|t| occurrences(&doc.folded_text, t).next().is_some());
    let source = if in_text { &doc.text } else { &doc.title };
    // The whole query too, so that `Get Involved` lights up as one span.
    let mut patterns: Vec<&str> = query.terms.iter().map(String::as_str).collect();
    if query.terms.len() > 1 {
        patterns.push(&query.whole);
    }
    highlight(source, &patterns)
}

/// `source` cut to [`SNIPPET_CHARS`] around its first match, every match of
/// a pattern (folded) inside the cut highlighted.
fn highlight(source: &str, patterns: &[&str]) -> Vec<Segment> {
    let folded = Normalized::of(source);
    let mut matches: Vec<std::ops::Range<usize>> = patterns
        .iter()
        .flat_map(|t| {
            occurrences(&folded.text, t)
                .map(move |i| (i, i + t.len()))
                .collect::<Vec<_>>()
        })
        .map(|(start, end)| folded.original_range(start, end))
        .filter(|r| !r.is_empty())
        .collect();
    order::sort_by_key(&mut matches, |r| {
        order::key2(r.start as u32, order::descending(r.end as u32))
    });
    let chars: Vec<char> = source.chars().collect();
    let first = matches.first().map_or(0, |r| r.start);
    let field = field_around(&chars, first);
    let start = first.saturating_sub(SNIPPET_LEAD).max(field.start);
    let end = (start + SNIPPET_CHARS).min(field.end);
    let start = end.saturating_sub(SNIPPET_CHARS).max(field.start);
    segments(
        &chars,
        start..end,
        &matches,
        start > field.start,
        end < field.end,
    )
}

/// The field of `chars` that holds position `at`.
fn field_around(chars: &[char], at: usize) -> std::ops::Range<usize> {
    let start = chars[..at.min(chars.len())]
        .iter()
        .rposition(|&c| c == FIELD_SEPARATOR)
        .map_or(0, |i| i + 1);
    let end = chars[start..]
        .iter()
        .position(|&c| c == FIELD_SEPARATOR)
        .map_or(chars.len(), |i| start + i);
    start..end
}

/// The window of `chars` as plain and highlighted segments, "…" marking
/// cut ends.
fn segments(
    chars: &[char],
    window: std::ops::Range<usize>,
    matches: &[std::ops::Range<usize>],
    cut_before: bool,
    cut_after: bool,
) -> Vec<Segment> {
    let mut out: Vec<Segment> = Vec::new();
    let mut push = |text: String, highlighted: bool| {
        if text.is_empty() {
            return;
        }
        match out.last_mut() {
            Some(last) if last.highlighted == highlighted => last.text.push_str(&text),
            _ => out.push(Segment { text, highlighted }),
        }
    };
    if cut_before {
        push(ELLIPSIS.to_string(), false);
    }
    let mut at = window.start;
    for m in matches {
        let (start, end) = (m.start.max(at), m.end.min(window.end));
        if start >= end {
            continue;
        }
        push(chars[at..start].iter().collect(), false);
        push(chars[start..end].iter().collect(), true);
        at = end;
    }
    push(chars[at..window.end].iter().collect(), false);
    if cut_after {
        push(ELLIPSIS.to_string(), false);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::routes::Page;

    fn doc(id: &str, title: &str, text: &str) -> Document {
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

    fn index(docs: Vec<Document>) -> SearchIndex {
        SearchIndex::from_documents(docs, vec!["活動カレンダー".to_string()])
    }

    fn ids(hits: &[Hit]) -> Vec<&str> {
        hits.iter().map(|h| h.id.as_str()).collect()
    }

    /// The snippet with highlights in brackets.
    fn marked(segments: &[Segment]) -> String {
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

    #[test]
    fn folds_width_case_and_script() {
        assert_eq!(normalize("ＣＯＰ２９"), "cop29");
        assert_eq!(normalize("ｶﾌｪ"), "かふぇ");
        assert_eq!(normalize("カフェ"), normalize("かふぇ"));
        assert_eq!(normalize("ｶﾞｲﾄﾞﾌﾞｯｸ"), "がいどぶっく");
        assert_eq!(normalize("ﾊﾟﾘ"), "ぱり");
        assert_eq!(normalize("ｳﾞｨ"), "ゔぃ");
        assert_eq!(normalize("ヴァン"), "ゔぁん");
        assert_eq!(normalize("か\u{3099}"), "が", "combining mark");
        assert_eq!(normalize("Malmö"), "malmo");
        assert_eq!(normalize("Tōkyō"), "tokyo");
    }

    #[test]
    fn long_vowels_dots_and_spaces_do_not_get_in_the_way() {
        assert_eq!(normalize("コーヒー"), "こひ");
        assert_eq!(normalize("ｺｰﾋｰ"), "こひ");
        assert_eq!(normalize("サンパウロ・戦略"), normalize("サンパウロ戦略"));
        assert_eq!(normalize("ミーナ•アルヴェ"), normalize("ミーナ･アルヴェ"));
        assert_eq!(normalize("竹本 和彦"), "竹本和彦");
        assert_eq!(normalize("竹本\u{3000}和彦"), "竹本和彦");
        assert_eq!(normalize("「イクレイ日本e-News」"), "いくれい日本e news");
    }

    #[test]
    fn latin_words_stay_apart() {
        assert_eq!(normalize("Get  Involved!"), "get involved");
        assert_eq!(normalize("UNFCCC-COP29）が"), "unfccc cop29が");
        assert_eq!(normalize("2,500人"), "2500人", "digit grouping");
        assert_eq!(normalize("2024, 2025"), "2024 2025");
        assert_eq!(normalize("  "), "");
    }

    #[test]
    fn maps_folded_text_back_to_the_original() {
        let n = Normalized::of("ｶﾞｲﾄﾞ・ブック");
        assert_eq!(n.text, "がいどぶっく");
        // `ど` comes from `ﾄﾞ`, original characters 3..5.
        let start = n.text.find('ど').unwrap();
        assert_eq!(n.original_range(start, start + 'ど'.len_utf8()), 3..5);
        let start = n.text.find("ぶっく").unwrap();
        assert_eq!(n.original_range(start, n.text.len()), 6..9);
    }

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

    #[test]
    fn snippets_highlight_the_original_text() {
        let idx = index(vec![doc("a", "記事", "スウェーデン・マルメ市のジャメ市長が「イクレイ・サンパウロ戦略ビジョン」を発表しました。")]);
        let hit = &idx.search("サンパウロ戦略", 10)[0];
        assert_eq!(marked(&hit.snippet), "スウェーデン・マルメ市のジャメ市長が「イクレイ・[サンパウロ戦略]ビジョン」を発表しました。");
        let hit = &idx.search("ｽｳｪｰﾃﾞﾝﾏﾙﾒ", 10)[0];
        assert!(
            marked(&hit.snippet).starts_with("[スウェーデン・マルメ]市"),
            "{}",
            marked(&hit.snippet)
        );
        let hit = &idx.search("マルメ市の ジャメ", 10)[0];
        assert_eq!(marked(&hit.snippet), "スウェーデン・[マルメ市のジャメ]市長が「イクレイ・サンパウロ戦略ビジョン」を発表しました。", "the whole query as one span");
        let hit = &idx.search("ジャメ ビジョン", 10)[0];
        assert_eq!(marked(&hit.snippet), "スウェーデン・マルメ市の[ジャメ]市長が「イクレイ・サンパウロ戦略[ビジョン]」を発表しました。");
    }

    #[test]
    fn snippets_cut_long_fields_and_stay_in_the_matching_field() {
        let long = "あ".repeat(100) + "干潟" + &"い".repeat(100);
        let idx = index(vec![doc(
            "a",
            "記事",
            &format!("前の欄\u{1F}{long}\u{1F}後の欄"),
        )]);
        let snippet = &idx.search("干潟", 10)[0].snippet;
        let text = marked(snippet);
        assert!(text.starts_with("…あ") && text.ends_with("い…"), "{text}");
        assert!(
            text.contains(&format!("{}[干潟]", "あ".repeat(SNIPPET_LEAD))),
            "{text}"
        );
        assert_eq!(
            snippet
                .iter()
                .map(|s| s.text.chars().count())
                .sum::<usize>(),
            SNIPPET_CHARS + 2
        );
        assert!(!text.contains('欄'));
    }

    #[test]
    fn snippet_falls_back_to_the_title() {
        let idx = index(vec![doc(
            "a",
            "メールニュース「イクレイ日本e-News」",
            "月1回ニュースレターを発行",
        )]);
        let hit = &idx.search("e-news", 10)[0];
        assert_eq!(
            marked(&hit.snippet),
            "メールニュース「イクレイ日本[e-News]」"
        );
    }

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn groups_follow_their_best_hit() {
        let hit = |id: &str, group: &str, score: u32| Hit {
            kind: Kind::Story,
            id: id.into(),
            title: id.into(),
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
