/**
 * The inquirer prompts we use, and only those: the package's index also
 * exports the editor prompt, whose encoding tables (iconv-lite) are ~0.5 MB
 * of code to parse. Named re-exports let the bundler leave them out.
 */
export { checkbox, confirm, input, select } from '@inquirer/prompts';
