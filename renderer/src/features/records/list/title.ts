/**
 * Long titles in a narrow column. Treaty titles share their start ("Agreement between the Government of the
 * Italian Republic and the Government of …") and differ at the end, so a title too long for its space keeps its
 * first words AND its last ones, cut at word boundaries: "Agreement between the Government of … in the field of
 * pilot training". The whole title is always the cell's tooltip.
 */
export function middleCut(title: string, maxChars: number): string {
  if (title.length <= maxChars || maxChars < 20) return title;
  const keep = maxChars - 3;
  const headLen = Math.floor(keep * 0.45);
  const tailLen = keep - headLen;
  let head = title.slice(0, headLen);
  let tail = title.slice(title.length - tailLen);
  // Whole words where possible.
  const headSpace = head.lastIndexOf(' ');
  if (headSpace > headLen * 0.6) head = head.slice(0, headSpace);
  const tailSpace = tail.indexOf(' ');
  if (tailSpace >= 0 && tailSpace < tailLen * 0.4) tail = tail.slice(tailSpace + 1);
  return `${head.trimEnd()} … ${tail.trimStart()}`;
}
