// Stand-in for ajv-formats inside conf (see dist/2020.js beside it).
export default function ajvFormats() {
  throw new Error('JSON-schema validation is not bundled in mlops-study');
}
