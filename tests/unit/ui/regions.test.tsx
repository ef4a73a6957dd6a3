// Choosing body regions on the map and in the list; left and right are the person's own.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { REGIONS, type RegionId } from '../../../src/domain/catalog';
import { BodyMap } from '../../../src/ui/BodyMap';
import { FIGURE, nearestRegion, shapesOf } from '../../../src/ui/body-map-shapes';
import { REGION_GROUPS } from '../../../src/ui/region-groups';
import { RegionList } from '../../../src/ui/RegionList';
import { RegionPicker } from '../../../src/ui/RegionPicker';

afterEach(cleanup);

const centreX = (view: 'front' | 'back', region: RegionId) => {
  const [x, , w] = shapesOf(view).find((s) => s.region === region)!.box;
  return x + w / 2;
};

describe('body map drawing', () => {
  it('draws every one of the 29 regions in the front or back view, none twice in one view', () => {
    const front = shapesOf('front').map((s) => s.region);
    const back = shapesOf('back').map((s) => s.region);
    expect(new Set(front).size).toBe(front.length);
    expect(new Set(back).size).toBe(back.length);
    expect(new Set([...front, ...back])).toEqual(new Set(REGIONS.map((r) => r.id)));
    expect(front).toContain('chest');
    expect(back).toContain('lower-back');
    expect(back).not.toContain('chest');
  });

  it('puts the person’s left on the viewer’s right from the front, and on the left from the back', () => {
    const middle = FIGURE.width / 2;
    for (const part of ['shoulder', 'hand', 'knee', 'foot', 'upper-leg']) {
      expect(centreX('front', `${part}-left` as RegionId)).toBeGreaterThan(middle);
      expect(centreX('front', `${part}-right` as RegionId)).toBeLessThan(middle);
      expect(centreX('back', `${part}-left` as RegionId)).toBeLessThan(middle);
      expect(centreX('back', `${part}-right` as RegionId)).toBeGreaterThan(middle);
    }
    expect(centreX('front', 'jaw-left')).toBeGreaterThan(middle);
    expect(centreX('front', 'hip-left')).toBeGreaterThan(middle);
    expect(centreX('back', 'glute-left')).toBeLessThan(middle);
  });

  it('gives a tap in a gap to the nearest region, and ignores taps far from the body', () => {
    const front = shapesOf('front');
    const [x, y, w, h] = front.find((s) => s.region === 'hand-right')!.box;
    expect(nearestRegion(front, x + w / 2, y + h + 3)).toBe('hand-right');
    expect(nearestRegion(front, x - 6, y + h / 2)).toBe('hand-right');
    expect(nearestRegion(front, 2, 288)).toBeNull();
  });
});

describe('BodyMap', () => {
  it('toggles the region tapped and shows chosen ones as selected', () => {
    const onToggle = vi.fn();
    const { container, rerender } = render(<BodyMap selected={[]} onToggle={onToggle} />);
    const lowerBack = container.querySelector('[data-view="back"] [data-region="lower-back"]')!;
    fireEvent.click(lowerBack);
    expect(onToggle).toHaveBeenCalledWith('lower-back');
    rerender(<BodyMap selected={['lower-back']} onToggle={onToggle} />);
    expect(container.querySelector('[data-region="lower-back"]')!.classList.contains('is-selected')).toBe(true);
    expect(container.querySelector('[data-region="lower-back"] .body-map-tick')).not.toBeNull();
    expect(container.querySelector('[data-region="neck"]')!.classList.contains('is-selected')).toBe(false);
  });

  it('shows a region chosen in one view as chosen in the other too', () => {
    const { container } = render(<BodyMap selected={['knee-left']} onToggle={() => undefined} />);
    const knees = container.querySelectorAll('[data-region="knee-left"].is-selected');
    expect(knees).toHaveLength(2);
  });

  it('names each shape for a pointer hover, and tells which side is which', () => {
    const { container } = render(<BodyMap selected={[]} onToggle={() => undefined} />);
    expect(container.querySelector('[data-view="front"] [data-region="shoulder-left"] title')!.textContent).toBe(
      'Shoulder, left',
    );
    expect(container.textContent).toContain('your left is on the right');
    expect(container.textContent).toContain('your left is on the left');
  });
});

describe('RegionList', () => {
  it('lists all 29 regions as checkboxes in four groups', () => {
    render(<RegionList selected={[]} onToggle={() => undefined} />);
    expect(screen.getAllByRole('checkbox')).toHaveLength(29);
    expect(REGION_GROUPS.map((g) => g.title)).toEqual(['Head and neck', 'Arms and hands', 'Trunk', 'Hips and legs']);
    const trunk = screen.getByRole('group', { name: 'Trunk' });
    expect(
      within(trunk)
        .getAllByRole('checkbox')
        .map((c) => (c as HTMLInputElement).labels?.[0]?.textContent),
    ).toEqual(['Chest', 'Abdomen', 'Upper back', 'Mid back', 'Lower back']);
    expect(
      within(screen.getByRole('group', { name: 'Hips and legs' })).getByRole('checkbox', { name: 'Glute, left' }),
    ).toBeTruthy();
  });

  it('ticks the chosen regions and reports the one toggled', () => {
    const onToggle = vi.fn();
    render(<RegionList selected={['hand-right']} onToggle={onToggle} />);
    expect((screen.getByRole('checkbox', { name: 'Hand and wrist, right' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: 'Hand and wrist, left' }) as HTMLInputElement).checked).toBe(false);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Shoulder, left' }));
    expect(onToggle).toHaveBeenCalledWith('shoulder-left');
  });
});

describe('RegionPicker', () => {
  function Picker({ rate }: { rate: boolean }) {
    const [selected, setSelected] = useState<RegionId[]>([]);
    const [values, setValues] = useState<Partial<Record<RegionId, number | null>>>({});
    return (
      <RegionPicker
        label="Where does it hurt?"
        selected={selected}
        onChange={setSelected}
        ratings={
          rate
            ? {
                values,
                onRate: (r, v) => setValues({ ...values, [r]: v }),
                unratedHint: 'Not rated: saved as your overall pain.',
              }
            : undefined
        }
      />
    );
  }

  it('keeps the map and the list in step, head to foot, and rates each chosen region on its own scale', () => {
    const { container } = render(<Picker rate />);
    fireEvent.click(container.querySelector('[data-view="back"] [data-region="lower-back"]')!);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Neck' }));
    expect((screen.getByRole('checkbox', { name: 'Lower back' }) as HTMLInputElement).checked).toBe(true);
    expect(container.querySelectorAll('[data-region="neck"].is-selected')).toHaveLength(2);
    const scales = screen.getAllByRole('radiogroup');
    expect(scales.map((s) => s.querySelector('legend')!.textContent)).toEqual(['Neck', 'Lower back']);
    expect(within(scales[1]).getByText('Not rated: saved as your overall pain.')).toBeTruthy();
    fireEvent.click(within(scales[1]).getByRole('radio', { name: '6' }));
    expect(
      (
        within(screen.getByRole('radiogroup', { name: 'Lower back' })).getByRole('radio', {
          name: '6',
        }) as HTMLInputElement
      ).checked,
    ).toBe(true);
    fireEvent.click(container.querySelector('[data-view="front"] [data-region="neck"]')!);
    expect(screen.getAllByRole('radiogroup').map((s) => s.querySelector('legend')!.textContent)).toEqual([
      'Lower back',
    ]);
  });

  it('without ratings, says in words what is chosen', () => {
    const { container } = render(<Picker rate={false} />);
    expect(screen.getByText('None chosen yet.')).toBeTruthy();
    fireEvent.click(container.querySelector('[data-view="front"] [data-region="knee-left"]')!);
    expect(container.textContent).toContain('Chosen: Knee, left');
    expect(screen.queryByRole('radiogroup')).toBeNull();
  });

  it('puts the list in a disclosure named "Choose from a list"', () => {
    render(<Picker rate={false} />);
    const summary = screen.getByText('Choose from a list');
    expect(summary.tagName).toBe('SUMMARY');
    expect(summary.closest('details')!.querySelectorAll('input[type="checkbox"]')).toHaveLength(29);
  });
});
