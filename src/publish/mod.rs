//! What the build writes besides the pages: the CSV files
//! (`downloads`), the sitemap, each page's share card (`share_card`,
//! drawn natively by `card_image`), the maps' data (`maps`, also read
//! by the app), the editors' check of a snapshot (`snapshot_check`), and what each
//! edition's pages tell of the others (`editions`). Imports `report`, `site` and `derive`.

#[cfg(not(target_arch = "wasm32"))]
pub mod card_image;
pub mod downloads;
#[cfg(not(target_arch = "wasm32"))]
pub mod editions;
pub mod maps;
pub mod share_card;
pub mod sitemap;
#[cfg(not(target_arch = "wasm32"))]
pub mod snapshot_check;
