// The range as a segmented control: one radio group, so arrow keys move between ranges and the choice is announced.
import { RANGES, type RangeId } from '../../domain/trends';
import './range-picker.css';

/** Picks 2 weeks, 6 weeks, 3 months, 1 year or all time. */
export function RangePicker({ value, onChange }: { value: RangeId; onChange: (range: RangeId) => void }) {
  return (
    <fieldset class="range-picker">
      <legend>Show</legend>
      <div class="range-picker-options">
        {RANGES.map((r) => (
          <label key={r.id} class="range-option">
            <input type="radio" name="range" value={r.id} checked={value === r.id} onChange={() => onChange(r.id)} />
            <span class="range-option-amount">{r.amount}</span> <span class="range-option-unit">{r.unit}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
