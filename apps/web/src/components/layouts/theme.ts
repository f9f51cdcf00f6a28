import type { ThemeConfig } from 'antd';

/** House colours: a deep state red for the header band, a sober blue for actions. */
export const HEADER_BACKGROUND = '#9e1b1e';
export const HEADER_ACCENT = '#f6c445';
export const PRIMARY_COLOR = '#1a4f8b';
export const PRIMARY_HOVER_COLOR = '#366799';
/** Secondary text (captions, footers, hints): 7.0:1 on white, 6.4:1 on the page's grey. */
export const TEXT_SECONDARY = '#595959';

/** System fonts with full Vietnamese coverage (Segoe UI, Roboto, Noto Sans all carry the diacritics). */
export const FONT_FAMILY =
  "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif";

/**
 * antd's defaults put secondary text, red deadlines and the coloured tags' text between 2.4:1 and
 * 3.4:1 against their backgrounds; WCAG AA asks 4.5:1 for text this size. The values here keep
 * every one of them at 4.5:1 or more on white and on the page's grey (#f5f5f5), ratios in brackets.
 */
export const THEME: ThemeConfig = {
  token: {
    colorPrimary: PRIMARY_COLOR,
    colorLink: PRIMARY_COLOR,
    // antd derives the hover shade from the primary's 4th palette step, #5580a6 (4.2:1): a hovered
    // link or link button (and, on a phone, the one a tap last landed on) would fall below 4.5:1.
    // The 5th step keeps hover visibly lighter than #1a4f8b, for text on white and white on it.
    colorPrimaryHover: PRIMARY_HOVER_COLOR, // 5.9
    colorLinkHover: PRIMARY_HOVER_COLOR,
    borderRadius: 6,
    fontFamily: FONT_FAMILY,
    colorTextSecondary: TEXT_SECONDARY,
    colorTextTertiary: '#666666', // 5.7, 5.2
    colorTextDescription: TEXT_SECONDARY,
    colorTextPlaceholder: '#737373', // 4.7 on white
    // Status colours are also the text of status tags and of type="danger|success|warning" text.
    colorError: '#cf1322', // 5.6
    colorErrorText: '#cf1322',
    colorSuccess: '#237804', // 5.7 on white, 5.4 on its own light background
    colorSuccessText: '#237804',
    colorWarning: '#ad4e00', // 5.4
    colorWarningText: '#ad4e00',
    colorInfoText: PRIMARY_COLOR,
  },
  components: {
    Menu: { itemSelectedBg: '#e8eef7', itemSelectedColor: PRIMARY_COLOR },
    // A preset tag's text is its palette's 7th shade: the 8th here, on the same pale background.
    Tag: {
      green7: '#237804',
      orange7: '#ad4e00',
      cyan7: '#006d75',
      gold7: '#874d00',
      lime7: '#3f6600',
      volcano7: '#ad2102',
    },
  },
};
