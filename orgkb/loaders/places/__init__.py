"""Where an organization is: `place_clues` (places in names, addresses and sites), `owner_place` (the
place a site's owner names), `regions` (the mainland's, Taiwan's, Hong Kong's or Macao's government)."""
