import { defaultTaskGroupShortName, TASK_GROUP_SHORT_NAME_MAX_LENGTH } from './task-group-short-name.js';

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
