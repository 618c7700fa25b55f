import { readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { compileCouncilCss } from './council-css.ts';

/**
 * Compiles a component's own stylesheets (`src/<name>.scss`, partials
 * `_*.scss` aside) the way core's is compiled: `.govuk-*` → `.ccuk-*`,
 * `--council-*` tokens, px, important, in the `council-components` layer. Each
 * becomes `src/<name>.styles.generated.ts` exporting `styles`, which the
 * element gives core as its `componentCss`: adopted after core's sheet, so
 * its rules win at equal specificity. Returns the characters of CSS per file.
 */
export function writeComponentStyles(packageDir: string): Record<string, number> {
  const written: Record<string, number> = {};
  const sources = readdirSync(join(packageDir, 'src')).filter(
    (file) => file.endsWith('.scss') && !file.startsWith('_'),
  );
  for (const source of sources) {
    const css = compileCouncilCss(join(packageDir, 'src', source));
    const out = `${basename(source, '.scss')}.styles.generated.ts`;
    writeFileSync(
      join(packageDir, 'src', out),
      `// Generated from src/${source} by the build. Do not edit.\nexport const styles: string = ${JSON.stringify(css)};\n`,
    );
    written[source] = css.length;
  }
  return written;
}
