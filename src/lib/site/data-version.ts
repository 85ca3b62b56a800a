/**
 * The version of the published open data's shape (`/data/skor.json`, `/data/inovasi.json`,
 * `/data/inovasi.csv`). It rises by one when a key changes meaning or goes away; added keys keep it.
 * A reader (the province build, a portal) reads versions up to its own and says when a file is newer.
 * 2: `versi_data`, `tahun_aturan`, the verified levels and the SPD rows, the region's profile.
 */
export const OPEN_DATA_VERSION = 2;
