// Facets count at most this many matches: past it the counts are lower bounds ("1.000+"), and the
// list page says so. Counting every match of "kue" in a million products costs a scan per new
// query; a shopper needs to know which filters have products, not their exact number. 1,000, not
// 2,000 (decision 024): at 100,000 products the first 1,000 matches of every common word tried
// ("kopi", "sambal", "batik", "bolu", "ulos", …) hold every category and kecamatan that all of them
// do, at half the rows read.
export const FACET_SAMPLE = 1000;
