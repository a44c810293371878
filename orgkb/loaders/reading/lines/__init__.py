"""What the reader's stages read within a line or a block: `header` (noise, dates, headings), `numbering`
(list markers), `normalize` (mojibake, odd spaces, glued words), `contacts`, `duties`, `prose`, `mentions`
and `unit_listings`."""
