import { Packer, type Document } from 'docx';

/**
 * An element as docx's formatter gives it (`prepForXml`): `{ name: content }`, the content an
 * object of attributes (`_attr`), an array of children (and of `{ _attr }`), or a text.
 */
export type FormattedElement = Record<string, unknown>;

/**
 * The compiler `Packer` writes with. Its members are not in docx's typings: docx is pinned at
 * 9.15.2, and summaries-docx-xml.spec fails loudly if they move.
 */
interface DocxCompiler {
  compile(file: Document, prettify: undefined, overrides: never[]): Map<string, string | Uint8Array>;
  formatter: { format(component: unknown, context: unknown): FormattedElement };
  numberingReplacer: { replace(xml: string, concreteNumberings: unknown): string };
}

export function docxCompiler(): DocxCompiler {
  const compiler = (Packer as unknown as { compiler?: Partial<DocxCompiler> }).compiler;
  if (!compiler?.compile || !compiler.formatter?.format || !compiler.numberingReplacer?.replace) {
    throw new Error('docx no longer exposes Packer.compiler, its formatter and its numbering replacer: see docx-xml.ts');
  }
  return compiler as DocxCompiler;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };
// eslint-disable-next-line no-control-regex
const ESCAPED = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g;
const escapeValue = (value: unknown): unknown => (typeof value === 'string' ? value.replace(ESCAPED, (c) => ESCAPES[c] ?? '') : value);
const written = (value: unknown): string => (value === undefined ? '' : String(escapeValue(value)));

function firstKey(object: object): string | undefined {
  for (const key in object) return key;
  return undefined;
}

function attributesOf(attributes: Record<string, unknown>): string {
  let out = '';
  for (const key in attributes) out += ` ${key}="${String(escapeValue(attributes[key]))}"`;
  return out;
}

/**
 * The XML of an element formatted by docx, exactly as docx's Packer writes it (its serialiser,
 * `stringifyXmlable`, is not exported): the same escaping — control characters dropped — the same
 * empty and self-closed forms, and the same quirk that a text child replaces the child before it.
 * It writes what docx decided, element by element; it decides nothing. The spec compares it with
 * docx's own document.xml for everything the summary writes.
 */
export function xmlOf(element: FormattedElement): string {
  const name = firstKey(element);
  const values = name === undefined ? undefined : element[name];
  let attributes = '';
  const content: string[] = [];
  if (typeof values === 'object') {
    if (values !== null) {
      const { _attr: attr, _cdata: cdata } = values as { _attr?: Record<string, unknown>; _cdata?: string };
      if (attr) attributes += attributesOf(attr);
      if (cdata) content.push(`<![CDATA[${cdata.replace(/\]\]>/g, ']]]]><![CDATA[>')}]]>`);
      if (Array.isArray(values)) {
        let isText = false;
        content.push('');
        for (const child of values as unknown[]) {
          if (typeof child === 'object' && child !== null) {
            if (firstKey(child) === '_attr') attributes += attributesOf((child as { _attr: Record<string, unknown> })._attr);
            else content.push(xmlOf(child as FormattedElement));
          } else {
            content.pop();
            isText = true;
            content.push(written(child));
          }
        }
        if (!isText) content.push('');
      }
    }
  } else {
    content.push(written(values));
  }
  const open = (name ? `<${name}` : '') + attributes;
  if (content.length === 0) return `${open}/>`;
  return `${open}${name ? '>' : ''}${content.join('')}${name ? `</${name}>` : ''}`;
}
