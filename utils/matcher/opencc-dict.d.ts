// opencc-js ships its dictionaries as ES modules exporting one string ("from to|from to|…") without typings.
declare module 'opencc-js/dict/*' {
  const table: string;
  export default table;
}
