//! Folding: width, case, script, accents, long vowels and separators
//! (see the module documentation of `search`), with the map back to the
//! original characters for highlighting.

/// Joins the fields of a document's text. Queries never contain it, so no
/// match runs from one field into the next.
pub(super) const FIELD_SEPARATOR: char = '\u{1F}';

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
pub(super) fn narrow(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        '\u{FF61}'..='\u{FF9F}' => HALF_WIDTH_KANA[(c as u32 - 0xFF61) as usize],
        _ => c,
    }
}

/// Variant kanji as their common form: names are written either way
/// (`髙橋` and `高橋` are one family name), and readers type the common
/// form. The table holds the variants of names and place names that
/// Japanese input methods offer beside the common form: old forms (旧字体)
/// and the "different body" forms (異体字) of family names.
fn common_kanji(c: char) -> char {
    match c {
        '髙' => '高',
        '﨑' | '嵜' | '碕' => '崎',
        '邊' | '邉' => '辺',
        '澤' => '沢',
        '濱' | '濵' => '浜',
        '齋' => '斎',
        '齊' => '斉',
        '嶋' | '嶌' => '島',
        '冨' => '富',
        '櫻' => '桜',
        '國' => '国',
        '廣' => '広',
        '惠' => '恵',
        '德' => '徳',
        '槇' => '槙',
        '眞' => '真',
        '籔' | '藪' => '薮',
        '瀨' => '瀬',
        '彌' => '弥',
        '榮' => '栄',
        '圓' => '円',
        '曾' => '曽',
        '淵' => '渕',
        '萬' => '万',
        '藏' => '蔵',
        '豐' => '豊',
        '縣' => '県',
        '會' => '会',
        '學' => '学',
        '黑' => '黒',
        '壽' => '寿',
        '龍' => '竜',
        '聰' => '聡',
        '條' => '条',
        '晝' => '昼',
        '辨' | '瓣' | '辯' => '弁',
        '實' => '実',
        '澁' => '渋',
        '增' => '増',
        '瀧' => '滝',
        '栁' => '柳',
        '淺' => '浅',
        '寳' | '寶' => '宝',
        '禮' => '礼',
        '與' => '与',
        _ => c,
    }
}

fn fold_char(c: char) -> Fold {
    let c = common_kanji(narrow(c));
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
pub(super) fn fold(text: &str, mut emit: impl FnMut(char, usize, usize)) {
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

#[cfg(test)]
mod tests {
    use super::*;

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
    fn folds_variant_kanji_and_kana_into_each_other() {
        for (variant, common) in [
            ("髙橋", "高橋"),
            ("山﨑", "山崎"),
            ("渡邊", "渡辺"),
            ("渡邉", "渡辺"),
            ("澤田", "沢田"),
            ("濱松", "浜松"),
            ("齋藤", "斎藤"),
            ("一實", "一実"),
            ("ヨコハマ", "よこはま"),
            ("ヴィジョン", "ゔぃじょん"),
        ] {
            assert_eq!(normalize(variant), normalize(common), "{variant}");
        }
        assert_ne!(
            normalize("斎藤"),
            normalize("斉藤"),
            "different kanji stay apart"
        );
        let n = Normalized::of("髙橋市長");
        assert_eq!(n.original_range(0, "高橋".len()), 0..2);
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
}
