/**
 * A strict XML well-formedness check for export tests (linkedom's XML parser is lenient): balanced
 * tags, quoted attributes without raw `<`, only the five predefined or numeric entities, no raw `&`
 * or `<` in text, one root element. Returns the problems found (empty when well-formed).
 */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  let roots = 0;
  const body = xml.replace(/^\uFEFF?<\?xml[^?]*\?>/, '');
  const token = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\/?([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|[^<]+|</g;
  const entity = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;
  for (const m of body.matchAll(token)) {
    const t = m[0];
    if (t === '<') {
      problems.push(`malformed markup at offset ${m.index}`);
      continue;
    }
    if (t.startsWith('<!--') || t.startsWith('<![CDATA[')) continue;
    if (!t.startsWith('<')) {
      if (entity.test(t)) problems.push(`bad entity in text at offset ${m.index}`);
      if (stack.length === 0 && t.trim()) problems.push(`text outside the root at offset ${m.index}`);
      continue;
    }
    const [, name, attrs, selfClose] = m;
    if (attrs && entity.test(attrs)) problems.push(`bad entity in attributes of <${name}>`);
    const names = [...(attrs ?? '').matchAll(/([A-Za-z_][\w.:-]*)\s*=/g)].map((a) => a[1]);
    if (new Set(names).size !== names.length) problems.push(`duplicate attribute in <${name}>`);
    if (t.startsWith('</')) {
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> closes <${open ?? 'nothing'}>`);
    } else {
      if (stack.length === 0) roots++;
      if (!selfClose) stack.push(name);
    }
  }
  if (stack.length) problems.push(`unclosed <${stack.join('>, <')}>`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}
