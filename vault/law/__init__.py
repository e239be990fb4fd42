"""Pure legal facts and rules: deadlines per Regulation 1182/71, supervisory authorities, countries. No SQL."""
