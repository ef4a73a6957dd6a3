// Design checks a person would notice, measured in the page: touch targets, visible focus, motion under "reduce",
// sideways scrolling, non-text contrast and layout shift. Each returns readable findings (empty when all is well).
import type { Page } from 'playwright-core';

/** Smallest touch target, in CSS px (the app's --touch). */
export const TOUCH = 44;
/** WCAG 2.5.8's minimum, for the body map's regions (the region list is their full-size equivalent). */
export const TOUCH_MIN = 24;

/**
 * Every button, link, field, summary, checkbox/radio (measured by the label that wraps it, which is what a finger
 * taps) and chip narrower or shorter than 44 CSS px. The exceptions, each allowed by WCAG 2.5.8 and named here:
 * - a link inside a sentence (the "inline" exception: its size is set by the line of text around it);
 * - the body map's regions, drawn for eyes and pointers only: checked separately against 24×24, and the plain region
 *   list beside the map offers the same choice in 44 px chips;
 * - content the browser draws at a size it owns: a `<canvas>` chart (not a control) and the report page preview
 *   (a picture of paper, with no controls).
 */
export async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate((touch) => {
    const found: string[] = [];
    const seen = new Set<Element>();
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : ''} “${(el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)}”`;
    const visible = (el: Element) => {
      const style = getComputedStyle(el);
      const rect = el.getBoundingClientRect();
      return (
        style.visibility !== 'hidden' &&
        style.display !== 'none' &&
        rect.width > 0 &&
        rect.height > 0 &&
        !el.closest('[aria-hidden="true"], [inert], .visually-hidden')
      );
    };
    const inSentence = (el: Element) => {
      if (el.tagName !== 'A') return false;
      if (getComputedStyle(el).display !== 'inline') return false;
      const block =
        el.parentElement?.closest('p, li, dd, td, figcaption, span.field-hint, .field-hint') ?? el.parentElement;
      const all = (block?.textContent ?? '').replace(/\s+/g, ' ').trim();
      const own = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      return all.length > own.length + 3;
    };
    const controls = document.querySelectorAll(
      'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="switch"], [role="radio"], [role="checkbox"], [role="tab"]',
    );
    for (const control of controls) {
      if (
        !visible(control) &&
        !(control instanceof HTMLInputElement && control.closest('label') && visible(control.closest('label')!))
      )
        continue;
      if ((control as HTMLElement).closest('dialog:not([open])')) continue;
      if (control.closest('.report-paper')) continue;
      // A checkbox or radio wrapped in its label: the label is what is tapped. A "stretched" link (its ::after laid
      // over a whole card): the card is what is tapped.
      let target: Element =
        control instanceof HTMLInputElement &&
        (control.type === 'checkbox' || control.type === 'radio') &&
        control.closest('label')
          ? control.closest('label')!
          : control;
      const after = getComputedStyle(control, '::after');
      if (control.tagName === 'A' && after.content !== 'none' && after.position === 'absolute') {
        for (let e = control.parentElement; e; e = e.parentElement) {
          if (getComputedStyle(e).position !== 'static') {
            target = e;
            break;
          }
        }
      }
      if (seen.has(target)) continue;
      seen.add(target);
      if (target === control && inSentence(target)) continue;
      const rect = target.getBoundingClientRect();
      if (rect.width + 0.5 < touch || rect.height + 0.5 < touch)
        found.push(`${name(target)} is ${Math.round(rect.width)}×${Math.round(rect.height)}`);
    }
    return found;
  }, TOUCH);
}

/** The body map's regions smaller than `min` CSS px in either direction, with the smallest sizes for the record. */
export async function bodyMapRegionSizes(
  page: Page,
): Promise<{ region: string; view: string; width: number; height: number }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('.body-map-svg [data-region]')].map((g) => {
      const rect = g.querySelector('rect')!.getBoundingClientRect();
      return {
        region: g.getAttribute('data-region')!,
        view: (g.closest('svg') as SVGElement).dataset.view ?? '',
        width: Math.round(rect.width * 10) / 10,
        height: Math.round(rect.height * 10) / 10,
      };
    }),
  );
}

/** Any transition or animation longer than 0.01 ms on any element or pseudo-element (call with reduced motion on). */
export async function motionUnderReduce(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const seconds = (list: string) =>
      Math.max(0, ...list.split(',').map((d) => (d.trim().endsWith('ms') ? parseFloat(d) / 1000 : parseFloat(d))));
    for (const el of document.querySelectorAll('*')) {
      for (const pseudo of [null, '::before', '::after']) {
        const style = getComputedStyle(el, pseudo);
        const longest = Math.max(
          style.transitionProperty === 'none' ? 0 : seconds(style.transitionDuration),
          style.animationName === 'none' ? 0 : seconds(style.animationDuration),
        );
        if (longest > 0.00001 + 1e-9)
          found.push(
            `${el.tagName.toLowerCase()}.${(el as HTMLElement).className}${pseudo ?? ''} moves for ${longest * 1000} ms`,
          );
      }
    }
    return found;
  });
}

/** Sideways scrolling of the page: how far the content is wider than the window. */
export async function horizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const over = document.documentElement.scrollWidth - innerWidth;
    if (over <= 0) return [];
    const wide = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > innerWidth + 1 && !el.closest('[aria-hidden="true"]'))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${(el as HTMLElement).className}`);
    return [`the page scrolls sideways by ${over} px (widest: ${wide.join(', ')})`];
  });
}

/**
 * Boundaries of form controls and choices against what is around them, under WCAG 1.4.11 (3:1): text fields,
 * selects, chips, the pain scale's buttons, the range picker, outlined buttons and native checkboxes/radios.
 */
export async function weakBoundaries(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const parse = (c: string): [number, number, number, number] | null => {
      const m = c.match(/rgba?\(([^)]+)\)/);
      if (!m) return null;
      const p = m[1]
        .split(/[ ,/]+/)
        .filter(Boolean)
        .map(Number);
      return [p[0], p[1], p[2], p[3] ?? 1];
    };
    const lum = ([r, g, b]: number[]) => {
      const f = (v: number) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const ratio = (a: number[], b: number[]) => {
      const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
      return (x + 0.05) / (y + 0.05);
    };
    const backdrop = (el: Element | null): number[] => {
      for (let e = el; e; e = e.parentElement) {
        const c = parse(getComputedStyle(e).backgroundColor);
        if (c && c[3] > 0.5) return c;
      }
      return parse(getComputedStyle(document.body).backgroundColor) ?? [255, 255, 255, 1];
    };
    const found: string[] = [];
    const selector =
      '.input, select, textarea, .chip, .pain-scale-option, .range-picker-options, .btn:not(.btn-quiet):not(.btn-primary), .appearance-option, .restore-mode, .appearance-switch input';
    for (const el of document.querySelectorAll(selector)) {
      const rect = el.getBoundingClientRect();
      if (!rect.width || el.closest('[aria-hidden="true"], .report-paper')) continue;
      const style = getComputedStyle(el);
      const border = parse(style.borderTopColor);
      if (!border || parseFloat(style.borderTopWidth) === 0 || border[3] === 0) continue;
      const outside = backdrop(el.parentElement);
      const inside = backdrop(el);
      // The boundary is seen either against what is around the control or, for a filled control, its fill against
      // what is around it: 3:1 for either passes.
      const best = Math.max(ratio(border, outside), ratio(inside, outside));
      if (best < 3)
        found.push(
          `${el.tagName.toLowerCase()}.${(el as HTMLElement).className} “${(el.textContent ?? '').trim().slice(0, 20)}” boundary ${best.toFixed(2)}:1`,
        );
    }
    // Native checkboxes and radios draw with accent-color when checked and a system grey ring when not; the ring
    // is the browser's, so only the checked fill is ours to check.
    return [...new Set(found)];
  });
}

/**
 * Presses Tab through the page (at most `max` times) and checks that every focused element shows a focus indicator:
 * an outline or box-shadow on it or on the element that draws it (a chip's label, a scale's option), at least 2 px,
 * that changes when focus leaves, in a colour with 3:1 against what is behind it, and not hidden under the tab bar or
 * a sticky Save bar. Returns the findings and how many stops were checked.
 */
export async function focusFindings(page: Page, max = 80): Promise<{ findings: string[]; stops: number }> {
  const findings: string[] = [];
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  const visited = new Set<string>();
  let stops = 0;
  let last = '';
  let repeats = 0;
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const result = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return { done: true, key: '', problem: '' };
      const key = `${el.tagName}#${el.id}.${el.className}@${Math.round(el.getBoundingClientRect().top + scrollY)}:${Math.round(el.getBoundingClientRect().left)}:${el.getAttribute('name') ?? ''}:${(el as HTMLInputElement).value ?? ''}:${el.textContent?.slice(0, 20)}`;
      const describe = `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}.${typeof el.className === 'string' ? el.className : ''} “${(el.getAttribute('aria-label') ?? (el as HTMLInputElement).labels?.[0]?.textContent ?? el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)}”`;
      const chain: HTMLElement[] = [];
      for (let e: HTMLElement | null = el; e && chain.length < 4; e = e.parentElement) chain.push(e);
      const snap = () =>
        chain.map((e) => {
          const s = getComputedStyle(e);
          return {
            outline: s.outlineStyle !== 'none' ? parseFloat(s.outlineWidth) : 0,
            outlineColor: s.outlineColor,
            offset: parseFloat(s.outlineOffset) || 0,
            shadow: s.boxShadow,
            border: s.borderColor,
            bg: s.backgroundColor,
          };
        });
      const focused = snap();
      // A date or time field moves focus through its parts on each Tab: blurring it would send Tab back to its first
      // part for ever. Its own outline is judged as it stands (no field here draws one without focus).
      const composite = el instanceof HTMLInputElement && /^(date|time|datetime-local|month|week)$/.test(el.type);
      if (!composite) el.blur();
      const unfocused = composite
        ? focused.map((f, k) => (k === 0 ? { ...f, outline: 0, shadow: 'none' } : f))
        : snap();
      if (!composite) el.focus({ preventScroll: true });
      const stillVisible = el.matches(':focus-visible');
      // The ring, and the element whose surroundings it is drawn on: outside the owner (offset ≥ 0) it is seen
      // against the owner's parent; inside (a negative offset, an inset shadow) against the owner itself.
      let ring: { width: number; color: string; on: Element | null } | null = null;
      for (let k = 0; k < chain.length; k++) {
        const a = focused[k];
        const b = unfocused[k];
        // A see-through control (a radio drawn by its label) draws nothing itself: its ring is its label's.
        if (getComputedStyle(chain[k]).opacity === '0') continue;
        if (a.outline >= 2 && (a.outline !== b.outline || a.outlineColor !== b.outlineColor)) {
          ring = { width: a.outline, color: a.outlineColor, on: a.offset >= 0 ? chain[k].parentElement : chain[k] };
          break;
        }
        if (a.shadow !== b.shadow && a.shadow !== 'none') {
          const spread = [...a.shadow.matchAll(/(-?[\d.]+)px/g)].map((m) => Math.abs(parseFloat(m[1])));
          const color = a.shadow.match(/rgba?\([^)]+\)/)?.[0] ?? '';
          if (Math.max(0, ...spread) >= 2) {
            ring = {
              width: Math.max(...spread),
              color,
              on: a.shadow.includes('inset') ? chain[k] : chain[k].parentElement,
            };
            break;
          }
        }
      }
      if (!stillVisible)
        return { done: false, key, problem: `${describe}: :focus-visible lost after refocus (cannot judge)` };
      if (!ring) return { done: false, key, problem: `${describe}: no focus indicator` };
      // Contrast of the ring against the page behind it.
      const parse = (c: string) =>
        (c
          .match(/rgba?\(([^)]+)\)/)?.[1]
          .split(/[ ,/]+/)
          .filter(Boolean)
          .map(Number) ?? [0, 0, 0, 1]) as number[];
      const lum = ([r, g, b]: number[]) => {
        const f = (v: number) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4);
        return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
      };
      let behind = [255, 255, 255, 1];
      for (let e: Element | null = ring.on; e; e = e.parentElement) {
        const c = parse(getComputedStyle(e).backgroundColor);
        if ((c[3] ?? 1) > 0.5) {
          behind = c;
          break;
        }
      }
      const ringColor = parse(ring.color);
      const [hi, lo] = [lum(ringColor), lum(behind)].sort((p, q) => q - p);
      const contrast = (hi + 0.05) / (lo + 0.05);
      if (contrast < 3)
        return {
          done: false,
          key,
          problem: `${describe}: focus ring ${ring.color} on ${behind.join(',')} is ${contrast.toFixed(2)}:1`,
        };
      // Not hidden under a fixed or sticky bar: the centre of what is focused must be the topmost thing there
      // (or inside the label or option that draws it).
      el.scrollIntoView({ block: 'nearest' });
      const rect = el.getBoundingClientRect();
      const x = Math.min(Math.max(rect.left + rect.width / 2, 1), innerWidth - 1);
      const y = Math.min(Math.max(rect.top + rect.height / 2, 1), innerHeight - 1);
      const top = document.elementFromPoint(x, y);
      const owner = el.closest('label, .pain-scale-option, .range-option') ?? el;
      if (top && !owner.contains(top) && !top.contains(owner) && !el.contains(top)) {
        const cover = top.closest('.tabbar, .action-bar, .toaster, .history-day-head');
        if (cover) return { done: false, key, problem: `${describe}: focused but covered by ${cover.className}` };
      }
      return { done: false, key, problem: '' };
    });
    if (result.done) break;
    // A date or time field keeps focus through its parts (day, month, year): the same stop again is not a loop
    // until it has held focus for more presses than any field has parts.
    if (result.key === last) {
      if (++repeats > 10) break;
      continue;
    }
    repeats = 0;
    last = result.key;
    if (visited.has(result.key)) break;
    visited.add(result.key);
    stops++;
    if (result.problem) findings.push(result.problem);
  }
  return { findings, stops };
}

/** Installs, before the page loads, an observer that adds up layout shifts not caused by input (CLS). */
export async function watchLayoutShift(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __cls: number; __shifts: string[] };
    w.__cls = 0;
    w.__shifts = [];
    try {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
          sources?: { node?: Node; previousRect?: DOMRectReadOnly; currentRect?: DOMRectReadOnly }[];
        })[]) {
          if (entry.hadRecentInput) continue;
          w.__cls += entry.value;
          const rect = (r?: DOMRectReadOnly) =>
            r ? `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}` : '';
          const nodes = (entry.sources ?? []).map(
            (s: { node?: Node; previousRect?: DOMRectReadOnly; currentRect?: DOMRectReadOnly }) =>
              `${s.node instanceof Element ? `${s.node.tagName.toLowerCase()}.${s.node.className}` : (s.node?.nodeName ?? '?')} (${rect(s.previousRect)} → ${rect(s.currentRect)})`,
          );
          w.__shifts.push(`${entry.value.toFixed(4)} ${nodes.join(' ')}`);
        }
      }).observe({ type: 'layout-shift', buffered: true });
    } catch {
      // no layout-shift entries in this browser
    }
  });
}

/** The layout shift added up since the page loaded, and what moved. */
export async function layoutShift(page: Page): Promise<{ cls: number; shifts: string[] }> {
  return page.evaluate(() => {
    const w = window as unknown as { __cls: number; __shifts: string[] };
    return { cls: w.__cls ?? 0, shifts: w.__shifts ?? [] };
  });
}
