/**
 * Chunk groups for the way into the app, in the order its code is needed (issue #14).
 *
 * Left to itself, Rolldown puts each module in a chunk shared by exactly the screens that use it:
 * with about thirty lazy screens that makes many 1–3 KB files, and the leader's dashboard needed
 * 76 of them. On a 150 ms HTTP/1.1 line each file costs a round trip on one of six connections,
 * so the files cost more than their bytes. The router loads its screens in a known order, which
 * Rolldown cannot see: the app itself (app/index.tsx) before any screen, then the sign-in page, or
 * the signed-in layout (routes/app/root.tsx) before any signed-in screen. So the modules are put in
 * a few files by which of these steps need them:
 *
 *   app-start        what app/index.tsx needs (every visit, before any screen)
 *   screens-common   what both the sign-in page and the signed-in layout need
 *   login-dashboard  what the sign-in page and the leader's dashboard need, and the layout does not
 *   app-shell        what the signed-in layout needs, and the sign-in page does not
 *   leader-dashboard what the leader's dashboard (dashboard.tsx, period-dashboard.tsx) needs, and
 *                    neither the layout nor the sign-in page does
 *
 * Every module in a file is needed by every visit that loads the file, except on other signed-in
 * screens that share a piece of the dashboard's file (they load it after the layout, as they would
 * have loaded the smaller pieces). Anything else, and what main.tsx needs (its own groups in
 * vite.config.mts), is left to Rolldown's automatic splitting. A group also takes the modules its
 * modules import; the groups are ordered so that those are always already claimed by an earlier
 * one, and the sign-in page never loads a file of the signed-in layout or the dashboard.
 *
 * "Needs" is followed through static imports only (a dynamic import is a later step). antd is
 * imported through its index, which re-exports every component: through it only the components
 * the importing module names are followed, or every screen would seem to need all of antd.
 */
import path from 'node:path';

/** The steps, by source module (relative to apps/web). */
const MAIN = 'src/main.tsx';
const APP = 'src/app/index.tsx';
const LOGIN = 'src/app/routes/auth/login.tsx';
const LAYOUT = 'src/app/routes/app/root.tsx';
const DASHBOARD = ['src/app/routes/app/dashboard.tsx', 'src/app/routes/app/period-dashboard.tsx'];

/** Index modules that re-export a package's parts by name (`export { default as Button } from './button'`). */
const NAMED_INDEXES = [/[\\/]node_modules[\\/]antd[\\/]es[\\/]index\.js$/];

const NAMED_IMPORT = /import\s*\{([^}]*)\}\s*from\s*["']([^"']+)["']/g;
const NAMED_REEXPORT = /export\s*\{([^}]*)\}\s*from\s*["']([^"']+)["']/g;

/** `Button, App as AntApp, type FormProps` → the names as the exporting module calls them. */
function importedNames(list) {
  return list
    .split(',')
    .map((part) => part.trim().replace(/^type\s+/, ''))
    .filter(Boolean)
    .map((part) => part.split(/\s+as\s+/)[0]);
}

/** `default as Button, theme` → the names the index exports. */
function exportedNames(list) {
  return list
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => part.split(/\s+as\s+/).pop());
}

/**
 * @param {string} projectRoot apps/web, absolute, ending in a separator
 * @returns the codeSplitting groups, lowest priority `basePriority`
 */
export function leaderPathGroups(projectRoot, basePriority = 1) {
  const source = (relative) => path.join(projectRoot, relative);
  /** @type {Map<string, string | null> | null} module id → group name, worked out once per build */
  let groupOf = null;

  /** Per index module: exported name → the module that defines it. */
  const indexExports = new Map();
  function exportsOf(index, getModuleInfo) {
    if (!indexExports.has(index)) {
      const byName = new Map();
      const info = getModuleInfo(index);
      for (const [, list, specifier] of (info?.code ?? '').matchAll(NAMED_REEXPORT)) {
        const target = path.join(path.dirname(index), specifier);
        const resolved = info.importedIds.find((id) => id === `${target}.js` || id.startsWith(`${target}${path.sep}index.`));
        if (resolved) for (const name of exportedNames(list)) byName.set(name, resolved);
      }
      indexExports.set(index, byName);
    }
    return indexExports.get(index);
  }

  /** The modules `id` imports statically; through a named index, only the parts `id` names. */
  function importsOf(id, getModuleInfo) {
    const info = getModuleInfo(id);
    if (!info) return [];
    const result = [];
    for (const imported of info.importedIds) {
      if (!NAMED_INDEXES.some((pattern) => pattern.test(imported))) {
        result.push(imported);
        continue;
      }
      const byName = exportsOf(imported, getModuleInfo);
      const packageDir = imported.slice(0, imported.lastIndexOf('node_modules') + 'node_modules'.length + 1);
      const packageName = imported.slice(packageDir.length).split(/[\\/]/)[0];
      for (const [, list, specifier] of (info.code ?? '').matchAll(NAMED_IMPORT)) {
        if (specifier !== packageName) continue;
        for (const name of importedNames(list)) {
          // A name the index does not list by name: follow the whole index rather than miss a part.
          result.push(byName.get(name) ?? imported);
        }
      }
    }
    return result;
  }

  function reachableFrom(starts, getModuleInfo) {
    const seen = new Set();
    const pending = [...starts];
    while (pending.length > 0) {
      const id = pending.pop();
      if (seen.has(id)) continue;
      seen.add(id);
      pending.push(...importsOf(id, getModuleInfo));
    }
    return seen;
  }

  function classify(id, getModuleInfo) {
    if (!groupOf) {
      groupOf = new Map();
      const reach = (...modules) => reachableFrom(modules.map(source), getModuleInfo);
      const main = reach(MAIN);
      const app = reach(APP);
      const login = reach(LOGIN);
      const layout = reach(LAYOUT);
      const dashboard = reach(...DASHBOARD);
      const screens = new Set([MAIN, APP, LOGIN, LAYOUT, ...DASHBOARD].map(source));
      for (const module of new Set([...app, ...login, ...layout, ...dashboard])) {
        let group = null;
        if (screens.has(module) || main.has(module)) group = null;
        else if (app.has(module)) group = 'app-start';
        else if (login.has(module) && layout.has(module)) group = 'screens-common';
        else if (login.has(module) && dashboard.has(module)) group = 'login-dashboard';
        else if (login.has(module)) group = null;
        else if (layout.has(module)) group = 'app-shell';
        else if (dashboard.has(module)) group = 'leader-dashboard';
        groupOf.set(module, group);
      }
    }
    return groupOf.get(id) ?? null;
  }

  const names = ['leader-dashboard', 'app-shell', 'login-dashboard', 'screens-common', 'app-start'];
  return names.map((name, index) => ({
    name: (id, ctx) => (classify(id, (other) => ctx.getModuleInfo(other)) === name ? name : null),
    debugName: name,
    priority: basePriority + index,
  }));
}

/**
 * index.html asks for the code every screen needs (the app and what the sign-in page and the
 * signed-in layout share) beside main.tsx's own, instead of after main.tsx has run and imported
 * the app: on a 150 ms line that code then starts about 0.35 s sooner. Only files every visit
 * loads anyway; the layout's and the dashboard's are still asked for once the address is known
 * (app/routes/initial-data.ts).
 * @param {string} projectRoot apps/web, absolute, ending in a separator
 * @returns {import('vite').Plugin}
 */
export function preloadEveryScreensCode(projectRoot) {
  const app = path.join(projectRoot, APP);
  return {
    name: 'giao-ban:preload-every-screens-code',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return html;
        const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
        const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
        const alreadyInHtml = new Set();
        const collect = (chunk, into) => {
          if (into.has(chunk.fileName)) return;
          into.add(chunk.fileName);
          for (const imported of chunk.imports) collect(byFile.get(imported), into);
        };
        for (const entry of chunks.filter((chunk) => chunk.isEntry)) collect(entry, alreadyInHtml);
        const everyScreen = new Set();
        for (const chunk of chunks.filter((candidate) => candidate.facadeModuleId === app || candidate.name === 'screens-common')) {
          collect(chunk, everyScreen);
        }
        return [...everyScreen]
          .filter((file) => !alreadyInHtml.has(file))
          .map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` }, injectTo: 'head' }));
      },
    },
  };
}
