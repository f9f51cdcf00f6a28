import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

/**
 * The web lint rules that guard the structure, run on code that breaks them: a feature importing
 * another (by alias and by relative path), shared code importing a feature, and an import cycle.
 * ESLint's config is an ES module, so it runs in its own Node process.
 */
interface LintedFile {
  filePath: string;
  messages: { ruleId: string | null; message: string }[];
}

const workspaceRoot = resolve(__dirname, '../../../..');

const script = `
import { ESLint } from 'eslint';
const eslint = new ESLint({ overrideConfigFile: 'apps/web/eslint.config.mjs', ignore: false });
const texts = JSON.parse(process.argv[1]);
const results = await eslint.lintFiles(['apps/web/src/testing/lint-fixtures']);
for (const [filePath, code] of Object.entries(texts)) results.push(...(await eslint.lintText(code, { filePath })));
console.log(JSON.stringify(results.map(({ filePath, messages }) => ({ filePath, messages }))));
`;

const texts: Record<string, string> = {
  'apps/web/src/features/summary/components/imports-reports-by-alias.tsx':
    "import { draftKey } from '@/features/reports/utils/draft-storage';\nexport const key = draftKey;\n",
  'apps/web/src/features/summary/components/imports-reports-by-path.tsx':
    "import { draftKey } from '../../reports/utils/draft-storage';\nexport const key = draftKey;\n",
  'apps/web/src/features/summary/components/imports-its-own-feature.tsx':
    "import { SummaryScreen } from './summary-screen';\nexport const Screen = SummaryScreen;\n",
  'apps/web/src/components/imports-a-feature.tsx':
    "import { draftKey } from '@/features/reports/utils/draft-storage';\nexport const key = draftKey;\n",
};

function lint(): LintedFile[] {
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(texts)], {
    cwd: workspaceRoot,
    encoding: 'utf8',
  });
  return JSON.parse(output) as LintedFile[];
}

function rulesBroken(files: LintedFile[], pathEnd: string): (string | null)[] {
  const file = files.find((linted) => linted.filePath.replaceAll('\\', '/').endsWith(pathEnd));
  if (!file) throw new Error(`${pathEnd} was not linted`);
  return file.messages.map((message) => message.ruleId);
}

describe('web lint rules', () => {
  let files: LintedFile[];
  beforeAll(() => {
    files = lint();
  }, 120_000);

  it('refuses a feature importing another feature, by alias or by relative path', () => {
    expect(rulesBroken(files, 'summary/components/imports-reports-by-alias.tsx')).toContain('no-restricted-imports');
    expect(rulesBroken(files, 'summary/components/imports-reports-by-path.tsx')).toContain('import-x/no-restricted-paths');
  });

  it('lets a feature import its own files', () => {
    expect(rulesBroken(files, 'summary/components/imports-its-own-feature.tsx')).toEqual([]);
  });

  it('refuses shared components importing a feature', () => {
    expect(rulesBroken(files, 'src/components/imports-a-feature.tsx')).toContain('no-restricted-imports');
  });

  it('refuses an import cycle, through a relative path and through the @/ alias', () => {
    expect(rulesBroken(files, 'lint-fixtures/cycle-first.ts')).toEqual(['import-x/no-cycle']);
    expect(rulesBroken(files, 'lint-fixtures/cycle-second.ts')).toEqual(['import-x/no-cycle']);
  });
});
