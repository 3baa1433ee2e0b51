// Finds CSS that names a physical side (left/right), which does not mirror on a right-to-left page.

/** A CSS declaration that should use a logical property or value instead. */
export interface PhysicalDeclaration {
  /** 1-based line number in the file. */
  readonly line: number;
  readonly text: string;
  /** The logical replacement to use. */
  readonly use: string;
}

const RULES: readonly { readonly re: RegExp; readonly use: string }[] = [
  {
    re: /(?:^|[\s;{])(margin|padding|border|inset|scroll-margin|scroll-padding)-(left|right)(?:-[a-z]+)?\s*:/,
    use: '…-inline-start / …-inline-end',
  },
  { re: /(?:^|[\s;{])border-(top|bottom)-(left|right)-radius\s*:/, use: 'border-start-start-radius and friends' },
  { re: /(?:^|[\s;{])(left|right)\s*:/, use: 'inset-inline-start / inset-inline-end' },
  { re: /(?:^|[\s;{])(text-align|float|clear)\s*:\s*(left|right)\b/, use: 'start / end (inline-start / inline-end)' },
];

/**
 * The CSS of a file: the whole text of a `.css` file, or only the `<style>` blocks of an `.astro` file, with
 * everything else blanked line for line so line numbers stay right.
 * @example cssOf('a.astro', '<p>left: 1</p>\n<style>\np { left: 0 }\n</style>') // '\n\np { left: 0 }\n'
 */
export function cssOf(file: string, text: string): string {
  if (file.endsWith('.css')) return text;
  let inStyle = false;
  return text
    .split('\n')
    .map((line) => {
      if (/<style[\s>]/.test(line)) {
        inStyle = true;
        return '';
      }
      if (/<\/style>/.test(line)) {
        inStyle = false;
        return '';
      }
      return inStyle ? line : '';
    })
    .join('\n');
}

/**
 * Every declaration in `css` that names a physical side, with the logical property to use instead.
 * Comments are ignored.
 * @example physicalDeclarations('.a { margin-left: 1rem; }')[0]?.use // '…-inline-start / …-inline-end'
 */
export function physicalDeclarations(css: string): PhysicalDeclaration[] {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '));
  return withoutComments.split('\n').flatMap((line, i) => {
    const rule = RULES.find((r) => r.re.test(line));
    return rule ? [{ line: i + 1, text: line.trim(), use: rule.use }] : [];
  });
}
