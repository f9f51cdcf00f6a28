/**
 * Advance widths of Times New Roman (as its metric twin Liberation Serif measures them, in
 * thousandths of an em) for the letters Vietnamese capitals and headings use. The export needs them
 * to draw the rules of the header block exactly as long as the text above them (Nghị định 30:
 * "solid rule under it, as long as the line"): Word has no "underline the paragraph's text" border.
 * Diacritics do not change a letter's advance, so "Ộ" measures as "O".
 */
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const REGULAR = [722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611,
  444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444];
const BOLD = [722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667,
  500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444];
const OTHERS: Record<string, [number, number]> = {
  ' ': [250, 250], '-': [333, 333], ',': [250, 250], '.': [250, 250], ':': [278, 333], '/': [278, 278], '*': [500, 500],
  '(': [333, 333], ')': [333, 333], '&': [778, 833],
};

function advance(ch: string, bold: boolean): number {
  const base = ch.normalize('NFD').charAt(0).replace('Đ', 'D').replace('đ', 'd');
  const i = LETTERS.indexOf(base);
  if (i >= 0) return (bold ? BOLD : REGULAR)[i]!;
  if (/[0-9]/.test(base)) return 500;
  return OTHERS[base]?.[bold ? 1 : 0] ?? 500;
}

/** Width of a line of text in twips (1/20 pt) at the given size. */
export function textWidthTwips(text: string, sizePt: number, bold = false): number {
  let units = 0;
  for (const ch of text) units += advance(ch, bold);
  return Math.round((units / 1000) * sizePt * 20);
}
