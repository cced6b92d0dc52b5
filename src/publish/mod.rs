//! What the build writes besides the pages: the CSV files
//! (`downloads`), the sitemap, each page's share card (`share_card`,
//! drawn natively by `card_image`), the maps' data (`maps`, also read
//! by the app), and the editors' check of a snapshot (`snapshot_check`). Imports `report`, `site` and `derive`.

#[cfg(not(target_arch = "wasm32"))]
pub mod card_image;
pub mod downloads;
pub mod maps;
pub mod share_card;
pub mod sitemap;
#[cfg(not(target_arch = "wasm32"))]
pub mod snapshot_check;
