//! Document title and description of every route, from the snapshot.

use crate::labels;
use crate::model::{Block, Report};
use crate::routes::{Page, Route};

#[derive(Clone, Debug, PartialEq)]
pub struct PageMeta {
    /// The page's own heading.
    pub heading: String,
    /// `heading | report title`, for `<title>` and Open Graph.
    pub title: String,
    pub description: String,
}

const DESCRIPTION_CHARS: usize = 120;

/// `None` when the route names something the report does not have.
pub fn page_meta(route: &Route, report: &Report) -> Option<PageMeta> {
    if !route.exists_in(report) {
        return None;
    }
    let id = route.id.as_deref().unwrap_or_default();
    let joined = |names: Vec<&str>| names.join("、");
    let (heading, description): (String, String) = match route.page {
        Page::Overview => (report.meta.title.clone(), report.about.intro.clone()),
        Page::Pathways => {
            let group = &report.about.pathways;
            (group.title.clone(), joined(group.items.iter().map(|p| p.name.as_str()).collect()))
        }
        Page::Pathway => {
            let p = report.about.pathways.items.iter().find(|p| p.id == id)?;
            (p.name.clone(), p.description.clone())
        }
        Page::Membership => (report.membership.title.clone(), report.membership.intro.clone()),
        Page::Governance => (
            report.japan.title.clone(),
            format!("{}（{}）", joined(report.japan.bodies.iter().map(|b| b.name.as_str()).collect()), report.japan.governance_as_of),
        ),
        Page::Message => (
            labels::page(Page::Message).to_string(),
            report.japan.messages.first().and_then(|m| m.paragraphs.first()).cloned().unwrap_or_default(),
        ),
        Page::Members => {
            let list = &report.japan.member_list;
            let names = report.municipalities.iter().filter(|m| m.member).map(|m| m.name.as_str()).collect();
            (list.title.clone(), joined(names))
        }
        Page::Member => {
            let m = report.municipalities.iter().find(|m| m.id == id)?;
            let head = report.head_line(m).unwrap_or_default();
            let description = format!("{}（{}）{}", m.name, report.japan.member_list.regular_label, head);
            (m.name.clone(), description)
        }
        Page::Highlights => (
            labels::page(Page::Highlights).to_string(),
            joined(report.highlights.iter().map(|h| h.title.as_str()).collect()),
        ),
        Page::Highlight => {
            let h = report.highlights.iter().find(|h| h.id == id)?;
            (h.title.clone(), h.paragraphs.first().cloned().unwrap_or_default())
        }
        Page::Activities => (
            labels::page(Page::Activities).to_string(),
            joined(report.chapters.iter().map(|c| c.title.as_str()).collect()),
        ),
        Page::Chapter => {
            let c = report.chapters.iter().find(|c| c.id == id)?;
            let first_paragraph = c.sections.iter().flat_map(|s| &s.blocks).find_map(|b| match b {
                Block::Paragraph { text } => Some(text.clone()),
                _ => None,
            });
            let sections = joined(c.sections.iter().map(|s| s.title.as_str()).collect());
            (c.title.clone(), first_paragraph.unwrap_or(sections))
        }
        Page::Calendar => {
            let titles = report.events.iter().filter(|e| e.in_calendar).map(|e| e.title.as_str()).collect();
            (labels::page(Page::Calendar).to_string(), joined(titles))
        }
        Page::Search => (labels::page(Page::Search).to_string(), format!("{}{}", report.meta.title, labels::SEARCH_DESCRIPTION)),
        Page::World => (
            labels::page(Page::World).to_string(),
            report.world.bodies.first().map(|b| b.text.clone()).unwrap_or_default(),
        ),
    };
    let title = if route.page == Page::Overview { heading.clone() } else { format!("{heading} | {}", report.meta.title) };
    Some(PageMeta { heading, title, description: truncate(&description, DESCRIPTION_CHARS) })
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
