//! Sound keys: how a query typed in kana or romaji is compared with a
//! place's reading.
//!
//! - [`kana_key`] spells hiragana in Hepburn romaji (`さっぽろ` →
//!   `sapporo`, `きょうと` → `kyouto`) and then ignores vowel length.
//! - [`romaji_key`] reads a Latin word as a Japanese IME does, accepting
//!   Hepburn, Kunrei and wāpuro spellings alike (`shi`/`si`, `tsu`/`tu`,
//!   `fu`/`hu`, `ji`/`zi`, `cha`/`tya`, `nn`/`n`, `shinbashi`/`shimbashi`,
//!   `ohno` for `おおの`), and keys the kana it reads. A word that is not
//!   romaji (`cop29`, `news`) has no key. A last syllable still being typed
//!   (`yokoh`) is kept as typed, so that the key is a prefix of the reading.
//! - Vowel length is ignored: `ou`, `oo`, `uu`, `aa`, `ii`, `ee` count as
//!   one vowel, so `tokyo`, `toukyou`, `tookyoo`, `tōkyō` (macrons are
//!   folded before), `とうきょう` and `トーキョー` (`ー` is folded away)
//!   share the key `tokyo`. Readers rarely know or type the long vowels of
//!   a place name; the price, two names that differ only in vowel length
//!   sharing a key, only adds a result.
//!
//! Written here rather than taken from a kana-conversion library: the key
//! (vowel length ignored, a syllable in progress kept) is the search's own,
//! and the tables are a few hundred bytes of the index that is the product.

/// Hiragana to romaji syllables, longest spelling first where two read
/// alike: the parser takes the first entry that matches.
const SYLLABLES: &[(&str, &str)] = &[
    ("kya", "きゃ"),
    ("kyu", "きゅ"),
    ("kyo", "きょ"),
    ("gya", "ぎゃ"),
    ("gyu", "ぎゅ"),
    ("gyo", "ぎょ"),
    ("sha", "しゃ"),
    ("shu", "しゅ"),
    ("sho", "しょ"),
    ("she", "しぇ"),
    ("shi", "し"),
    ("sya", "しゃ"),
    ("syu", "しゅ"),
    ("syo", "しょ"),
    ("jya", "じゃ"),
    ("jyu", "じゅ"),
    ("jyo", "じょ"),
    ("zya", "じゃ"),
    ("zyu", "じゅ"),
    ("zyo", "じょ"),
    ("chi", "ち"),
    ("cha", "ちゃ"),
    ("chu", "ちゅ"),
    ("cho", "ちょ"),
    ("che", "ちぇ"),
    ("cya", "ちゃ"),
    ("cyu", "ちゅ"),
    ("cyo", "ちょ"),
    ("tya", "ちゃ"),
    ("tyu", "ちゅ"),
    ("tyo", "ちょ"),
    ("tsu", "つ"),
    ("nya", "にゃ"),
    ("nyu", "にゅ"),
    ("nyo", "にょ"),
    ("hya", "ひゃ"),
    ("hyu", "ひゅ"),
    ("hyo", "ひょ"),
    ("bya", "びゃ"),
    ("byu", "びゅ"),
    ("byo", "びょ"),
    ("pya", "ぴゃ"),
    ("pyu", "ぴゅ"),
    ("pyo", "ぴょ"),
    ("mya", "みゃ"),
    ("myu", "みゅ"),
    ("myo", "みょ"),
    ("rya", "りゃ"),
    ("ryu", "りゅ"),
    ("ryo", "りょ"),
    ("ka", "か"),
    ("ki", "き"),
    ("ku", "く"),
    ("ke", "け"),
    ("ko", "こ"),
    ("ga", "が"),
    ("gi", "ぎ"),
    ("gu", "ぐ"),
    ("ge", "げ"),
    ("go", "ご"),
    ("sa", "さ"),
    ("si", "し"),
    ("su", "す"),
    ("se", "せ"),
    ("so", "そ"),
    ("za", "ざ"),
    ("ji", "じ"),
    ("zi", "じ"),
    ("zu", "ず"),
    ("ze", "ぜ"),
    ("zo", "ぞ"),
    ("ja", "じゃ"),
    ("ju", "じゅ"),
    ("jo", "じょ"),
    ("je", "じぇ"),
    ("ta", "た"),
    ("ti", "ち"),
    ("tu", "つ"),
    ("te", "て"),
    ("to", "と"),
    ("da", "だ"),
    ("di", "ぢ"),
    ("du", "づ"),
    ("de", "で"),
    ("do", "ど"),
    ("na", "な"),
    ("ni", "に"),
    ("nu", "ぬ"),
    ("ne", "ね"),
    ("no", "の"),
    ("ha", "は"),
    ("hi", "ひ"),
    ("fu", "ふ"),
    ("hu", "ふ"),
    ("he", "へ"),
    ("ho", "ほ"),
    ("fa", "ふぁ"),
    ("fi", "ふぃ"),
    ("fe", "ふぇ"),
    ("fo", "ふぉ"),
    ("ba", "ば"),
    ("bi", "び"),
    ("bu", "ぶ"),
    ("be", "べ"),
    ("bo", "ぼ"),
    ("pa", "ぱ"),
    ("pi", "ぴ"),
    ("pu", "ぷ"),
    ("pe", "ぺ"),
    ("po", "ぽ"),
    ("ma", "ま"),
    ("mi", "み"),
    ("mu", "む"),
    ("me", "め"),
    ("mo", "も"),
    ("ya", "や"),
    ("yu", "ゆ"),
    ("yo", "よ"),
    ("ra", "ら"),
    ("ri", "り"),
    ("ru", "る"),
    ("re", "れ"),
    ("ro", "ろ"),
    ("wa", "わ"),
    ("wo", "を"),
    ("va", "ゔぁ"),
    ("vi", "ゔぃ"),
    ("vu", "ゔ"),
    ("ve", "ゔぇ"),
    ("vo", "ゔぉ"),
    ("a", "あ"),
    ("i", "い"),
    ("u", "う"),
    ("e", "え"),
    ("o", "お"),
];

/// The Hepburn spelling of one hiragana, `None` for the small kana that
/// modify the one before (`っ ゃ ゅ ょ ぁ ぃ ぅ ぇ ぉ`) and anything that is
/// not hiragana.
fn hepburn(kana: char) -> Option<&'static str> {
    Some(match kana {
        'あ' => "a",
        'い' | 'ゐ' => "i",
        'う' => "u",
        'え' | 'ゑ' => "e",
        'お' | 'を' => "o",
        'か' | 'ゕ' => "ka",
        'き' => "ki",
        'く' => "ku",
        'け' | 'ゖ' => "ke",
        'こ' => "ko",
        'が' => "ga",
        'ぎ' => "gi",
        'ぐ' => "gu",
        'げ' => "ge",
        'ご' => "go",
        'さ' => "sa",
        'し' => "shi",
        'す' => "su",
        'せ' => "se",
        'そ' => "so",
        'ざ' => "za",
        'じ' | 'ぢ' => "ji",
        'ず' | 'づ' => "zu",
        'ぜ' => "ze",
        'ぞ' => "zo",
        'た' => "ta",
        'ち' => "chi",
        'つ' => "tsu",
        'て' => "te",
        'と' => "to",
        'だ' => "da",
        'で' => "de",
        'ど' => "do",
        'な' => "na",
        'に' => "ni",
        'ぬ' => "nu",
        'ね' => "ne",
        'の' => "no",
        'は' => "ha",
        'ひ' => "hi",
        'ふ' => "fu",
        'へ' => "he",
        'ほ' => "ho",
        'ば' => "ba",
        'び' => "bi",
        'ぶ' => "bu",
        'べ' => "be",
        'ぼ' => "bo",
        'ぱ' => "pa",
        'ぴ' => "pi",
        'ぷ' => "pu",
        'ぺ' => "pe",
        'ぽ' => "po",
        'ま' => "ma",
        'み' => "mi",
        'む' => "mu",
        'め' => "me",
        'も' => "mo",
        'や' => "ya",
        'ゆ' => "yu",
        'よ' => "yo",
        'ら' => "ra",
        'り' => "ri",
        'る' => "ru",
        'れ' => "re",
        'ろ' => "ro",
        'わ' | 'ゎ' => "wa",
        'ん' => "n",
        'ゔ' => "vu",
        _ => return None,
    })
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'i' | 'u' | 'e' | 'o')
}

/// The sound key of hiragana text (see the module documentation), `None`
/// when it holds anything else.
pub(super) fn kana_key(kana: &str) -> Option<String> {
    let mut spelled = String::with_capacity(kana.len());
    // A syllable with a consonant was spelled last: a small kana after it
    // replaces its vowel (`き` + `ょ` = `kyo`, `ふ` + `ぁ` = `fa`).
    let mut after_consonant = false;
    let mut doubled = false;
    for c in kana.chars() {
        let small = match c {
            'っ' => {
                doubled = true;
                continue;
            }
            'ゃ' => Some(('a', true)),
            'ゅ' => Some(('u', true)),
            'ょ' => Some(('o', true)),
            'ぁ' => Some(('a', false)),
            'ぃ' => Some(('i', false)),
            'ぅ' => Some(('u', false)),
            'ぇ' => Some(('e', false)),
            'ぉ' => Some(('o', false)),
            _ => None,
        };
        if let Some((vowel, glide)) = small {
            if after_consonant {
                spelled.pop();
                // `sh`, `ch` and `j` take the vowel straight: `sha`, not `shya`.
                if glide && !(spelled.ends_with('h') || spelled.ends_with('j')) {
                    spelled.push('y');
                }
            } else if glide {
                spelled.push('y');
            }
            spelled.push(vowel);
            after_consonant = false;
            continue;
        }
        let syllable = hepburn(c)?;
        // `かんい` is `kan'i`, not `kani` (かに).
        if spelled.ends_with('n')
            && !after_consonant
            && syllable.starts_with(['a', 'i', 'u', 'e', 'o', 'y'])
        {
            spelled.push('\'');
        }
        if std::mem::take(&mut doubled) {
            if let Some(first) = syllable.chars().next().filter(|&f| !is_vowel(f)) {
                spelled.push(first);
            }
        }
        spelled.push_str(syllable);
        after_consonant = syllable.len() > 1;
    }
    Some(shorten_vowels(&spelled))
}

/// Long vowels as one: `ou` and doubled vowels become the first vowel.
fn shorten_vowels(spelled: &str) -> String {
    let mut key = String::with_capacity(spelled.len());
    let mut last = None;
    for c in spelled.chars() {
        let long = is_vowel(c) && (last == Some(c) || (last == Some('o') && c == 'u'));
        if !long {
            key.push(c);
            last = Some(c);
        }
    }
    key
}

/// The sound key of a folded Latin term read as romaji (see the module
/// documentation), `None` when it is not romaji. A space inside the term
/// (folded from `kan'i`) only ends a syllable.
pub(super) fn romaji_key(word: &str) -> Option<String> {
    if !word.bytes().any(|b| b.is_ascii_lowercase())
        || !word.bytes().all(|b| b.is_ascii_lowercase() || b == b' ')
    {
        return None;
    }
    // Readers who hear no difference between l and r write either.
    let word = word.replace('l', "r");
    let (kana, typing) = read_romaji(&word)?;
    let mut key = kana_key(&kana)?;
    key.push_str(&typing);
    Some(key)
}

/// The key without a last `i` that may still be followed by a small
/// `ゃ ゅ ょ` as the reader types on: `とうき` (`toki`) on the way to
/// `とうきょう` opens to `tok`, a prefix of `tokyo`.
pub(super) fn open_key(key: &str) -> &str {
    match key.strip_suffix('i') {
        Some(stem) if stem.ends_with(|c: char| c.is_ascii_lowercase() && !is_vowel(c)) => stem,
        _ => key,
    }
}

/// Romaji as hiragana, and the unfinished syllable at the end, if any.
fn read_romaji(letters: &str) -> Option<(String, String)> {
    let bytes = letters.as_bytes();
    let mut kana = String::with_capacity(letters.len() * 3);
    let mut i = 0;
    while i < bytes.len() {
        let rest = &letters[i..];
        let next = bytes.get(i + 1).copied().map(char::from);
        let before_vowel = next.is_some_and(|n| is_vowel(n) || n == 'y');
        let c = char::from(bytes[i]);
        if c == ' ' {
            i += 1;
            continue;
        }
        let syllabic_n = match c {
            'n' => !before_vowel,
            'm' => matches!(next, Some('b' | 'm' | 'p')),
            _ => false,
        };
        if syllabic_n {
            kana.push('ん');
            // `nn` is one `ん` unless a vowel follows (`konna` = こんな).
            i += if c == 'n' && next == Some('n') && !rest[2..].starts_with(is_vowel) {
                2
            } else {
                1
            };
            continue;
        }
        let doubled = !is_vowel(c) && (next == Some(c) || rest.starts_with("tch"));
        // `oh` before a consonant is a long `o` (`ohno` = おおの).
        let long_o = c == 'h' && i > 0 && bytes[i - 1] == b'o' && !before_vowel;
        if doubled || long_o {
            kana.push(if doubled { 'っ' } else { 'う' });
            i += 1;
            continue;
        }
        match SYLLABLES
            .iter()
            .find(|(romaji, _)| rest.starts_with(romaji))
        {
            Some((romaji, syllable)) => {
                kana.push_str(syllable);
                i += romaji.len();
            }
            None if SYLLABLES.iter().any(|(romaji, _)| romaji.starts_with(rest)) => {
                return Some((kana, rest.to_string()));
            }
            None => return None,
        }
    }
    Some((kana, String::new()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spells_kana_in_hepburn_without_vowel_length() {
        for (kana, key) in [
            ("よこはま", "yokohama"),
            ("さっぽろ", "sapporo"),
            ("とうきょう", "tokyo"),
            ("きょうと", "kyoto"),
            ("こうべ", "kobe"),
            ("いいだ", "ida"),
            ("しもかわちょう", "shimokawacho"),
            ("きたきゅうしゅう", "kitakyushu"),
            ("ふじまえひがた", "fujimaehigata"),
            ("ちぇ", "che"),
            ("ふぁ", "fa"),
            ("まっちゃ", "maccha"),
            ("じゃ", "ja"),
        ] {
            assert_eq!(kana_key(kana).as_deref(), Some(key), "{kana}");
        }
        assert_eq!(kana_key("横浜"), None);
    }

    #[test]
    fn reads_every_common_spelling_of_romaji() {
        let tokyo = kana_key("とうきょう");
        for spelling in ["tokyo", "toukyou", "tookyoo", "tohkyoh"] {
            assert_eq!(romaji_key(spelling), tokyo, "{spelling}");
        }
        for (a, b) in [
            ("shinbashi", "shimbashi"),
            ("sinbasi", "shimbashi"),
            ("tsukuba", "tukuba"),
            ("fukuoka", "hukuoka"),
            ("chiba", "tiba"),
            ("jouetsu", "zyouetu"),
        ] {
            assert_eq!(romaji_key(a), romaji_key(b), "{a} = {b}");
        }
        assert_eq!(romaji_key("sapporo").as_deref(), Some("sapporo"));
        assert_eq!(romaji_key("konna"), kana_key("こんな"));
        assert_eq!(romaji_key("kan i"), kana_key("かんい"), "`kan'i`, folded");
        assert_ne!(romaji_key("kan i"), romaji_key("kani"));
        assert_eq!(romaji_key("ohno"), kana_key("おおの"));
        assert_eq!(romaji_key("matcha"), kana_key("まっちゃ"));
        assert_eq!(romaji_key("sappolo"), romaji_key("sapporo"), "l for r");
    }

    #[test]
    fn keeps_a_syllable_being_typed_and_refuses_what_is_not_romaji() {
        assert_eq!(romaji_key("yokoham").as_deref(), Some("yokoham"));
        assert_eq!(
            romaji_key("yokoh").as_deref(),
            Some("yoko"),
            "`oh` reads as a long `o`"
        );
        assert_eq!(romaji_key("kitaky").as_deref(), Some("kitaky"));
        assert_eq!(open_key("toki"), "tok");
        assert_eq!(open_key("shimokawachi"), "shimokawach");
        assert_eq!(open_key("ai"), "ai");
        assert_eq!(open_key("kyo"), "kyo");
        for word in ["cop29", "news", "iclei", "", "x"] {
            assert_eq!(romaji_key(word), None, "{word}");
        }
    }
}
