//! Escaping text into HTML that is written as a string (the embed snippet,
//! the prerendered `<title>`); views escape their text themselves.

/// Escapes `&`, `<`, `>` and `"`: safe in text and in a double-quoted
/// attribute.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn markup_becomes_text() {
        assert_eq!(
            super::escape("a\"><script>x</script>&横浜"),
            "a&quot;&gt;&lt;script&gt;x&lt;/script&gt;&amp;横浜"
        );
    }
}
