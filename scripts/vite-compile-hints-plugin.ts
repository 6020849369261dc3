/**
 * Marks the first screen's script for eager compilation: `//# allFunctionsCalledOnLoad` on its
 * first line (V8's explicit compile hints, Chrome 136 and later; other engines read a comment).
 * V8 otherwise compiles a function the first time it is called, on the main thread, inside the
 * task that calls it: the bundle's evaluation, the router's start, the schema's first check and
 * React's first render each paid for their own code that way. With the hint, V8 compiles the
 * whole file while it streams in, off the main thread. Nearly every function of that file runs
 * while the article page starts, so little is compiled for nothing; the chunks that load later
 * are small and keep the default.
 */
import type { Plugin } from 'vite';

const HINT = '//# allFunctionsCalledOnLoad';

export function compileHints(): Plugin {
  return {
    name: 'compile-hints',
    apply: 'build',
    generateBundle: {
      // After Vite has put its own first line (the lazy chunks' preload list) into the entry.
      order: 'post',
      handler(_options, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk' || !chunk.isEntry) continue;
          chunk.code = `${HINT}\n${chunk.code}`;
          // One line more at the top: every line of the source map moves down by one.
          if (chunk.map) chunk.map.mappings = `;${chunk.map.mappings}`;
          const mapAsset = bundle[`${chunk.fileName}.map`];
          if (mapAsset?.type === 'asset') {
            const map = JSON.parse(String(mapAsset.source)) as { mappings: string };
            map.mappings = `;${map.mappings}`;
            mapAsset.source = JSON.stringify(map);
          }
        }
      },
    },
  };
}
