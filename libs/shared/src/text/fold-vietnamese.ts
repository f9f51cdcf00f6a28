/**
 * Text as a search compares it: lower case, without Vietnamese tone and vowel marks, "đ" as "d".
 * "Nguyễn Văn Đức" and "nguyen van duc" fold to the same text, so people find a name however they
 * typed it. The database folds stored names the same way (SQL function `fold_vietnamese`,
 * migration 1764520000000); a test checks both agree on every Vietnamese letter.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

/** Every letter of Vietnamese that carries a mark (and đ), lower case then upper case. */
export const VIETNAMESE_MARKED_LETTERS = (() => {
  const lower =
    'àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ';
  return lower + lower.toUpperCase();
})();
