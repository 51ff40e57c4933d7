/**
 * The fonts every Asesa PDF embeds: DejaVu Serif and Sans from the `dejavu-fonts-ttf` package, so
 * a certificate looks the same on every printer and viewer, and names with diacritics (Ṣāliḥ,
 * Dédé) have their glyphs. TTF on purpose: fontkit's subsetting breaks on WOFF2 composite glyphs.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export const FONT = {
  serif: 'Serif',
  serifBold: 'Serif-Bold',
  serifItalic: 'Serif-Italic',
  serifBoldItalic: 'Serif-BoldItalic',
  sans: 'Sans',
  sansBold: 'Sans-Bold',
} as const;
export type FontName = (typeof FONT)[keyof typeof FONT];

const FILES: Record<FontName, string> = {
  [FONT.serif]: 'DejaVuSerif.ttf',
  [FONT.serifBold]: 'DejaVuSerif-Bold.ttf',
  [FONT.serifItalic]: 'DejaVuSerif-Italic.ttf',
  [FONT.serifBoldItalic]: 'DejaVuSerif-BoldItalic.ttf',
  [FONT.sans]: 'DejaVuSans.ttf',
  [FONT.sansBold]: 'DejaVuSans-Bold.ttf',
};

// Read once per process: a batch job renders many documents and the files never change.
let cache: Map<FontName, Buffer> | undefined;

function fontBytes(): Map<FontName, Buffer> {
  if (!cache) {
    const require = createRequire(import.meta.url);
    const loaded = new Map<FontName, Buffer>();
    for (const [name, file] of Object.entries(FILES) as [FontName, string][]) {
      loaded.set(name, readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${file}`)));
    }
    cache = loaded;
  }
  return cache;
}

/**
 * Registers every font under its FONT name, once per document; pdfkit embeds only used glyphs.
 * Each document parses the fonts afresh on purpose: sharing pdfkit's parsed (fontkit) font objects
 * between documents was tried, and fontkit then hands later documents glyphs cached without their
 * characters, so their text can no longer be copied or searched (the tests read it back).
 */
export function registerFonts(doc: PDFKit.PDFDocument): void {
  for (const [name, bytes] of fontBytes()) doc.registerFont(name, bytes);
}
