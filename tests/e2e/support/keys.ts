/**
 * Counts what a keyboard-only journey costs, the way the issue measured it: every key or chord pressed is
 * one action, and typing one field's text (a title, "staff", a date) is one action too; the number of
 * physical keystrokes is kept beside it.
 */
import type { Page } from 'playwright-core';

export class KeyCounter {
  actions = 0;
  keystrokes = 0;
  readonly log: string[] = [];
  constructor(private readonly page: Page) {}

  /** One key or chord ("Tab", "Enter", "Control+n"). */
  async press(key: string, times = 1): Promise<void> {
    for (let i = 0; i < times; i++) {
      await this.page.keyboard.press(key);
      this.actions += 1;
      this.keystrokes += 1;
      this.log.push(key);
    }
  }

  /** One field's text, typed key by key as a person does. */
  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
    this.actions += 1;
    this.keystrokes += [...text].length;
    this.log.push(JSON.stringify(text));
  }

  summary(name: string): string {
    return `${name}: ${this.actions} actions (${this.keystrokes} keystrokes): ${this.log.join(' ')}`;
  }
}

/** Today as a person types it (day first, "30/11/2026") and as the app writes it ("30 Nov 2026"). */
export function today(): { typed: string; shown: string } {
  const d = new Date();
  const typed = `${d.getDate()}/${d.getMonth() + 1}/${d.getFullYear()}`;
  const shown = `${d.getDate()} ${d.toLocaleString('en-GB', { month: 'short' })} ${d.getFullYear()}`;
  return { typed, shown };
}
