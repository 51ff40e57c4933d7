import { Badge, createTheme, type MantineColorsTuple } from '@mantine/core';

/** A calm petrol blue between blue and teal: reads as "official" without shouting. */
const petrol: MantineColorsTuple = [
  '#e8f4f7',
  '#d2e7ed',
  '#a6cfdb',
  '#76b5c8',
  '#4f9fb7',
  '#3592ad',
  '#268aa8',
  '#167793',
  '#056a84',
  '#005b73',
];

export const theme = createTheme({
  primaryColor: 'petrol',
  primaryShade: 8,
  colors: { petrol },
  // Venue laptops run Windows: Segoe UI first; no web fonts (the app is offline).
  fontFamily:
    '"Segoe UI", system-ui, -apple-system, Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '600' },
  defaultRadius: 'sm',
  cursorType: 'pointer',
  components: {
    // Shouting capitals do not suit a calm tool; badges read as ordinary words.
    Badge: Badge.extend({ defaultProps: { tt: 'none', fw: 600 } }),
  },
});
