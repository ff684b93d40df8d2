// Reads the SPA's translatable strings from two places: the t("web.x", "Source") and
// tn("web.x", "%n things", count) calls in resources/web/js, and the declarations in
// resources/web/strings that Qt's lupdate reads: QT_TRANSLATE_NOOP("web.x", "Source"); for t(),
// qsTranslate("web.x", "%n things", "", n); (a plural message) for tn(). Each entry says its kind
// ("text" or "plural"). Used by catalogue.test.mjs.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const WEB_DIR = new URL('../../resources/web/', import.meta.url).pathname;

const STRING = String.raw`"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'`;
// t( not preceded by an identifier character, a dot (method calls such as split() or .t()), or
// "function " (the definition itself).
const CALL = /(?<![\w$.])(?<!function\s+)tn?\(/g;
const LITERAL_CALL = new RegExp(String.raw`^(tn?)\(\s*(${STRING})\s*,\s*(${STRING})\s*[,)]`);
const DECLARATION = new RegExp(String.raw`^QT_TRANSLATE_NOOP\(\s*(${STRING})\s*,\s*(${STRING})\s*\);$`);
const PLURAL_DECLARATION = new RegExp(String.raw`^qsTranslate\(\s*(${STRING})\s*,\s*(${STRING})\s*,\s*""\s*,\s*n\s*\);$`);

function decode(literal) {
  const body = literal.slice(1, -1);
  if (literal.startsWith("'")) {
    return JSON.parse(`"${body.replace(/\\'/g, "'").replace(/(?<!\\)"/g, '\\"')}"`);
  }
  return JSON.parse(literal);
}

function listFiles(dir, extension) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listFiles(path, extension);
    return entry.name.endsWith(extension) ? [path] : [];
  });
}

// Blanks comments but keeps line breaks, so line numbers stay right. A "//" counts as a comment
// only at a line start or after whitespace, which keeps "https://" and `${scheme}//` in strings.
function stripComments(source) {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '))
    .replace(/(^|\s)\/\/.*$/gm, '$1');
}

function lineOf(source, index) {
  return source.slice(0, index).split('\n').length;
}

export const key = (context, source) => `${context}\u0000${source}`;

// Returns { used: Map(key -> {context, source, where}), problems: [string] }.
export function scanCalls(dir = join(WEB_DIR, 'js')) {
  const used = new Map();
  const problems = [];
  for (const file of listFiles(dir, '.js')) {
    const source = stripComments(readFileSync(file, 'utf8'));
    for (const match of source.matchAll(CALL)) {
      const where = `${relative(WEB_DIR, file)}:${lineOf(source, match.index)}`;
      const literal = LITERAL_CALL.exec(source.slice(match.index));
      if (!literal) {
        problems.push(`${where}: t() and tn() must be called with two string literals first (lupdate cannot see anything else)`);
        continue;
      }
      const kind = literal[1] === 'tn' ? 'plural' : 'text';
      const context = decode(literal[2]);
      const text = decode(literal[3]);
      if (kind === 'plural' && !text.includes('%n')) problems.push(`${where}: a tn() source needs %n for the count`);
      if (!used.has(key(context, text))) used.set(key(context, text), { context, source: text, kind, where });
    }
  }
  return { used, problems };
}

// Returns { declared: Map(key -> {context, source, where}), problems: [string] }.
export function scanDeclarations(dir = join(WEB_DIR, 'strings')) {
  const declared = new Map();
  const problems = [];
  for (const file of listFiles(dir, '.js')) {
    const feature = file.split('/').pop().replace(/\.js$/, '');
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((rawLine, index) => {
        const line = rawLine.trim();
        const where = `${relative(WEB_DIR, file)}:${index + 1}`;
        if (line === '' || line.startsWith('//')) return;
        const plural = PLURAL_DECLARATION.exec(line);
        const match = plural ?? DECLARATION.exec(line);
        if (!match) {
          problems.push(`${where}: expected QT_TRANSLATE_NOOP("web.${feature}", "..."); or qsTranslate("web.${feature}", "%n ...", "", n); on its own line`);
          return;
        }
        const kind = plural ? 'plural' : 'text';
        const context = decode(match[1]);
        const source = decode(match[2]);
        if (context !== `web.${feature}`) problems.push(`${where}: context "${context}" belongs in strings/${context.replace(/^web\./, '')}.js`);
        if (declared.has(key(context, source))) problems.push(`${where}: "${source}" is declared twice`);
        declared.set(key(context, source), { context, source, kind, where });
      });
  }
  return { declared, problems };
}
