/** The built-in rules, filed at build time (scripts/vite-filed-rules.ts). */
declare module 'virtual:pullback-filed-rules' {
  const filed: import('../scorer/phrases.ts').FiledPhrases;
  export default filed;
}
