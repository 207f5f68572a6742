// Facets count at most this many matches: past it the counts are lower bounds ("500+"), and the
// list page says so. Counting every match of "kue" in a million products costs a scan per new
// query; a shopper needs to know which filters have products, not their exact number. 1,000, not
// 2,000 (decision 024): at 100,000 products the first 1,000 matches of every common word tried
// ("kopi", "sambal", "batik", "bolu", "ulos", …) held every category and kecamatan that all of them
// do, at half the rows read. 500, not 1,000 (decision 026): read from a sample's index, 501
// matches of each of 17 common words at a million products ("pedas", "sambal", "kopi", "ulos",
// "bolu", "kue", "keripik", "nasi", "teh", "batik", "tas", "original", "mini", "durian", "premium",
// …) held the same categories and kecamatan as 1,001, from the sixteenth and from the quarter;
// reading those rows was half of PostgreSQL's time on the list page there.
export const FACET_SAMPLE = 500;
