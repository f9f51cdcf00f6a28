import {
  defaultTaskGroupShortName,
  normalizeTaskGroupShortName,
  taskGroupLabel,
  taskGroupShortNameProblems,
  TASK_GROUP_SHORT_NAME_MAX_LENGTH,
} from './task-group-short-name.js';

describe(defaultTaskGroupShortName.name, () => {
  it.each<[string, string, string]>([
    [
      'the first clause of a title that lists its details after a comma',
      'tăng cường thông tin, tuyên truyền, quảng bá hình ảnh Quảng Ninh là điểm đến an toàn',
      'Tăng cường thông tin',
    ],
    [
      'a semicolon ends the clause as a comma does',
      'nâng cao công tác nghiên cứu; định hướng dư luận',
      'Nâng cao công tác nghiên cứu',
    ],
    [
      'a short title whole, capitalised, with its spaces tidied',
      '  tổ chức tập huấn   về công tác thông tin đối ngoại ',
      'Tổ chức tập huấn về công tác thông tin đối ngoại',
    ],
    [
      'a long first clause cut after the last whole word that fits with the ellipsis',
      'tập trung thực hiện tốt công tác thông tin đối ngoại gắn với thực hiện các chỉ thị, Nghị quyết',
      'Tập trung thực hiện tốt công tác thông tin đối ngoại gắn…',
    ],
    ['a title already capitalised kept as written', 'Đối ngoại nhân dân', 'Đối ngoại nhân dân'],
    ['a title starting with a comma falls back to the whole title', ', tiếp tục chỉ đạo', ', tiếp tục chỉ đạo'],
    ['an empty title', '   ', ''],
  ])('%s', (_case, title, expected) => {
    expect(defaultTaskGroupShortName(title)).toBe(expected);
  });

  it('never exceeds the maximum length, even for one word longer than it', () => {
    const word = 'a'.repeat(TASK_GROUP_SHORT_NAME_MAX_LENGTH + 10);
    const name = defaultTaskGroupShortName(word);
    expect(name).toHaveLength(TASK_GROUP_SHORT_NAME_MAX_LENGTH);
    expect(name.endsWith('…')).toBe(true);
  });
});

describe(taskGroupShortNameProblems.name, () => {
  const longest = 'Đ'.repeat(TASK_GROUP_SHORT_NAME_MAX_LENGTH);
  it.each<[string, unknown, string[]]>([
    ['a short name a leader can read', 'Quảng bá hình ảnh Quảng Ninh', []],
    ['exactly the longest allowed', longest, []],
    ['one character too long', `${longest}a`, ['maxLength']],
    ['blank once trimmed', normalizeTaskGroupShortName('   '), ['required']],
    ['a line break', 'Tập huấn\ncán bộ', ['plainLine']],
    ['not text', 42, ['isString']],
    ['null', null, ['isString']],
  ])('%s', (_case, value, constraints) => {
    expect(Object.keys(taskGroupShortNameProblems(value)).sort()).toEqual(constraints);
  });

  it('counts a character written as a surrogate pair once, as a reader does', () => {
    expect(taskGroupShortNameProblems('😀'.repeat(TASK_GROUP_SHORT_NAME_MAX_LENGTH))).toEqual({});
  });

  it('every default made from a title passes, so a group saved without a short name is always valid', () => {
    const titles = ['tăng cường thông tin, tuyên truyền', 'a'.repeat(500), `${'dài '.repeat(40)}, hết`, 'Đối ngoại nhân dân'];
    for (const title of titles) expect(taskGroupShortNameProblems(defaultTaskGroupShortName(title))).toEqual({});
  });
});

describe('normalizeTaskGroupShortName', () => {
  it.each<[unknown, unknown]>([
    ['  Sự kiện   đối ngoại ', 'Sự kiện đối ngoại'],
    ['Tập\thuấn', 'Tập huấn'],
    // "ấ" typed as a + two combining marks is stored composed, so the length bound counts letters
    ['Tập hua\u0302\u0301n', 'Tập huấn'],
    [undefined, undefined],
  ])('%j → %j', (input, expected) => {
    expect(normalizeTaskGroupShortName(input)).toBe(expected);
  });
});

describe(taskGroupLabel.name, () => {
  it.each<[number, string, string]>([
    [1, 'tập trung thực hiện tốt công tác thông tin đối ngoại', '(1) Tập trung thực hiện tốt công tác thông tin đối ngoại'],
    [5, 'đối ngoại nhân dân', '(5) Đối ngoại nhân dân'],
    [8, 'Giải thưởng toàn quốc', '(8) Giải thưởng toàn quốc'],
  ])('(%i) %s', (ordinal, title, expected) => {
    expect(taskGroupLabel(ordinal, title)).toBe(expected);
  });
});
