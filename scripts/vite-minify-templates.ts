/**
 * A Vite plugin that shrinks the static text of Lit's css``, html`` and svg``
 * templates: comments out, whitespace collapsed. Lit keeps these strings as
 * written, so without it every indentation space ships to visitors.
 * It walks the TypeScript syntax tree, so expressions inside `${}` are untouched.
 */
import ts from 'typescript';
import type { Plugin } from 'vite';

const TAGS = new Set(['css', 'html', 'svg']);

function minifyCss(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}');
}

function minifyMarkup(text: string): string {
  return text.replace(/<!--[\s\S]*?-->/g, '').replace(/\s+/g, ' ');
}

function templateParts(template: ts.TemplateLiteral): ts.Node[] {
  if (ts.isNoSubstitutionTemplateLiteral(template)) return [template];
  return [template.head, ...template.templateSpans.map((span) => span.literal)];
}

export function minifyTemplates(): Plugin {
  return {
    name: 'welcome-widgets:minify-templates',
    enforce: 'pre',
    apply: 'build',
    transform(code: string, id: string) {
      if (!/\/src\/.*\.ts$/.test(id) || !/(css|html|svg)`/.test(code)) return null;
      const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true);
      const edits: { start: number; end: number; text: string }[] = [];
      const visit = (node: ts.Node): void => {
        if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && TAGS.has(node.tag.text)) {
          const minify = node.tag.text === 'css' ? minifyCss : minifyMarkup;
          for (const part of templateParts(node.template)) {
            const start = part.getStart(source) + 1; // after ` or }
            const end = part.getEnd() - (ts.isTemplateHead(part) || ts.isTemplateMiddle(part) ? 2 : 1);
            edits.push({ start, end, text: minify(code.slice(start, end)) });
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      if (edits.length === 0) return null;
      let result = code;
      for (const { start, end, text } of edits.sort((a, b) => b.start - a.start)) {
        result = result.slice(0, start) + text + result.slice(end);
      }
      return { code: result, map: null };
    },
  };
}
