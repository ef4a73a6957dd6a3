// The range as a segmented control: one radio group, so arrow keys move between ranges and the choice is announced.
// The plan's own range ("Since 19 Oct — your goals began") comes first when there is a plan; under the group, the
// exact days the chosen range covers.
import type { PlanRange } from '../../domain/plan-range';
import { RANGES, type RangeId, type Span } from '../../domain/trends';
import { planReason, planSince, spanDays } from './range-text';
import './range-picker.css';

interface Props {
  value: RangeId;
  onChange: (range: RangeId) => void;
  /** The plan's range, offered first; null or absent: not offered. */
  plan?: PlanRange | null;
  /** Active goals (for "your goal began" or "your goals began"). */
  activeGoals?: number;
  /** The days the chosen range covers, once known. */
  span?: Span;
}

/** Picks the plan's range, 2 weeks, 6 weeks, 3 months, 1 year or all time. */
export function RangePicker({ value, onChange, plan = null, activeGoals = 0, span }: Props) {
  return (
    <fieldset class="range-picker" aria-describedby={span ? 'range-days' : undefined}>
      <legend>Show</legend>
      <div class="range-picker-options">
        {plan && (
          <label class="range-option range-option-plan">
            <input
              type="radio"
              name="range"
              value="plan"
              checked={value === 'plan'}
              onChange={() => onChange('plan')}
            />
            <span class="range-option-amount">{planSince(plan)}</span>{' '}
            <span class="range-option-unit">— {planReason(plan, activeGoals)}</span>
          </label>
        )}
        {RANGES.map((r) => (
          <label key={r.id} class="range-option">
            <input type="radio" name="range" value={r.id} checked={value === r.id} onChange={() => onChange(r.id)} />
            <span class="range-option-amount">{r.amount}</span> <span class="range-option-unit">{r.unit}</span>
          </label>
        ))}
      </div>
      {span && (
        <p id="range-days" class="range-days small muted">
          {spanDays(span)}
          {value === 'all' ? ', from your first check-in' : value === 'plan' ? '' : ', today included'}
        </p>
      )}
    </fieldset>
  );
}
