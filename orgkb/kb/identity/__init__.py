"""Which pages are one organization: look-alikes kept apart and reported (`lookalikes`), and whether two pages
in two languages list the same duties (`duty_agreement`)."""
