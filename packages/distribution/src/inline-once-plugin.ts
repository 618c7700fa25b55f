import type { Plugin, SourceMapInput } from 'rolldown';
import { minify } from 'terser';

/**
 * Runs terser's compressor over each finished chunk, before rolldown's own
 * minifier (oxc) mangles and prints it. Oxc does not inline: terser folds
 * functions and constants used once into their one caller and drops calls it
 * can prove pure (Lit's unused `svg`/`mathml` tags), which oxc then mangles
 * and prints as usual. The pair is 1.2% smaller brotli than oxc alone on the
 * address lookup (ADR 0004); terser is also what Lit compresses its own
 * releases with. Names are left to oxc, and the source map is carried
 * through, so errors still point at our sources.
 *
 * Last among the plugins: it must see each chunk once everything else has
 * written its part.
 */
export function inlineOncePlugin(): Plugin {
  return {
    name: 'council-components:inline-once',
    async renderChunk(code, chunk) {
      const result = await minify(
        { [chunk.fileName]: code },
        {
          module: true,
          ecma: 2022,
          compress: { passes: 2 },
          mangle: false,
          format: { comments: false },
          sourceMap: { asObject: true },
        },
      );
      if (result.code === undefined) this.error(`terser returned nothing for ${chunk.fileName}`);
      return { code: result.code, map: result.map as SourceMapInput };
    },
  };
}
