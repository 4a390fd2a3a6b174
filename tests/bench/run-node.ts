import { nodeFigures } from './node-bench';
console.log(JSON.stringify(nodeFigures(), null, 2));
