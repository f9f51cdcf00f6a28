/** House colours: a deep state red for the header band, a sober blue for actions. */
export const HEADER_BACKGROUND = '#9e1b1e';
export const HEADER_ACCENT = '#f6c445';
export const PRIMARY_COLOR = '#1a4f8b';

/** System fonts with full Vietnamese coverage (Segoe UI, Roboto, Noto Sans all carry the diacritics). */
export const FONT_FAMILY =
  "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif";
