/** True in the end-to-end and demo build (KONTEKST_LOCAL=1), false in the store build: see wxt.config.ts. */
declare const __KONTEKST_LOCAL__: boolean;

declare module '@mozilla/readability/Readability-readerable.js' {
  /** Readability's quick check, alone (the package's index would bring the whole of Readability). */
  export default function isProbablyReaderable(
    doc: Document,
    options?: { minScore?: number; minContentLength?: number; visibilityChecker?: (node: Node) => boolean },
  ): boolean;
}
