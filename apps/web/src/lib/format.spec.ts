import { formatDateTime, formatInstant, formatNumber, formatNumberInput, parseNumberInput } from './format';

describe('one formatter each', () => {
  it('writes a date-time one way, HH:mm dd/MM/yyyy on the Vietnamese clock, in both languages', () => {
    const at = '2026-12-02T07:45:00.000Z';
    expect(formatDateTime(at)).toBe('14:45 02/12/2026');
    expect(formatInstant(at, 'vi')).toBe('14:45 02/12/2026');
    expect(formatInstant(at, 'en')).toBe('14:45 02/12/2026');
  });

  it('groups figures the Vietnamese way in both languages', () => {
    expect(formatNumber(1811, 'vi')).toBe('1.811');
    expect(formatNumber(1811, 'en')).toBe('1.811');
    expect(formatNumber(2.5)).toBe('2,5');
  });

  it('shows a typed figure grouped in the input and reads it back', () => {
    expect(formatNumberInput(1811)).toBe('1.811');
    expect(formatNumberInput('1234567.5')).toBe('1.234.567,5');
    expect(formatNumberInput('')).toBe('');
    expect(parseNumberInput('1.811')).toBe('1811');
    expect(parseNumberInput('1.234.567,5')).toBe('1234567.5');
  });
});
