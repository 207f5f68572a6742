// Facets count at most this many matches: past it the counts are lower bounds ("2.000+"), and the
// list page says so. Counting every match of "kue" in a million products costs a scan per new
// query; a shopper needs to know which filters have products, not their exact number.
export const FACET_SAMPLE = 2000;
