/** Types for fold-to-ascii (a port of Apache Lucene's ASCIIFoldingFilter table), which ships none. */
declare module 'fold-to-ascii' {
  export default class ASCIIFolder {
    /** BMP code point → ASCII replacement. */
    static mapping: Map<number, string>;
    static foldMaintaining(text: string): string;
    static foldReplacing(text: string, replacement?: string): string;
  }
}
