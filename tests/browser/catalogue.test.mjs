// Every string the SPA translates must reach the translators: each t("web.x", "Source") call in
// resources/web/js needs a QT_TRANSLATE_NOOP declaration in resources/web/strings (which lupdate
// reads into translations/*.ts), and each declaration must still be used.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanCalls, scanDeclarations } from './catalogue.mjs';

const calls = scanCalls();
const declarations = scanDeclarations();

test('t() is only called with literal context and source', () => {
  assert.deepEqual(calls.problems, []);
  assert.ok(calls.used.size > 0, 'found no t() calls at all: is the scanner broken?');
});

test('the strings/ files hold only well-formed declarations', () => {
  assert.deepEqual(declarations.problems, []);
});

test('contexts are named web.<feature>', () => {
  const bad = [...calls.used.values()].filter((s) => !/^web\.[a-z][a-z0-9-]*$/.test(s.context));
  assert.deepEqual(bad.map((s) => `${s.where}: "${s.context}"`), []);
});

test('every string used in js/ is declared in strings/', () => {
  const missing = [...calls.used.entries()]
    .filter(([k]) => !declarations.declared.has(k))
    .map(([, s]) => (s.kind === 'plural' ? `${s.where}: qsTranslate(${JSON.stringify(s.context)}, ${JSON.stringify(s.source)}, "", n);` : `${s.where}: QT_TRANSLATE_NOOP(${JSON.stringify(s.context)}, ${JSON.stringify(s.source)});`));
  assert.deepEqual(missing, [], 'declare these in resources/web/strings/<feature>.js');
});

test('t() strings are declared as plain messages and tn() strings as plural ones', () => {
  const mismatched = [...calls.used.entries()]
    .filter(([k, s]) => declarations.declared.has(k) && declarations.declared.get(k).kind !== s.kind)
    .map(([, s]) => `${s.where}: "${s.source}" is ${s.kind === 'plural' ? 'tn()' : 't()'} but declared as ${s.kind === 'plural' ? 'QT_TRANSLATE_NOOP' : 'qsTranslate(..., "", n)'}`);
  assert.deepEqual(mismatched, []);
});

test('every string declared in strings/ is used in js/', () => {
  const unused = [...declarations.declared.entries()]
    .filter(([k]) => !calls.used.has(k))
    .map(([, s]) => `${s.where}: ${s.context} "${s.source}"`);
  assert.deepEqual(unused, [], 'remove these declarations, or use them');
});

