// Stand-in for ajv inside conf, swapped in by the build (--alias:ajv=…, so
// conf's `ajv/dist/2020.js` resolves here). conf builds a validator only when it
// is given a JSON schema, and mlops-study never gives one: progress is checked
// by src/progress/parse.ts, which can also salvage a damaged file. Bundling
// ajv would cost ~50 ms on every write for code that never runs.
export class Ajv2020 {
  constructor() {
    throw new Error('JSON-schema validation is not bundled in mlops-study (conf was given a schema)');
  }
}
export default Ajv2020;
