// The type of the JSON file beside it, so TypeScript does not infer one from half a megabyte of data.
import type { EntityFile } from '../json';
declare const file: EntityFile;
export default file;
