//! Reading raw JSON text without building a tree: the field path at a byte
//! offset (to name where serde_json stopped) and the paths of blank strings.
//! The snapshot is parsed once, straight into the typed model; these scans
//! replace a second parse into `serde_json::Value`, which cost both parse
//! time and wasm bytes.
//!
//! The text is scanned bytewise: every structural character of JSON is
//! ASCII, and no byte of a multi-byte UTF-8 character is, so slices taken at
//! quotes are always valid `str`s.

/// One open container while scanning.
enum Frame<'t> {
    Object {
        key: Option<&'t str>,
        expecting_key: bool,
    },
    Array {
        index: usize,
    },
}

/// Scans `text` up to byte `end`, calling `on_value` with the open frames
/// and the raw contents (between the quotes, escapes undecoded) of each
/// string in value position. Returns the frames open at `end`.
fn scan<'t>(
    text: &'t str,
    end: usize,
    mut on_value: impl FnMut(&[Frame<'t>], &'t str),
) -> Vec<Frame<'t>> {
    let bytes = &text.as_bytes()[..end.min(text.len())];
    let mut frames: Vec<Frame<'t>> = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        match bytes[at] {
            b'{' => frames.push(Frame::Object {
                key: None,
                expecting_key: true,
            }),
            b'[' => frames.push(Frame::Array { index: 0 }),
            b'}' | b']' => {
                frames.pop();
            }
            b',' => match frames.last_mut() {
                Some(Frame::Array { index }) => *index += 1,
                Some(Frame::Object { expecting_key, .. }) => *expecting_key = true,
                None => {}
            },
            b':' => {
                if let Some(Frame::Object { expecting_key, .. }) = frames.last_mut() {
                    *expecting_key = false;
                }
            }
            b'"' => {
                let start = at + 1;
                at = start;
                while at < bytes.len() && bytes[at] != b'"' {
                    at += if bytes[at] == b'\\' { 2 } else { 1 };
                }
                let raw = &text[start..at.min(bytes.len())];
                match frames.last_mut() {
                    Some(Frame::Object {
                        key,
                        expecting_key: true,
                    }) => *key = Some(raw),
                    _ => on_value(&frames, raw),
                }
            }
            _ => {}
        }
        at += 1;
    }
    frames
}

/// `municipalities[3].head.person`; `(root)` at the top level.
fn render(frames: &[Frame<'_>]) -> String {
    let mut path = String::new();
    for frame in frames {
        match frame {
            Frame::Object { key: Some(key), .. } => {
                if !path.is_empty() {
                    path.push('.');
                }
                // An escaped character stands for itself (near enough for a path).
                path.extend(key.chars().filter(|&c| c != '\\'));
            }
            Frame::Object { key: None, .. } => {}
            Frame::Array { index } => {
                path.push('[');
                path.push_str(&index.to_string());
                path.push(']');
            }
        }
    }
    if path.is_empty() {
        "(root)".into()
    } else {
        path
    }
}

/// The field path of the value being read at byte `offset` of JSON text.
pub fn path_at(text: &str, offset: usize) -> String {
    render(&scan(text, offset, |_, _| {}))
}

/// The paths of all string values that are empty or only white space.
pub fn blank_strings(text: &str) -> Vec<String> {
    let mut paths = Vec::new();
    scan(text, text.len(), |frames, raw| {
        let blank = if raw.contains('\\') {
            // Escapes such as `\u3000` may spell white space; let serde_json decode them.
            serde_json::from_str::<String>(&format!("\"{raw}\"")).is_ok_and(|s| s.trim().is_empty())
        } else {
            raw.trim().is_empty()
        };
        if blank {
            paths.push(render(frames));
        }
    });
    paths
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_of_positions() {
        let text = r#"{"a": [1, {"b": "x", "c": [true, 42]}], "d": {"e\"f": 1}}"#;
        let at = |needle: &str| path_at(text, text.find(needle).unwrap() + needle.len());
        assert_eq!(at("42"), "a[1].c[1]");
        assert_eq!(at("\"x\""), "a[1].b");
        assert_eq!(at("\"e\\\"f\": 1"), "d.e\"f");
        assert_eq!(path_at(text, 0), "(root)");
        assert_eq!(path_at(text, text.len()), "(root)");
    }

    #[test]
    fn blank_strings_by_path() {
        let text = r#"{"a": "", "b": ["x", " \n", "\u3000", "\"", "日本"], "c": {"": "key is blank, value is not", "d": "\t"}, "e": "\\"}"#;
        assert_eq!(blank_strings(text), ["a", "b[1]", "b[2]", "c.d"]);
        assert_eq!(blank_strings(r#""  ""#), ["(root)"]);
        assert!(blank_strings(r#"{"a": "文字", "b": [1, true, null]}"#).is_empty());
    }
}
