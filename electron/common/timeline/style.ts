/**
 * The timeline chart's look and geometry: colours and print-safe textures per status family, the font, and the
 * sizes rows, axis and label column take (reports size their page breaks with timelineHeight).
 */
import type { StatusCategory } from '../domain/report';
import type { HatchKind } from './hatch';

export const CATEGORY_COLOURS: Record<StatusCategory, { fill: string; ink: string; text: string }> = {
  active: { fill: '#2f7d4f', ink: '#1d5233', text: '#ffffff' },
  negotiation: { fill: '#2f64a8', ink: '#1d416f', text: '#ffffff' },
  paused: { fill: '#d89a1c', ink: '#8a5f0a', text: '#1a1a1a' },
  ended: { fill: '#8b9099', ink: '#5a5e66', text: '#ffffff' },
  planned: { fill: '#ffffff', ink: '#4a5568', text: '#1a1a1a' },
  other: { fill: '#c3c7ce', ink: '#6b7280', text: '#1a1a1a' },
};

export const r1 = (n: number): number => Math.round(n * 10) / 10;

export const FONT = "'Noto Sans', 'Segoe UI', 'Helvetica Neue', Arial, 'Noto Sans CJK JP', sans-serif";
export const LABEL_W = 250;
export const GUTTER_W = 64;
export const ROW_H = 26;
export const AXIS_H = 34;
export const PAD = 8;

/** Greyscale-safe texture per status family, drawn over the colour fill (see hatch.ts). */
export const TEXTURE: Record<StatusCategory, { kind: HatchKind; stroke: string; opacity: number; width: number }> = {
  active: { kind: 'none', stroke: '#ffffff', opacity: 0, width: 0 },
  negotiation: { kind: 'diagonal', stroke: '#ffffff', opacity: 0.6, width: 1.1 },
  paused: { kind: 'cross', stroke: '#5c3d00', opacity: 0.5, width: 0.8 },
  ended: { kind: 'horizontal', stroke: '#ffffff', opacity: 0.7, width: 1 },
  planned: { kind: 'dots', stroke: '#4a5568', opacity: 1, width: 1.6 },
  other: { kind: 'dots', stroke: '#ffffff', opacity: 1, width: 1.6 },
};

/** Where rows sit in the chart's viewBox (the app lays its keyboard/click targets over them). */
export const TIMELINE_GEOMETRY = { axis: AXIS_H, row: ROW_H } as const;

/**
 * Height the chart will take for `rows` rows (reports size their page breaks with it); the legend takes 18 units a
 * line (legendLineCount: two in English at the usual width, three in Italian).
 */
export function timelineHeight(rows: number, legend: boolean, legendLines = 2): number {
  return AXIS_H + rows * ROW_H + 8 + (legend ? 8 + legendLines * 18 : 0);
}
