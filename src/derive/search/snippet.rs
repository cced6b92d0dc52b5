//! Snippets: the original text around the first match, matches marked.

use super::documents::Document;
use super::fold::{Normalized, FIELD_SEPARATOR};
use super::ranking::{occurrences, Query};
use crate::report::order;

/// A stretch of a snippet.
#[derive(Clone, Debug, PartialEq)]
pub struct Segment {
    pub text: String,
    pub highlighted: bool,
}

/// Characters of original text a snippet shows.
pub(super) const SNIPPET_CHARS: usize = 80;
/// Of which, before the first match (when the field allows).
pub(super) const SNIPPET_LEAD: usize = 20;
const ELLIPSIS: &str = "…";

/// Original text around the first match: in the text if any term occurs
/// there, else in the title.
pub(super) fn snippet(doc: &Document, query: &Query) -> Vec<Segment> {
    let patterns = query.patterns();
    let in_text = patterns
        .iter()
        .any(|p| occurrences(&doc.folded_text, p).next().is_some());
    let source = if in_text { &doc.text } else { &doc.title };
    highlight(source, &patterns)
}

/// The title, every match highlighted.
pub(super) fn marked_title(doc: &Document, query: &Query) -> Vec<Segment> {
    let chars: Vec<char> = doc.title.chars().collect();
    let matches = matches(&doc.title, &query.patterns());
    segments(&chars, 0..chars.len(), &matches, false, false)
}

/// Where the patterns occur in `source`, in original characters, in order.
fn matches(source: &str, patterns: &[&str]) -> Vec<std::ops::Range<usize>> {
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
    matches
}

/// `source` cut to [`SNIPPET_CHARS`] around its first match, every match of
/// a pattern (folded) inside the cut highlighted.
fn highlight(source: &str, patterns: &[&str]) -> Vec<Segment> {
    let matches = matches(source, patterns);
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
    use crate::derive::search::testing::{doc, index, marked};

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
}
