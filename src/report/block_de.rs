//! Reading a [`Block`] (`{"type": "paragraph", "text": …}`) in one pass.
//!
//! serde's derive for an internally tagged enum buffers each object into a
//! generic `Content` tree, then reads every variant's fields a second time
//! from that tree: a second copy of the deserialisers of everything a block
//! holds, the largest single item of the wasm binary. Here the fields are
//! read straight into typed slots, wherever `type` stands among them, and
//! the variant is assembled at the end. Errors are serde's own (unknown
//! field, missing field, unknown variant, duplicate field), so a bad block
//! reads the same as any other shape error.

use std::fmt;

use serde::de::{
    self, value::MapAccessDeserializer, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor,
};

use crate::report::model::{Block, DateSpan, Figure, Story, TableRow};

const VARIANTS: &[&str] = &[
    "paragraph",
    "list",
    "figures",
    "initiatives",
    "events",
    "members",
    "story",
    "table",
    "captions",
];

/// The fields a variant may hold, besides `type`.
fn fields_of(kind: &str) -> &'static [&'static str] {
    match kind {
        "paragraph" => &["text"],
        "list" => &["ordered", "items"],
        "figures" | "captions" => &["items"],
        "initiatives" | "events" => &["ids"],
        "members" => &["label", "ids"],
        "story" => &[
            "id",
            "title",
            "date",
            "place",
            "members",
            "paragraphs",
            "event",
        ],
        _ => &["caption", "columns", "rows"],
    }
}

impl<'de> Deserialize<'de> for Block {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Block, D::Error> {
        deserializer.deserialize_map(BlockVisitor)
    }
}

/// One slot per field name any variant uses. `Option<Option<_>>`: absent,
/// or present as `null` or a value.
#[derive(Default)]
struct Slots {
    kind: Option<String>,
    text: Option<String>,
    ordered: Option<bool>,
    items: Option<Vec<Item>>,
    ids: Option<Vec<String>>,
    label: Option<String>,
    caption: Option<Option<String>>,
    columns: Option<Vec<String>>,
    rows: Option<Vec<TableRow>>,
    id: Option<String>,
    title: Option<String>,
    date: Option<Option<DateSpan>>,
    place: Option<Option<String>>,
    members: Option<Vec<String>>,
    paragraphs: Option<Vec<String>>,
    event: Option<Option<String>>,
}

impl Slots {
    /// Names of the fields present, in a fixed order.
    fn present(&self) -> impl Iterator<Item = &'static str> {
        [
            ("text", self.text.is_some()),
            ("ordered", self.ordered.is_some()),
            ("items", self.items.is_some()),
            ("ids", self.ids.is_some()),
            ("label", self.label.is_some()),
            ("caption", self.caption.is_some()),
            ("columns", self.columns.is_some()),
            ("rows", self.rows.is_some()),
            ("id", self.id.is_some()),
            ("title", self.title.is_some()),
            ("date", self.date.is_some()),
            ("place", self.place.is_some()),
            ("members", self.members.is_some()),
            ("paragraphs", self.paragraphs.is_some()),
            ("event", self.event.is_some()),
        ]
        .into_iter()
        .filter_map(|(name, present)| present.then_some(name))
    }
}

/// Moves a value into its slot; a second value for the same field is an error.
fn fill<T, E: de::Error>(slot: &mut Option<T>, value: T, name: &'static str) -> Result<(), E> {
    if slot.replace(value).is_some() {
        return Err(E::duplicate_field(name));
    }
    Ok(())
}

fn required<T, E: de::Error>(slot: Option<T>, name: &'static str) -> Result<T, E> {
    slot.ok_or_else(|| E::missing_field(name))
}

struct BlockVisitor;

impl<'de> Visitor<'de> for BlockVisitor {
    type Value = Block;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a block: an object with a \"type\"")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Block, A::Error> {
        let mut s = Slots::default();
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "type" => fill(&mut s.kind, map.next_value()?, "type")?,
                "text" => fill(&mut s.text, map.next_value()?, "text")?,
                "ordered" => fill(&mut s.ordered, map.next_value()?, "ordered")?,
                "items" => fill(&mut s.items, map.next_value()?, "items")?,
                "ids" => fill(&mut s.ids, map.next_value()?, "ids")?,
                "label" => fill(&mut s.label, map.next_value()?, "label")?,
                "caption" => fill(&mut s.caption, map.next_value()?, "caption")?,
                "columns" => fill(&mut s.columns, map.next_value()?, "columns")?,
                "rows" => fill(&mut s.rows, map.next_value()?, "rows")?,
                "id" => fill(&mut s.id, map.next_value()?, "id")?,
                "title" => fill(&mut s.title, map.next_value()?, "title")?,
                "date" => fill(&mut s.date, map.next_value()?, "date")?,
                "place" => fill(&mut s.place, map.next_value()?, "place")?,
                "members" => fill(&mut s.members, map.next_value()?, "members")?,
                "paragraphs" => fill(&mut s.paragraphs, map.next_value()?, "paragraphs")?,
                "event" => fill(&mut s.event, map.next_value()?, "event")?,
                other => {
                    let expected = s
                        .kind
                        .as_deref()
                        .filter(|k| VARIANTS.contains(k))
                        .map_or(VARIANTS, fields_of);
                    return Err(de::Error::unknown_field(other, expected));
                }
            }
        }
        let kind = required(s.kind.take(), "type")?;
        if !VARIANTS.contains(&kind.as_str()) {
            return Err(de::Error::unknown_variant(&kind, VARIANTS));
        }
        let allowed = fields_of(&kind);
        if let Some(stray) = s.present().find(|name| !allowed.contains(name)) {
            return Err(de::Error::unknown_field(stray, allowed));
        }
        Ok(match kind.as_str() {
            "paragraph" => Block::Paragraph {
                text: required(s.text, "text")?,
            },
            "list" => Block::List {
                ordered: required(s.ordered, "ordered")?,
                items: texts(required(s.items, "items")?)?,
            },
            "captions" => Block::Captions {
                items: texts(required(s.items, "items")?)?,
            },
            "figures" => Block::Figures {
                items: figures(required(s.items, "items")?)?,
            },
            "initiatives" => Block::Initiatives {
                ids: required(s.ids, "ids")?,
            },
            "events" => Block::Events {
                ids: required(s.ids, "ids")?,
            },
            "members" => Block::Members {
                label: required(s.label, "label")?,
                ids: required(s.ids, "ids")?,
            },
            "story" => Block::Story(Story {
                id: required(s.id, "id")?,
                title: required(s.title, "title")?,
                date: s.date.flatten(),
                place: s.place.flatten(),
                members: required(s.members, "members")?,
                paragraphs: required(s.paragraphs, "paragraphs")?,
                event: s.event.flatten(),
            }),
            _ => Block::Table {
                caption: s.caption.flatten(),
                columns: required(s.columns, "columns")?,
                rows: required(s.rows, "rows")?,
            },
        })
    }
}

/// An element of `items`: text (lists, captions) or a figure, told apart
/// by its JSON type since `type` may come after `items`.
enum Item {
    Text(String),
    Figure(Figure),
}

fn texts<E: de::Error>(items: Vec<Item>) -> Result<Vec<String>, E> {
    items
        .into_iter()
        .map(|item| match item {
            Item::Text(text) => Ok(text),
            Item::Figure(_) => Err(E::invalid_type(de::Unexpected::Map, &"a string")),
        })
        .collect()
}

fn figures<E: de::Error>(items: Vec<Item>) -> Result<Vec<Figure>, E> {
    items
        .into_iter()
        .map(|item| match item {
            Item::Figure(figure) => Ok(figure),
            Item::Text(text) => Err(E::invalid_type(
                de::Unexpected::Str(&text),
                &"a figure object",
            )),
        })
        .collect()
}

impl<'de> Deserialize<'de> for Item {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Item, D::Error> {
        deserializer.deserialize_any(ItemVisitor)
    }
}

struct ItemVisitor;

impl<'de> Visitor<'de> for ItemVisitor {
    type Value = Item;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string or a figure object")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Item, E> {
        Ok(Item::Text(text.to_owned()))
    }

    fn visit_string<E: de::Error>(self, text: String) -> Result<Item, E> {
        Ok(Item::Text(text))
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Item, A::Error> {
        Figure::deserialize(MapAccessDeserializer::new(map)).map(Item::Figure)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, _: A) -> Result<Item, A::Error> {
        Err(de::Error::invalid_type(de::Unexpected::Seq, &self))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn block(json: &str) -> Result<Block, String> {
        serde_json::from_str(json).map_err(|e| e.to_string())
    }

    #[test]
    fn reads_every_variant_with_type_anywhere() {
        assert_eq!(
            block(r#"{"text": "本文", "type": "paragraph"}"#),
            Ok(Block::Paragraph {
                text: "本文".into()
            })
        );
        assert_eq!(
            block(r#"{"type": "list", "items": ["a", "b"], "ordered": true}"#),
            Ok(Block::List {
                ordered: true,
                items: vec!["a".into(), "b".into()]
            })
        );
        assert_eq!(
            block(r#"{"items": [{"value": "1,500", "label": "人"}], "type": "figures"}"#),
            Ok(Block::Figures {
                items: vec![Figure {
                    value: "1,500".into(),
                    label: "人".into()
                }]
            })
        );
        assert_eq!(
            block(r#"{"type": "captions", "items": []}"#),
            Ok(Block::Captions { items: vec![] })
        );
        assert_eq!(
            block(r#"{"ids": ["x"], "type": "events"}"#),
            Ok(Block::Events {
                ids: vec!["x".into()]
            })
        );
        assert_eq!(
            block(r#"{"type": "initiatives", "ids": []}"#),
            Ok(Block::Initiatives { ids: vec![] })
        );
        assert_eq!(
            block(r#"{"label": "賛同自治体", "ids": ["yokohama"], "type": "members"}"#),
            Ok(Block::Members {
                label: "賛同自治体".into(),
                ids: vec!["yokohama".into()]
            })
        );
        assert_eq!(
            block(
                r#"{"type": "table", "columns": ["年"], "rows": [{"cells": ["2024"], "members": []}]}"#
            ),
            Ok(Block::Table {
                caption: None,
                columns: vec!["年".into()],
                rows: vec![TableRow {
                    cells: vec!["2024".into()],
                    members: vec![]
                }]
            })
        );
        let story = block(
            r#"{"id": "s", "title": "T", "date": null, "members": [], "paragraphs": ["p"], "type": "story", "place": "横浜"}"#,
        );
        assert_eq!(
            story,
            Ok(Block::Story(Story {
                id: "s".into(),
                title: "T".into(),
                date: None,
                place: Some("横浜".into()),
                members: vec![],
                paragraphs: vec!["p".into()],
                event: None,
            }))
        );
    }

    #[test]
    fn refuses_what_the_derive_refused() {
        let err = |json: &str| block(json).unwrap_err();
        assert!(err(r#"{"text": "x"}"#).contains("missing field `type`"));
        assert!(err(r#"{"type": "poem", "text": "x"}"#).contains("unknown variant `poem`"));
        assert!(err(r#"{"type": "paragraph"}"#).contains("missing field `text`"));
        assert!(err(r#"{"type": "paragraph", "text": "x", "ids": []}"#)
            .contains("unknown field `ids`, expected `text`"));
        assert!(
            err(r#"{"text": "x", "colour": "red", "type": "paragraph"}"#)
                .contains("unknown field `colour`")
        );
        assert!(err(r#"{"type": "paragraph", "text": "x", "text": "y"}"#)
            .contains("duplicate field `text`"));
        assert!(err(
            r#"{"type": "list", "ordered": false, "items": [{"value": "1", "label": "a"}]}"#
        )
        .contains("expected a string"));
        assert!(err(r#"{"type": "figures", "items": ["1"]}"#).contains("expected a figure object"));
        assert!(err(r#"{"type": "figures", "items": [{"value": "1"}]}"#)
            .contains("missing field `label`"));
        assert!(err(r#"["paragraph", "x"]"#).contains("invalid type: sequence"));
    }
}
