//! Embedding the report in another site: the snippet editors copy and the
//! messages the embedded page sends to its host (docs/embedding.md).

use crate::site::html::escape;

/// Path segment that puts any page in embed mode: `/embed/calendar`.
pub const EMBED_SEGMENT: &str = "/embed";
/// Message types, versioned: a host ignores versions it does not know.
pub const RESIZE_MESSAGE: &str = "iclei-report:resize";
pub const NAVIGATE_MESSAGE: &str = "iclei-report:navigate";
pub const MESSAGE_VERSION: u32 = 1;

/// The HTML an editor pastes into the host page to embed `path`.
pub fn snippet(origin: &str, base: &str, path: &str, title: &str) -> String {
    let path = if path == "/" { "/" } else { path };
    format!(
        // Inline sizing wins over a host theme's iframe rules; the height is a
        // starting value until the first resize message; clipboard-write lets
        // the copy-link buttons work inside the frame.
        "<iframe src=\"{origin}{base}{EMBED_SEGMENT}{path}\" title=\"{}\" data-iclei-report allow=\"clipboard-write\" \
         style=\"display:block;width:100%;max-width:100%;min-width:0;height:600px;min-height:0;max-height:none;border:0;padding:0;box-sizing:border-box\" \
         scrolling=\"no\" loading=\"lazy\"></iframe>\n\
         <script src=\"{origin}{base}/embed.js\" async></script>",
        escape(title)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippet_points_at_the_embed_path_and_the_host_script() {
        let s = snippet(
            "https://example.org",
            "/report/2024",
            "/calendar",
            "報告書: 活動カレンダー",
        );
        assert!(
            s.contains("src=\"https://example.org/report/2024/embed/calendar\""),
            "{s}"
        );
        assert!(
            s.contains("<script src=\"https://example.org/report/2024/embed.js\" async></script>"),
            "{s}"
        );
        assert!(s.contains("title=\"報告書: 活動カレンダー\""));
    }

    #[test]
    fn titles_cannot_break_out_of_the_attribute() {
        let s = snippet("https://e.org", "", "/", "a\"><script>x</script>&");
        assert!(
            s.contains("title=\"a&quot;&gt;&lt;script&gt;x&lt;/script&gt;&amp;\""),
            "{s}"
        );
        assert_eq!(s.matches("<script").count(), 1);
    }
}
