/** True in the end-to-end and demo build (KONTEKST_LOCAL=1), false in the store build: see wxt.config.ts. */
declare const __KONTEKST_LOCAL__: boolean;
