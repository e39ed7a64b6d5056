/** The English edition in full: a chunk of its own (see ../editions.ts). */
export { default } from 'virtual:full-content/en';
