//! Document title and description of every route, from the snapshot.

use crate::report::model::{Block, Report};
use crate::site::labels;
use crate::site::routes::{Page, Target};

#[derive(Clone, Debug, PartialEq)]
pub struct PageMeta {
    /// The page's own heading.
    pub heading: String,
    /// `heading | report title`, for `<title>` and Open Graph.
    pub title: String,
    pub description: String,
}

const DESCRIPTION_CHARS: usize = 120;

/// The heading, title and description of a resolved route.
pub fn page_meta(target: &Target, report: &Report) -> PageMeta {
    let joined = |names: Vec<&str>| names.join("、");
    let page = match target {
        Target::Page(page) => *page,
        Target::Pathway(p) => return described(report, p.name.clone(), &p.description),
        Target::Member(m) => {
            let head = report.head_line(m).unwrap_or_default();
            let description = format!(
                "{}（{}）{}",
                m.name, report.japan.member_list.regular_label, head
            );
            return described(report, m.name.clone(), &description);
        }
        Target::Highlight(h) => {
            return described(
                report,
                h.title.clone(),
                h.paragraphs.first().map_or("", String::as_str),
            )
        }
        Target::Chapter(c) => {
            let first_paragraph = c
                .sections
                .iter()
                .flat_map(|s| &s.blocks)
                .find_map(|b| match b {
                    Block::Paragraph { text } => Some(text.clone()),
                    _ => None,
                });
            let sections = joined(c.sections.iter().map(|s| s.title.as_str()).collect());
            return described(
                report,
                c.title.clone(),
                &first_paragraph.unwrap_or(sections),
            );
        }
    };
    let (heading, description): (String, String) = match page {
        Page::Overview => (report.meta.title.clone(), report.about.intro.clone()),
        Page::Pathways => {
            let group = &report.about.pathways;
            (
                group.title.clone(),
                joined(group.items.iter().map(|p| p.name.as_str()).collect()),
            )
        }
        Page::Membership => (
            report.membership.title.clone(),
            report.membership.intro.clone(),
        ),
        Page::Governance => (
            report.japan.title.clone(),
            format!(
                "{}（{}）",
                joined(
                    report
                        .japan
                        .bodies
                        .iter()
                        .map(|b| b.name.as_str())
                        .collect()
                ),
                report.japan.governance_as_of
            ),
        ),
        Page::Message => (
            labels::page(Page::Message).to_string(),
            report
                .japan
                .messages
                .first()
                .and_then(|m| m.paragraphs.first())
                .cloned()
                .unwrap_or_default(),
        ),
        Page::Members => {
            let list = &report.japan.member_list;
            let names = report
                .municipalities
                .iter()
                .filter(|m| m.member)
                .map(|m| m.name.as_str())
                .collect();
            (list.title.clone(), joined(names))
        }
        Page::Highlights => (
            labels::page(Page::Highlights).to_string(),
            joined(report.highlights.iter().map(|h| h.title.as_str()).collect()),
        ),
        Page::Activities => (
            labels::page(Page::Activities).to_string(),
            joined(report.chapters.iter().map(|c| c.title.as_str()).collect()),
        ),
        Page::Calendar => {
            let titles = report
                .events
                .iter()
                .filter(|e| e.in_calendar)
                .map(|e| e.title.as_str())
                .collect();
            (labels::page(Page::Calendar).to_string(), joined(titles))
        }
        Page::Search => (
            labels::page(Page::Search).to_string(),
            format!("{}{}", report.meta.title, labels::SEARCH_DESCRIPTION),
        ),
        Page::World => (
            labels::page(Page::World).to_string(),
            report
                .world
                .bodies
                .first()
                .map(|b| b.text.clone())
                .unwrap_or_default(),
        ),
        Page::About => (
            labels::page(Page::About).to_string(),
            format!("{}{}", report.meta.title, labels::ABOUT_DESCRIPTION),
        ),
        Page::Print => (
            labels::page(Page::Print).to_string(),
            format!("{}{}", report.meta.title, labels::PRINT_DESCRIPTION),
        ),
        // Detail pages were described above, from their item.
        Page::Pathway | Page::Member | Page::Highlight | Page::Chapter => {
            (labels::page(page).to_string(), String::new())
        }
    };
    if page == Page::Overview {
        return PageMeta {
            title: heading.clone(),
            heading,
            description: truncate(&description, DESCRIPTION_CHARS),
        };
    }
    described(report, heading, &description)
}

/// A page's metadata: its title names the report after the heading.
fn described(report: &Report, heading: String, description: &str) -> PageMeta {
    let title = format!("{heading} | {}", report.meta.title);
    PageMeta {
        heading,
        title,
        description: truncate(description, DESCRIPTION_CHARS),
    }
}

/// Shortens to at most `max` characters, marking the cut with `…`.
pub fn truncate(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        let mut cut: String = text.chars().take(max - 1).collect();
        cut.push('…');
        cut
    }
}

#[cfg(test)]
mod tests {
    use super::truncate;

    #[test]
    fn truncates_by_characters_not_bytes() {
        assert_eq!(truncate("イクレイ", 10), "イクレイ");
        assert_eq!(truncate("イクレイ日本", 4), "イクレ…");
        assert_eq!(truncate("イクレイ日本", 4).chars().count(), 4);
    }
}
