/**
 * The middle of a certificate, set as a column of blocks between the header and the footer:
 * title, number, "diberikan kepada", the name, the identity table, the statement and the result.
 * Sizes come from the roomiest of a few size sets that fits; the height left over goes into the
 * gaps, so a portrait page is not a crowded top over an empty middle.
 *
 * Each block separates what is the same on every page (title, labels, a statement that names no
 * one) from what belongs to the person, so the page can share the former as one stamp.
 */
import {
  CERTIFICATE_PLACEHOLDERS,
  fillPlaceholders,
  type CertificateFields,
  type CertificatePlaceholder,
} from '../../../shared/domain/certificate-text';
import type { CertificateTemplate } from '../../../shared/schemas/certificate-template';
import { fitText, type MeasureText } from './fit-text';
import { FONT } from './fonts';
import type { PageContext } from './page-context';
import { drawLine, widthOf, wrapBalanced, type LineStyle } from './text-lines';

interface SizeSet {
  title: number;
  nameMax: number;
  nameMin: number;
  intro: number;
  identity: number;
  body: number;
}

const SIZE_SETS: readonly SizeSet[] = [
  { title: 40, nameMax: 30, nameMin: 18, intro: 14, identity: 12.5, body: 14 },
  { title: 34, nameMax: 26, nameMin: 16, intro: 13, identity: 11.5, body: 13 },
  { title: 30, nameMax: 23, nameMin: 15, intro: 12, identity: 10.5, body: 11.5 },
  { title: 26, nameMax: 20, nameMin: 13, intro: 11, identity: 10, body: 10.5 },
];
const SMALLEST_BODY = 8;

/** Placeholders whose value differs from one person to the next: all but the programme's own. */
const SHARED_BY_ALL: readonly CertificatePlaceholder[] = ['program', 'tanggal'];
const PERSONAL = CERTIFICATE_PLACEHOLDERS.filter((placeholder) => !SHARED_BY_ALL.includes(placeholder));

interface Block {
  height: number;
  /** The least space above the block. */
  gap: number;
  /** Share of the spare height this gap receives. */
  weight: number;
  /** Everything that decides what drawShared draws, beside the block's position. */
  key: string;
  drawShared?(y: number): void;
  drawPersonal?(y: number): void;
}

export interface BodyArea {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface BodyPlan {
  key: string;
  drawShared(): void;
  drawPersonal(): void;
}

/** The name's box is narrower than the page so it never runs into the frame. */
export function nameBoxWidth(area: { left: number; right: number }): number {
  return area.right - area.left - 80;
}

export function identityRows(fields: CertificateFields): [string, string][] {
  const grade = [fields.pangkat, fields.golongan ? `(${fields.golongan})` : ''].filter(Boolean).join(' ');
  const rows: [string, string][] = [
    ['NIP', fields.nip],
    ['Pangkat/Golongan', grade],
    ['Jabatan', fields.jabatan],
    ['Unit Kerja', fields.unit],
  ];
  return rows.filter(([, value]) => value !== '');
}

function measureFor(ctx: PageContext, font: string): MeasureText {
  return (text, size) => widthOf(ctx.doc, text, { font, size, color: '' });
}

function centredLine(
  ctx: PageContext,
  text: string,
  centre: number,
  style: LineStyle,
  place: { gap: number; weight: number; step?: number; personal?: boolean },
): Block {
  const draw = (y: number) => drawLine(ctx.doc, text, centre, y, style, 'center');
  return {
    height: style.size * (place.step ?? 1.3),
    gap: place.gap,
    weight: place.weight,
    key: place.personal ? `${style.size}` : `${style.size}:${text}`,
    ...(place.personal ? { drawPersonal: draw } : { drawShared: draw }),
  };
}

function nameBlock(
  ctx: PageContext,
  fields: CertificateFields,
  area: BodyArea,
  set: SizeSet,
  colour: string,
): Block {
  const centre = (area.left + area.right) / 2;
  const name = fitText(measureFor(ctx, FONT.serifBold), fields.nama, {
    width: nameBoxWidth(area),
    maxSize: set.nameMax,
    minSize: set.nameMin,
  });
  // The box is as tall as the largest name of its line count, so a shorter or longer name moves
  // nothing else on the page (all pages of a batch share one layout); the name is centred in it.
  const two = name.lines.length > 1;
  const boxHeight = two ? 2 * set.nameMin * 1.2 : set.nameMax * 1.2;
  const step = name.size * 1.2;
  const offset = (boxHeight - name.lines.length * step) / 2;
  const style: LineStyle = { font: FONT.serifBold, size: name.size, color: colour };
  return {
    height: boxHeight + 10,
    gap: 2,
    weight: 0.6,
    key: `name:${name.lines.length}`,
    drawShared: (y) =>
      ornament(ctx.doc, centre, y + boxHeight + 5, Math.min(280, (area.right - area.left) / 2), colour),
    drawPersonal: (y) =>
      name.lines.forEach((text, index) =>
        drawLine(ctx.doc, text, centre, y + offset + index * step, style, 'center'),
      ),
  };
}

function identityBlock(
  ctx: PageContext,
  fields: CertificateFields,
  area: BodyArea,
  set: SizeSet,
  ink: string,
): Block | null {
  const rows = identityRows(fields);
  if (rows.length === 0) return null;
  const { doc } = ctx;
  const centre = (area.left + area.right) / 2;
  const style: LineStyle = { font: FONT.serif, size: set.identity, color: ink };
  const labels = rows.map(([label]) => label);
  const labelWidth = ctx.memo(`labels:${set.identity}:${labels.join('|')}`, () =>
    Math.max(...labels.map((label) => widthOf(doc, label, style))),
  );
  const colon = set.identity * 1.1;
  // The table is centred as a block; a fixed value column keeps the labels in the same place on
  // every page (one shared stamp) whatever the length of this person's values.
  const valueWidth = Math.min(area.right - area.left - labelWidth - colon - 40, 420);
  const left = centre - (labelWidth + colon + valueWidth) / 2;
  const sizes = rows.map(
    ([, value]) =>
      fitText(measureFor(ctx, FONT.serif), value, {
        width: valueWidth,
        maxSize: set.identity,
        minSize: 5,
        maxLines: 1,
      }).size,
  );
  const step = set.identity * 1.5;
  return {
    height: rows.length * step,
    gap: 6,
    weight: 1,
    key: `identity:${set.identity}:${labels.join('|')}`,
    drawShared(y) {
      labels.forEach((label, index) => {
        drawLine(doc, label, left, y + index * step, style);
        drawLine(doc, ':', left + labelWidth + colon * 0.3, y + index * step, style);
      });
    },
    drawPersonal(y) {
      rows.forEach(([, value], index) =>
        drawLine(doc, value, left + labelWidth + colon, y + index * step, {
          ...style,
          size: sizes[index] ?? set.identity,
        }),
      );
    },
  };
}

function statementBlock(
  ctx: PageContext,
  template: CertificateTemplate,
  fields: CertificateFields,
  area: BodyArea,
  size: number,
): Block | null {
  const statement = fillPlaceholders(template.body, fields);
  if (statement.trim() === '') return null;
  const centre = (area.left + area.right) / 2;
  const width = Math.min(area.right - area.left - 40, 640);
  const lines = ctx.memo(`wrap:${size}:${width}:${statement}`, () =>
    wrapBalanced(measureFor(ctx, FONT.serif), statement, width, size),
  );
  const step = size * 1.4;
  const style: LineStyle = { font: FONT.serif, size, color: template.colours.text };
  const draw = (y: number) =>
    lines.forEach((text, index) => drawLine(ctx.doc, text, centre, y + index * step, style, 'center'));
  const personal = PERSONAL.some((name) => template.body.includes(`{${name}}`));
  return {
    height: lines.length * step,
    gap: 8,
    weight: 1,
    key: personal ? `statement:${size}:${lines.length}` : `statement:${size}:${statement}`,
    ...(personal ? { drawPersonal: draw } : { drawShared: draw }),
  };
}

function buildBlocks(
  ctx: PageContext,
  template: CertificateTemplate,
  fields: CertificateFields,
  area: BodyArea,
  set: SizeSet,
  bodySize: number,
): Block[] {
  const centre = (area.left + area.right) / 2;
  const { primary, text: ink } = template.colours;
  const titleSize = ctx.memo(`title:${set.title}:${area.right - area.left}:${template.title}`, () => {
    const measure: MeasureText = (t, size) =>
      widthOf(ctx.doc, t, { font: FONT.serifBold, size, color: '', characterSpacing: size * 0.16 });
    return fitText(measure, template.title, {
      width: area.right - area.left,
      maxSize: set.title,
      minSize: 10,
      maxLines: 1,
    }).size;
  });
  const titleStyle = {
    font: FONT.serifBold,
    size: titleSize,
    color: primary,
    characterSpacing: titleSize * 0.16,
  };
  const blocks: (Block | null)[] = [
    centredLine(ctx, template.title, centre, titleStyle, { gap: 4, weight: 1.2, step: 1.15 }),
    fields.nomor === ''
      ? null
      : centredLine(
          ctx,
          `Nomor: ${fields.nomor}`,
          centre,
          { font: FONT.serif, size: 11, color: ink },
          {
            gap: 0,
            weight: 0.3,
            personal: true,
          },
        ),
    template.intro === ''
      ? null
      : centredLine(
          ctx,
          template.intro,
          centre,
          { font: FONT.serifItalic, size: set.intro, color: ink },
          { gap: 8, weight: 1 },
        ),
    nameBlock(ctx, fields, area, set, primary),
    identityBlock(ctx, fields, area, set, ink),
    statementBlock(ctx, template, fields, area, bodySize),
    template.showResult && fields.predikat !== ''
      ? centredLine(
          ctx,
          `dengan predikat ${fields.predikat}${fields.jpm ? ` (Job Person Match ${fields.jpm})` : ''}`,
          centre,
          { font: FONT.serifBold, size: bodySize, color: ink },
          { gap: 2, weight: 0.5, step: 1.4, personal: true },
        )
      : null,
  ];
  return blocks.filter((block): block is Block => block !== null);
}

/** A thin rule with a diamond at its middle, under the name. */
function ornament(doc: PDFKit.PDFDocument, cx: number, y: number, width: number, colour: string): void {
  doc.save();
  doc.lineWidth(0.8);
  doc
    .moveTo(cx - width / 2, y)
    .lineTo(cx - 6, y)
    .stroke(colour);
  doc
    .moveTo(cx + 6, y)
    .lineTo(cx + width / 2, y)
    .stroke(colour);
  doc
    .moveTo(cx, y - 3)
    .lineTo(cx + 3, y)
    .lineTo(cx, y + 3)
    .lineTo(cx - 3, y)
    .closePath()
    .fill(colour);
  doc.restore();
}

const need = (blocks: readonly Block[]) => blocks.reduce((sum, block) => sum + block.height + block.gap, 0);

function chooseBlocks(
  ctx: PageContext,
  template: CertificateTemplate,
  fields: CertificateFields,
  area: BodyArea,
): Block[] {
  const room = area.bottom - area.top;
  for (const set of SIZE_SETS) {
    const blocks = buildBlocks(ctx, template, fields, area, set, set.body);
    if (need(blocks) <= room) return blocks;
  }
  // Even the tightest set is too tall (a very long statement): shrink the statement until it fits.
  const tight = SIZE_SETS[SIZE_SETS.length - 1] as SizeSet;
  let blocks: Block[] = [];
  for (let size = tight.body - 0.5; size >= SMALLEST_BODY; size -= 0.5) {
    blocks = buildBlocks(ctx, template, fields, area, tight, size);
    if (need(blocks) <= room) break;
  }
  return blocks;
}

/** Chooses sizes and places the blocks, spreading the spare height over the gaps. */
export function planCertificateBody(
  ctx: PageContext,
  template: CertificateTemplate,
  fields: CertificateFields,
  area: BodyArea,
): BodyPlan {
  const blocks = chooseBlocks(ctx, template, fields, area);
  const spare = Math.max(0, area.bottom - area.top - need(blocks));
  const weights = blocks.reduce((sum, block) => sum + block.weight, 0) + 1;
  // Gaps grow at most 28 pt each; whatever is left centres the column between header and footer.
  const perWeight = Math.min(spare / weights, 28);
  let y = area.top + (spare - perWeight * (weights - 1)) / 2;
  const tops = blocks.map((block) => {
    y += block.gap + block.weight * perWeight;
    const top = y;
    y += block.height;
    return top;
  });
  return {
    key: blocks.map((block, index) => `${block.key}@${(tops[index] as number).toFixed(2)}`).join(';'),
    drawShared: () => blocks.forEach((block, index) => block.drawShared?.(tops[index] as number)),
    drawPersonal: () => blocks.forEach((block, index) => block.drawPersonal?.(tops[index] as number)),
  };
}
