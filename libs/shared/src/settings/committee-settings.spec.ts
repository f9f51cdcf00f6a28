import {
  COMMITTEE_SETTINGS_SEED,
  committeeSettingProblems,
  committeeSettingsChanges,
  normalizeCommitteeSetting,
  normalizeCommitteeSettings,
  normalizeRecipients,
  validateCommitteeSettings,
  type CommitteeSettingField,
  type CommitteeSettings,
} from './committee-settings.js';
import { normalizePlainLine, plainLineProblems } from './plain-line.js';

describe('normalizePlainLine', () => {
  it.each<[unknown, unknown]>([
    ['  Quảng Ninh  ', 'Quảng Ninh'],
    ['TỈNH   ỦY\tQUẢNG NINH', 'TỈNH ỦY QUẢNG NINH'],
    // Decomposed "Quảng" (a + combining marks), as some keyboards type it, is stored composed.
    ['Qua\u0309ng Ninh', 'Quảng Ninh'],
    ['', ''],
    ['   ', ''],
    // Line breaks are not folded away: the validation refuses them.
    ['a\nb', 'a\nb'],
    [null, null],
    [12, 12],
  ])('%j → %j', (input, expected) => {
    expect(normalizePlainLine(input)).toEqual(expected);
  });
});

describe('plainLineProblems', () => {
  it.each<[string, string, number, string[]]>([
    ['a line', 'Quảng Ninh', 100, []],
    ['empty', '', 100, ['required']],
    ['exactly the limit', 'ạ'.repeat(10), 10, []],
    ['one past the limit', 'a'.repeat(11), 10, ['maxLength']],
    ['an emoji counts as one character', '😀'.repeat(10), 10, []],
    ['a line break', 'TỈNH ỦY\nQUẢNG NINH', 100, ['plainLine']],
    ['NUL', 'a\u0000b', 100, ['plainLine']],
    ['a byte-order mark', '\ufeffQuảng Ninh', 100, ['plainLine']],
    ['half a surrogate pair', 'x\ud800y', 100, ['plainLine']],
  ])('%s', (_label, value, max, rules) => {
    expect(Object.keys(plainLineProblems('place', value, max)).sort()).toEqual(rules.sort());
  });
});

describe('normalizeRecipients', () => {
  it.each<[string, unknown, unknown]>([
    ['a list, trimmed, empty lines dropped', ['  Thường trực Tỉnh ủy (b/c) ', '', '   ', 'Lưu: VT, BCĐ'], ['Thường trực Tỉnh ủy (b/c)', 'Lưu: VT, BCĐ']],
    ['dashes and the end punctuation the document adds', ['- Thường trực Tỉnh ủy (b/c);', '– Các sở, ngành,', '- Lưu: VT, BCĐ.'], ['Thường trực Tỉnh ủy (b/c)', 'Các sở, ngành', 'Lưu: VT, BCĐ']],
    ['one text of lines, as a text area holds them', 'Thường trực Tỉnh ủy (b/c)\r\n\r\n- Lưu: VT\n', ['Thường trực Tỉnh ủy (b/c)', 'Lưu: VT']],
    ['anything else is left for the validation', [1, 'a'], [1, 'a']],
    ['null is left for the validation', null, null],
  ])('%s', (_label, input, expected) => {
    expect(normalizeRecipients(input)).toEqual(expected);
  });
});

describe('normalizeCommitteeSetting', () => {
  it.each<[CommitteeSettingField, unknown, unknown]>([
    ['place', ' Quảng  Ninh ', 'Quảng Ninh'],
    ['signerName', '   ', null],
    ['signerName', ' Nguyễn Văn An ', 'Nguyễn Văn An'],
    ['signerName', null, null],
    ['defaultStyle', 'state', 'state'],
    ['defaultStyle', ' state ', ' state '],
    ['recipients', ['- A;', ''], ['A']],
    ['reminderLadder', { daysBefore: [1, 7, 3], onDueDay: false, repeatEveryDays: null }, { daysBefore: [7, 3, 1], onDueDay: false, repeatEveryDays: null }],
    ['reminderLadder', { daysBefore: [], onDueDay: true, repeatEveryDays: 5, extra: 1 }, { daysBefore: [], onDueDay: true, repeatEveryDays: 5 }],
    // Not valid: kept as given, so that its problems name the days where they were.
    ['reminderLadder', { daysBefore: [3, 3, 0], onDueDay: true, repeatEveryDays: 3 }, { daysBefore: [3, 3, 0], onDueDay: true, repeatEveryDays: 3 }],
    ['reminderLadder', null, null],
  ])('%s: %j → %j', (field, input, expected) => {
    expect(normalizeCommitteeSetting(field, input)).toEqual(expected);
  });

  it('normalises a whole record and leaves the seed as it is', () => {
    expect(normalizeCommitteeSettings(COMMITTEE_SETTINGS_SEED)).toEqual(COMMITTEE_SETTINGS_SEED);
    expect(normalizeCommitteeSettings({ ...COMMITTEE_SETTINGS_SEED, place: ' Lạng  Sơn ', signerName: '' })).toMatchObject({ place: 'Lạng Sơn', signerName: null });
  });
});

describe('committeeSettingProblems', () => {
  it.each<[CommitteeSettingField, unknown, string[]]>([
    ['issuingBody', 'BAN CHỈ ĐẠO CÔNG TÁC THÔNG TIN ĐỐI NGOẠI', []],
    ['issuingBody', '', ['required']],
    ['issuingBody', 'A'.repeat(200), []],
    ['issuingBody', 'A'.repeat(201), ['maxLength']],
    ['partyParentBody', 'TỈNH ỦY\nQUẢNG NINH', ['plainLine']],
    ['stateParentBody', null, ['isString']],
    ['partySignerAuthority', 'T'.repeat(101), ['maxLength']],
    ['stateSignerAuthority', '', ['required']],
    ['signerTitle', 42, ['isString']],
    ['signerName', null, []],
    ['signerName', 'Nguyễn Văn An', []],
    ['signerName', 'x'.repeat(101), ['maxLength']],
    ['place', 'Quảng Ninh', []],
    ['place', '', ['required']],
    ['defaultStyle', 'party', []],
    ['defaultStyle', 'state', []],
    ['defaultStyle', 'STATE', ['isIn']],
    ['defaultStyle', null, ['isIn']],
    ['recipients', ['Lưu: VT'], []],
    ['recipients', [], ['arrayMinSize']],
    ['recipients', Array.from({ length: 30 }, (_, i) => `Nơi nhận ${i}`), []],
    ['recipients', Array.from({ length: 31 }, (_, i) => `Nơi nhận ${i}`), ['arrayMaxSize']],
    ['recipients', ['a'.repeat(301)], ['maxLength']],
    ['recipients', ['Lưu: VT', ''], ['required']],
    ['recipients', ['Lưu: VT', 3], ['isString']],
    ['recipients', 'Lưu: VT', ['isArray']],
    ['reminderLadder', { daysBefore: [7, 3, 1], onDueDay: true, repeatEveryDays: 3 }, []],
    ['reminderLadder', { daysBefore: [], onDueDay: false, repeatEveryDays: null }, []],
    ['reminderLadder', { daysBefore: [0, 61], onDueDay: true, repeatEveryDays: 31 }, ['range']],
    ['reminderLadder', { daysBefore: [3, 3], onDueDay: 'có', repeatEveryDays: 3 }, ['unique', 'isBoolean']],
    ['reminderLadder', 'mặc định', ['isObject']],
  ])('%s = %j → %j', (field, value, rules) => {
    expect(Object.keys(committeeSettingProblems(field, value)).sort()).toEqual([...rules].sort());
  });

  it('names the recipient line that is wrong', () => {
    expect(committeeSettingProblems('recipients', ['Lưu: VT', 'a'.repeat(301)])).toEqual({ maxLength: 'recipients line 2 must be at most 300 characters' });
  });
});

describe('validateCommitteeSettings', () => {
  it('accepts the seed', () => {
    expect(validateCommitteeSettings(COMMITTEE_SETTINGS_SEED)).toEqual([]);
  });

  it('checks only the fields given, one error per field with its constraints', () => {
    expect(validateCommitteeSettings({ place: '', defaultStyle: 'nhà nước' })).toEqual([
      { field: 'place', constraints: { required: 'place must not be empty' } },
      { field: 'defaultStyle', constraints: { isIn: 'defaultStyle must be one of party, state' } },
    ]);
    expect(validateCommitteeSettings({})).toEqual([]);
  });

  it('names the ladder\'s wrong parts down to the day, under reminderLadder', () => {
    expect(validateCommitteeSettings({ reminderLadder: { daysBefore: [7, 0, 7], onDueDay: true, repeatEveryDays: 0 } }).map((e) => [e.field, Object.keys(e.constraints)])).toEqual([
      ['reminderLadder.daysBefore.1', ['range']],
      ['reminderLadder.daysBefore.2', ['unique']],
      ['reminderLadder.repeatEveryDays', ['range']],
    ]);
    expect(validateCommitteeSettings({ reminderLadder: undefined }).map((e) => e.field)).toEqual(['reminderLadder']);
  });
});

describe('committeeSettingsChanges', () => {
  const before: CommitteeSettings = COMMITTEE_SETTINGS_SEED;
  it.each<[string, Partial<CommitteeSettings>, string[]]>([
    ['nothing', {}, []],
    ['the place', { place: 'Lạng Sơn' }, ['place']],
    ['the signer and the recipients', { signerName: 'Nguyễn Văn An', recipients: ['Lưu: VT'] }, ['signerName', 'recipients']],
    ['the same recipients in a new list', { recipients: [...COMMITTEE_SETTINGS_SEED.recipients] }, []],
    ['the order of the recipients', { recipients: [...COMMITTEE_SETTINGS_SEED.recipients].reverse() }, ['recipients']],
    ['the reminder ladder', { reminderLadder: { daysBefore: [5], onDueDay: true, repeatEveryDays: null } }, ['reminderLadder']],
    ['the same ladder in a new object', { reminderLadder: { ...COMMITTEE_SETTINGS_SEED.reminderLadder, daysBefore: [7, 3, 1] } }, []],
    ['the same ladder with its keys in another order (as jsonb reads it)', { reminderLadder: { onDueDay: true, daysBefore: [7, 3, 1], repeatEveryDays: 3 } }, []],
  ])('%s', (_label, change, fields) => {
    const after = { ...before, ...change };
    const changes = committeeSettingsChanges(before, after);
    expect(Object.keys(changes.after)).toEqual(fields);
    expect(Object.keys(changes.before)).toEqual(fields);
    for (const field of fields) expect(changes.before[field as keyof CommitteeSettings]).toEqual(before[field as keyof CommitteeSettings]);
  });
});
